"""Registrations: create (single and batch), read, list, update, cancel, check in.

Rules (specs/event-platform.yaml, ``Registration``): the event must be published, not
ended, with a free seat (422); one registration per attendee email and event among those
not cancelled (409); free events confirm at once (and get a ticket), priced ones stay
``pending`` until paid. Cancel moves ``pending``/``confirmed`` to ``cancelled``; check-in
moves ``confirmed`` to ``checked_in`` (409 when already there). Every change the webhooks
name is written to the outbox in the same transaction.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from server.auth.principal import Principal
from server.services.errors import (
    BusinessRuleError,
    ConflictError,
    NotFoundError,
    PreconditionFailedError,
    ServiceError,
)
from server.services.etag import if_match_satisfied
from server.services.event_platform.events import Versioned, event_status
from server.services.event_platform.listing import Page, Window, cut, sort_items
from server.services.event_platform.outbox import record_event
from server.services.event_platform.tickets import issue_ticket
from server.services.event_platform.values import compact, iso, new_id, parse_instant, tag_of
from server.services.event_platform.views import registration_body
from server.storage.database import Database
from server.storage.event_platform.events import SqlEventStore
from server.storage.event_platform.registration_lookup import SqlRegistrationLookup
from server.storage.event_platform.tickets import SqlTicketStore
from server.storage.event_platform.users import SqlUserStore
from server.storage.models.base import utcnow
from server.storage.models.event_platform import Event
from server.storage.models.event_registrations import Registration

REGISTRATION = "registration"
OPEN_STATUSES = ("pending", "confirmed")
SORT_KEYS = {
    "createdAt": lambda r: r.created_at,
    "updatedAt": lambda r: r.updated_at,
    "status": lambda r: r.status,
}
ATTENDEE_FIELDS = {
    "firstName": "first_name",
    "lastName": "last_name",
    "email": "email",
    "company": "company",
    "jobTitle": "job_title",
    "phone": "phone",
}


class CheckInTargetError(ServiceError):
    """A bulk check-in item names its registration by both or neither of id and code (400)."""

    def __init__(self, index: int) -> None:
        super().__init__("Give exactly one of registrationId and ticketCode.")
        self.index = index


@dataclass(frozen=True)
class RegistrationQuery:
    """Filters of ``GET /registrations`` (None: not filtered)."""

    event_id: str | None = None
    user_id: str | None = None
    status: str | None = None
    email: str | None = None
    updated_after: str | None = None
    sort: str | None = None


@dataclass(frozen=True)
class Outcome:
    """One item of a batch: its body when it succeeded, else the error it raised."""

    index: int
    body: dict[str, Any] | None = None
    error: ServiceError | None = None


#: The outcomes of a batch, in request order.
Outcomes = list[Outcome]


def check_in_body(registration: Registration) -> dict[str, Any]:
    """The ``CheckIn`` schema's view of a checked-in registration."""
    assert registration.checked_in_at is not None
    return compact(
        {
            "registrationId": registration.id,
            "eventId": registration.event_id,
            "checkedInAt": iso(registration.checked_in_at),
            "method": registration.check_in_method or "api",
            "location": registration.check_in_location,
            "ticketCode": registration.check_in_ticket_code,
        }
    )


def confirm(
    session: Session,
    registration: Registration,
    base: str,
    now: datetime,
    client_id: str | None = None,
) -> None:
    """Make ``registration`` confirmed, issue its ticket and record ``registration.confirmed``."""
    registration.status = "confirmed"
    registration.confirmed_at = now
    registration.updated_at = now
    issue_ticket(session, registration)
    body = registration_body(registration, base)
    record_event(session, "registration.confirmed", body, client_id)


def cancel(
    session: Session,
    registration: Registration,
    reason: str,
    base: str,
    now: datetime,
    client_id: str | None = None,
) -> None:
    """Make ``registration`` cancelled (its ticket becomes void) and record the change."""
    registration.status = "cancelled"
    registration.cancelled_at = now
    registration.cancellation_reason = reason
    registration.updated_at = now
    body = registration_body(registration, base)
    record_event(session, "registration.cancelled", body, client_id)


