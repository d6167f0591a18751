"""Representations shared by several event-platform services (registrations, feedback)."""

from __future__ import annotations

from typing import Any

from server.services.event_platform.values import compact, iso
from server.storage.models.event_platform import SessionFeedback
from server.storage.models.event_registrations import Registration


def registration_body(registration: Registration, base: str) -> dict[str, Any]:
    """The ``Registration`` schema's view of a stored registration."""
    self_path = f"{base}/registrations/{registration.id}"
    check_in = None
    if registration.checked_in_at is not None:
        check_in = compact(
            {
                "registrationId": registration.id,
                "eventId": registration.event_id,
                "checkedInAt": iso(registration.checked_in_at),
                "method": registration.check_in_method or "api",
                "location": registration.check_in_location,
                "ticketCode": registration.check_in_ticket_code,
            }
        )
    return compact(
        {
            "id": registration.id,
            "eventId": registration.event_id,
            "userId": registration.user_id,
            "status": registration.status,
            "attendee": compact(
                {
                    "firstName": registration.first_name,
                    "lastName": registration.last_name,
                    "email": registration.email,
                    "company": registration.company,
                    "jobTitle": registration.job_title,
                    "phone": registration.phone,
                }
            ),
            "amountDue": {"amount": registration.amount_due, "currency": registration.currency},
            "paymentStatus": registration.payment_status,
            "paymentId": registration.payment_id,
            "ticketCode": registration.ticket_code,
            "checkIn": check_in,
            "notes": registration.notes,
            "confirmedAt": iso(registration.confirmed_at) if registration.confirmed_at else None,
            "cancelledAt": iso(registration.cancelled_at) if registration.cancelled_at else None,
            "cancellationReason": registration.cancellation_reason,
            "createdAt": iso(registration.created_at),
            "updatedAt": iso(registration.updated_at),
            "links": {
                "self": self_path,
                "event": f"{base}/events/{registration.event_id}",
                "ticket": f"{self_path}/ticket",
            },
        }
    )


def feedback_body(feedback: SessionFeedback, *, reveal: bool = False) -> dict[str, Any]:
    """The ``SessionFeedback`` view; an anonymous entry hides its registration unless ``reveal``."""
    shown = reveal or not feedback.anonymous
    return compact(
        {
            "id": feedback.id,
            "sessionId": feedback.session_id,
            "eventId": feedback.event_id,
            "registrationId": feedback.registration_id if shown else None,
            "rating": feedback.rating,
            "comment": feedback.comment,
            "anonymous": feedback.anonymous,
            "createdAt": iso(feedback.created_at),
        }
    )
