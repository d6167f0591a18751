"""Fixed sample ``data`` of each webhook event type, for test deliveries.

Samples are built from unsaved rows through the same representation functions as real
events, so they follow the schemas exactly; only the session sample is written out, as its
representation belongs to the sessions service.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from server.services.event_platform.events import event_body
from server.services.event_platform.payments import payment_body, refund_body
from server.services.event_platform.registrations import check_in_body
from server.services.event_platform.views import registration_body
from server.storage.models.event_payments import Payment, Refund
from server.storage.models.event_platform import Event
from server.storage.models.event_registrations import Registration

EVENT_ID = "8fa85f64-5717-4562-b3fc-2c963f66afa6"
REGISTRATION_ID = "5b7c9d1e-2f3a-4b5c-8d6e-7f8a9b0c1d2e"
PAYMENT_ID = "6f7a8b9c-0d1e-4f2a-9b3c-4d5e6f7a8b9c"
USER_ID = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b"
CREATED = datetime(2025, 4, 22, 14, 30, 15, tzinfo=UTC)
CONFIRMED = datetime(2025, 4, 22, 14, 31, 2, tzinfo=UTC)
STARTS = datetime(2025, 6, 10, 16, 0, tzinfo=UTC)
CANCELLED = datetime(2025, 5, 1, 10, 0, tzinfo=UTC)
REASON = "Cannot travel on those dates."
SESSION = {
    "id": "3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a",
    "eventId": EVENT_ID,
    "title": "Designing Reliable Webhook Consumers",
    "type": "talk",
    "status": "scheduled",
    "startTime": "2025-06-10T17:00:00Z",
    "endTime": "2025-06-10T17:45:00Z",
    "room": "Room 2001",
    "track": "Platform",
    "capacity": 120,
    "speakers": [{"userId": USER_ID, "role": "presenter"}],
    "tags": ["webhooks"],
    "attendanceCount": 0,
    "feedbackCount": 0,
    "createdAt": "2025-04-21T11:00:00Z",
    "updatedAt": "2025-04-21T11:00:00Z",
}


def _event(status: str) -> Event:
    return Event(
        id=EVENT_ID,
        title="Integration Summit 2025",
        status=status,
        format="in_person",
        start_time=STARTS,
        end_time=datetime(2025, 6, 11, 23, 0, tzinfo=UTC),
        timezone="America/Los_Angeles",
        venue={
            "name": "Moscone Center West",
            "address": {"line1": "800 Howard Street", "city": "San Francisco", "country": "US"},
        },
        capacity=500,
        price_amount=14900,
        price_currency="USD",
        tags=["integrations", "api"],
        published_at=CREATED if status != "draft" else None,
        cancelled_at=CANCELLED if status == "cancelled" else None,
        cancellation_reason="Venue unavailable" if status == "cancelled" else None,
        created_at=CREATED,
        updated_at=CREATED,
    )


def _registration(status: str) -> Registration:
    paid = status != "pending"
    return Registration(
        id=REGISTRATION_ID,
        event_id=EVENT_ID,
        user_id=USER_ID,
        status=status,
        first_name="Maria",
        last_name="Garcia",
        email="maria.garcia@example.com",
        email_key="maria.garcia@example.com",
        company="Acme Corp",
        amount_due=14900,
        currency="USD",
        payment_status="completed" if paid else "pending",
        payment_id=PAYMENT_ID if paid else None,
        ticket_code="TKT-7K3M9Q2X4B8N" if paid else None,
        checked_in_at=STARTS if status == "checked_in" else None,
        check_in_method="qr_scan" if status == "checked_in" else None,
        check_in_ticket_code="TKT-7K3M9Q2X4B8N" if status == "checked_in" else None,
        confirmed_at=CONFIRMED if paid else None,
        cancelled_at=CANCELLED if status == "cancelled" else None,
        cancellation_reason=REASON if status == "cancelled" else None,
        created_at=CREATED,
        updated_at=CANCELLED if status == "cancelled" else CONFIRMED if paid else CREATED,
    )


def _payment(status: str) -> Payment:
    failed = status == "failed"
    return Payment(
        id=PAYMENT_ID,
        registration_id=REGISTRATION_ID,
        event_id=EVENT_ID,
        user_id=USER_ID,
        amount=14900,
        currency="USD",
        status=status,
        method={"type": "card", "brand": "visa", "last4": "4242"},
        provider="sandbox",
        provider_reference="sbx_4f3c2a1b0e9d8c7b6a5f4e3d",
        billing_details={"name": "Maria Garcia", "email": "maria.garcia@example.com"},
        failure_code="card_declined" if failed else None,
        failure_reason="The card was declined." if failed else None,
        invoice_number=None if failed else "INV-2025-000123",
        created_at=CREATED,
        completed_at=None if failed else CONFIRMED,
        updated_at=CANCELLED if status == "refunded" else CONFIRMED,
    )


def sample_data(event_type: str, base: str) -> dict[str, Any]:
    """The sample ``data`` member of ``event_type``."""
    if event_type.startswith("event."):
        status = {"event.created": "draft", "event.cancelled": "cancelled"}
        return event_body(_event(status.get(event_type, "published")), base, CREATED)
    if event_type.startswith("session."):
        if event_type == "session.cancelled":
            return {**SESSION, "status": "cancelled", "cancellationReason": "Speaker unavailable"}
        return dict(SESSION)
    if event_type.startswith("registration."):
        status = {"registration.created": "pending", "registration.cancelled": "cancelled"}
        return registration_body(_registration(status.get(event_type, "confirmed")), base)
    if event_type == "checkin.completed":
        return check_in_body(_registration("checked_in"))
    if event_type == "payment.refunded":
        refund = Refund(
            id="7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d",
            payment_id=PAYMENT_ID,
            amount=14900,
            currency="USD",
            reason="requested_by_customer",
            status="completed",
            created_at=CANCELLED,
            completed_at=CANCELLED,
        )
        return {
            "refund": refund_body(refund),
            "payment": payment_body(_payment("refunded"), [refund]),
        }
    outcome = "failed" if event_type == "payment.failed" else "completed"
    return payment_body(_payment(outcome), [])