class RegistrationService:
    """The registration rules over a database; every public method is one transaction."""

    def __init__(self, database: Database, base: str) -> None:
        self.database = database
        self.base = base

    # -- reads ---------------------------------------------------------------------------

    def list(
        self, caller: Principal, query: RegistrationQuery, window: Window
    ) -> Page[dict[str, Any]]:
        """A window of the registrations matching ``query``."""
        with self.database.read_session() as session:
            rows = SqlRegistrationLookup(session).registrations(
                event_id=_lower(query.event_id),
                user_id=_lower(query.user_id),
                status=query.status,
                email_key=query.email.lower() if query.email else None,
                updated_after=(
                    parse_instant(query.updated_after, "updatedAfter")
                    if query.updated_after
                    else None
                ),
            )
            ordered = sort_items(rows, query.sort, "createdAt", SORT_KEYS, lambda r: r.id)
            page = cut(ordered, window)
            return Page([registration_body(r, self.base) for r in page.items], page.total)

    def get(self, caller: Principal, registration_id: str) -> Versioned:
        """One registration."""
        with self.database.read_session() as session:
            return self._versioned(_existing(session, registration_id))

    # -- writes --------------------------------------------------------------------------

    def create(self, caller: Principal, data: Mapping[str, Any]) -> Versioned:
        """A new registration (``registration.created``, and ``.confirmed`` when free)."""
        with self.database.session() as session:
            return self._create(session, caller, data)

    def create_many(self, caller: Principal, items: Sequence[Mapping[str, Any]]) -> Outcomes:
        """Each item created in its own transaction, in order; failures do not undo others."""
        outcomes = []
        for index, data in enumerate(items):
            try:
                with self.database.session() as session:
                    body = self._create(session, caller, data).body
                outcomes.append(Outcome(index, body=body))
            except ServiceError as error:
                outcomes.append(Outcome(index, error=error))
        return outcomes

    def update(
        self,
        caller: Principal,
        registration_id: str,
        data: Mapping[str, Any],
        if_match: str | None,
    ) -> Versioned:
        """Merge attendee details and notes into an open registration."""
        with self.database.session() as session:
            registration = _existing(session, registration_id, for_update=True)
            current = self._versioned(registration).etag
            if not if_match_satisfied(if_match, current):
                raise PreconditionFailedError(REGISTRATION, registration_id, current)
            if registration.status not in OPEN_STATUSES:
                raise BusinessRuleError(
                    "registration_closed",
                    f"A {registration.status} registration cannot be updated.",
                    "status",
                )
            attendee = data.get("attendee", {})
            if "email" in attendee and attendee["email"].lower() != registration.email_key:
                _check_email_free(session, registration.event_id, attendee["email"])
            for member, attribute in ATTENDEE_FIELDS.items():
                if member in attendee:
                    setattr(registration, attribute, attendee[member])
            registration.email_key = registration.email.lower()
            if "notes" in data:
                registration.notes = data["notes"]
            registration.updated_at = utcnow()
            session.flush()
            return self._versioned(registration)

    def cancel(self, caller: Principal, registration_id: str, reason: str) -> Versioned:
        """Cancel an open registration: its seat is freed and its ticket void."""
        with self.database.session() as session:
            registration = _existing(session, registration_id, for_update=True)
            if registration.status not in OPEN_STATUSES:
                raise BusinessRuleError(
                    "registration_not_open",
                    f"A {registration.status} registration cannot be cancelled.",
                    "status",
                )
            cancel(session, registration, reason, self.base, utcnow(), caller.client_id)
            return self._versioned(registration)

    def check_in(
        self, caller: Principal, registration_id: str, data: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Check a confirmed registration in (``checkin.completed``)."""
        with self.database.session() as session:
            registration = _existing(session, registration_id, for_update=True)
            return self._check_in(session, caller, registration, data, None)

    def check_in_many(
        self, caller: Principal, items: Sequence[Mapping[str, Any]], options: Mapping[str, Any]
    ) -> Outcomes:
        """Each check-in in its own transaction, named by registration id or ticket code."""
        outcomes = []
        for index, item in enumerate(items):
            try:
                with self.database.session() as session:
                    registration, code = _check_in_target(session, index, item)
                    data = {
                        **options,
                        **({"checkedInAt": item["checkedInAt"]} if "checkedInAt" in item else {}),
                    }
                    body = self._check_in(session, caller, registration, data, code)
                outcomes.append(Outcome(index, body=body))
            except ServiceError as error:
                outcomes.append(Outcome(index, error=error))
        return outcomes

    # -- rules ---------------------------------------------------------------------------

    def _create(self, session: Session, caller: Principal, data: Mapping[str, Any]) -> Versioned:
        now = utcnow()
        event_id = data["eventId"].lower()
        event = SqlEventStore(session).get(event_id, for_update=True)
        if event is None:
            raise NotFoundError("event", data["eventId"])
        user_id = data.get("userId")
        if user_id is not None:
            user_id = user_id.lower()
            if SqlUserStore(session).get(user_id) is None:
                raise BusinessRuleError(
                    "unknown_user", f"User {data['userId']!r} does not exist.", "/userId"
                )
        _check_open_for_registration(session, event, now)
        attendee = data["attendee"]
        _check_email_free(session, event_id, attendee["email"])
        price = event.price_amount or 0
        registration = Registration(
            id=new_id(),
            event_id=event_id,
            user_id=user_id,
            status="pending",
            first_name=attendee["firstName"],
            last_name=attendee["lastName"],
            email=attendee["email"],
            email_key=attendee["email"].lower(),
            company=attendee.get("company"),
            job_title=attendee.get("jobTitle"),
            phone=attendee.get("phone"),
            amount_due=price,
            currency=event.price_currency or "USD",
            payment_status="pending" if price else "not_required",
            notes=data.get("notes"),
            created_at=now,
            updated_at=now,
        )
        session.add(registration)
        session.flush()
        body = registration_body(registration, self.base)
        record_event(session, "registration.created", body, caller.client_id)
        if not price:
            confirm(session, registration, self.base, now, caller.client_id)
        session.flush()
        return self._versioned(registration)

    def _check_in(
        self,
        session: Session,
        caller: Principal,
        registration: Registration,
        data: Mapping[str, Any],
        code: str | None,
    ) -> dict[str, Any]:
        now = utcnow()
        if registration.status == "checked_in":
            raise ConflictError(
                REGISTRATION, registration.id, "The attendee is already checked in."
            )
        if registration.status != "confirmed":
            raise BusinessRuleError(
                "registration_not_confirmed",
                f"Only confirmed registrations can check in; this one is {registration.status}.",
                "status",
            )
        event = SqlEventStore(session).get(registration.event_id)
        assert event is not None, "registrations belong to events"
        status = event_status(event, now)
        if status in ("cancelled", "completed"):
            raise BusinessRuleError(
                "event_closed", f"Check-in is closed: the event is {status}.", "eventId"
            )
        arrived = now
        if "checkedInAt" in data:
            arrived = parse_instant(data["checkedInAt"], "checkedInAt")
            if arrived > now:
                raise BusinessRuleError(
                    "check_in_in_future", "checkedInAt may not lie in the future.", "checkedInAt"
                )
        registration.status = "checked_in"
        registration.checked_in_at = arrived
        registration.check_in_method = data.get("method", "api")
        registration.check_in_location = data.get("location")
        registration.check_in_ticket_code = code or registration.ticket_code
        registration.updated_at = now
        session.flush()
        body = check_in_body(registration)
        record_event(session, "checkin.completed", body, caller.client_id)
        return body

    def _versioned(self, registration: Registration) -> Versioned:
        body = registration_body(registration, self.base)
        return Versioned(body, tag_of(body))


def _lower(value: str | None) -> str | None:
    return value.lower() if value is not None else None


def _existing(session: Session, registration_id: str, *, for_update: bool = False) -> Registration:
    found = SqlRegistrationLookup(session).registration(
        registration_id.lower(), for_update=for_update
    )
    if found is None:
        raise NotFoundError(REGISTRATION, registration_id)
    return found


def _check_open_for_registration(session: Session, event: Event, now: datetime) -> None:
    status = event_status(event, now)
    if status != "published":
        raise BusinessRuleError(
            "event_not_open",
            f"Registration is open for published events only; this event is {status}.",
            "/eventId",
        )
    if (
        event.capacity is not None
        and SqlRegistrationLookup(session).seats_taken(event.id) >= event.capacity
    ):
        raise BusinessRuleError("event_full", "The event has no free seat.", "/eventId")


def _check_email_free(session: Session, event_id: str, email: str) -> None:
    if SqlRegistrationLookup(session).holding_email(event_id, email.lower()):
        raise ConflictError(
            REGISTRATION,
            "/attendee/email",
            f"{email} is already registered for this event.",
        )


def _check_in_target(
    session: Session, index: int, item: Mapping[str, Any]
) -> tuple[Registration, str | None]:
    by_id, code = item.get("registrationId"), item.get("ticketCode")
    if (by_id is None) == (code is None):
        raise CheckInTargetError(index)
    if by_id is not None:
        return _existing(session, by_id, for_update=True), None
    assert code is not None
    ticket = SqlTicketStore(session).by_code(code)
    if ticket is None:
        raise NotFoundError("ticket", code)
    if ticket.voided_at is not None:
        raise BusinessRuleError(
            "ticket_void", f"Ticket {code} was replaced by a newer one.", "ticketCode"
        )
    registration = _existing(session, ticket.registration_id, for_update=True)
    return registration, code
