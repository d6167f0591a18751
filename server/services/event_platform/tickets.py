"""Tickets: issued on confirmation or on request, derived status, door validation, PDF.

A registration has at most one current ticket; issuing another supersedes it
(``voided_at``). The reported ``status`` is derived: ``void`` when superseded or when the
registration is cancelled, ``used`` when it is checked in, otherwise ``valid``.
"""

from __future__ import annotations

import secrets
import string
from typing import Any

from sqlalchemy.orm import Session

from server.auth.principal import Principal
from server.services.errors import BusinessRuleError, NotFoundError
from server.services.event_platform.pdf import render_pdf
from server.services.event_platform.values import compact, iso, new_id, tag_of
from server.storage.database import Database
from server.storage.event_platform.events import SqlEventStore
from server.storage.event_platform.registration_lookup import SqlRegistrationLookup
from server.storage.event_platform.tickets import SqlTicketStore
from server.storage.models.base import utcnow
from server.storage.models.event_payments import Ticket
from server.storage.models.event_platform import Event
from server.storage.models.event_registrations import Registration

REGISTRATION = "registration"
TICKET = "ticket"
_CODE_ALPHABET = string.ascii_uppercase + string.digits


def new_ticket_code() -> str:
    """``TKT-`` and 12 random upper-case letters and digits."""
    return "TKT-" + "".join(secrets.choice(_CODE_ALPHABET) for _ in range(12))


def ticket_status(ticket: Ticket, registration: Registration) -> str:
    """The derived status of a ticket."""
    if ticket.voided_at is not None or registration.status == "cancelled":
        return "void"
    if registration.status == "checked_in":
        return "used"
    return "valid"


def ticket_body(ticket: Ticket, registration: Registration, event: Event) -> dict[str, Any]:
    """The ``Ticket`` schema's view of a stored ticket."""
    return {
        "id": ticket.id,
        "registrationId": registration.id,
        "eventId": ticket.event_id,
        "code": ticket.code,
        "status": ticket_status(ticket, registration),
        "attendeeName": f"{registration.first_name} {registration.last_name}",
        "eventTitle": event.title,
        "eventStartTime": iso(event.start_time),
        "qrPayload": f"EMP1:{ticket.code}:{ticket.event_id}",
        "issuedAt": iso(ticket.issued_at),
    }


def issue_ticket(session: Session, registration: Registration) -> Ticket:
    """A new current ticket for ``registration``, superseding the previous one."""
    store = SqlTicketStore(session)
    now = utcnow()
    previous = store.current(registration.id)
    if previous is not None:
        previous.voided_at = now
    code = new_ticket_code()
    while store.by_code(code) is not None:
        code = new_ticket_code()
    ticket = Ticket(
        id=new_id(),
        registration_id=registration.id,
        event_id=registration.event_id,
        code=code,
        issued_at=now,
    )
    store.add(ticket)
    registration.ticket_code = code
    return ticket


def ticket_pdf(body: dict[str, Any]) -> bytes:
    """The printable ticket: attendee, event, code and the QR code's payload."""
    return render_pdf(
        f"Ticket - {body['eventTitle']}",
        [
            f"Attendee: {body['attendeeName']}",
            f"Starts: {body['eventStartTime']}",
            f"Ticket code: {body['code']}",
            f"Status: {body['status']}",
            f"QR payload: {body['qrPayload']}",
            f"Issued: {body['issuedAt']}",
        ],
    )


class TicketService:
    """Reading, issuing and validating tickets; every method is one transaction."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def current(self, caller: Principal, registration_id: str) -> dict[str, Any]:
        """The registration's current ticket (void once cancelled); 404 when none was issued."""
        with self.database.session() as session:
            store = SqlTicketStore(session)
            registration = SqlRegistrationLookup(session).registration(registration_id.lower())
            if registration is None:
                raise NotFoundError(REGISTRATION, registration_id)
            ticket = store.current(registration.id)
            if ticket is None:
                raise NotFoundError(TICKET, registration_id)
            event = _event(session, registration)
            return ticket_body(ticket, registration, event)

    def generate(self, caller: Principal, registration_id: str) -> dict[str, Any]:
        """A new ticket for a confirmed registration, voiding the previous one."""
        with self.database.session() as session:
            registration = SqlRegistrationLookup(session).registration(
                registration_id.lower(), for_update=True
            )
            if registration is None:
                raise NotFoundError(REGISTRATION, registration_id)
            if registration.status != "confirmed":
                raise BusinessRuleError(
                    "registration_not_confirmed",
                    f"Tickets are issued for confirmed registrations; this one is "
                    f"{registration.status}.",
                    "status",
                )
            ticket = issue_ticket(session, registration)
            registration.updated_at = utcnow()
            return ticket_body(ticket, registration, _event(session, registration))

    def validate(self, caller: Principal, code: str, event_id: str) -> dict[str, Any]:
        """The door's verdict on ``code`` presented at ``event_id`` (changes nothing)."""
        with self.database.session() as session:
            store = SqlTicketStore(session)
            ticket = store.by_code(code)
            if ticket is None:
                return {"valid": False, "reason": "unknown_code"}
            registration = SqlRegistrationLookup(session).registration(ticket.registration_id)
            assert registration is not None, "tickets belong to registrations"
            verdict: dict[str, Any] = {
                "ticket": ticket_body(ticket, registration, _event(session, registration)),
                "registrationId": registration.id,
            }
            reason = _reason(ticket, registration, event_id)
            if reason == "already_used" and registration.checked_in_at is not None:
                verdict["checkedInAt"] = iso(registration.checked_in_at)
            return compact({"valid": reason == "ok", "reason": reason, **verdict})


def _reason(ticket: Ticket, registration: Registration, event_id: str) -> str:
    if ticket.event_id.lower() != event_id.lower():
        return "wrong_event"
    if ticket.voided_at is not None:
        return "void"
    if registration.status == "cancelled":
        return "registration_cancelled"
    if registration.status == "checked_in":
        return "already_used"
    if registration.status == "pending":
        return "registration_pending"
    return "ok"


def _event(session: Session, registration: Registration) -> Event:
    event = SqlEventStore(session).get(registration.event_id)
    assert event is not None, "registrations belong to events"
    return event


def versioned_ticket(body: dict[str, Any]) -> str:
    """The entity tag of a ticket's JSON representation."""
    return tag_of(body)
