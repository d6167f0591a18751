"""Events: lifecycle (draft -> published -> cancelled; ``completed`` derived) and rules.

Rules (each a 422 unless noted): ``endTime`` after ``startTime``; ``in_person``/``hybrid``
need a venue, ``virtual``/``hybrid`` an online URL; the time zone, series, organiser and
parent must exist; sub-events are one level deep and lie within their parent. Drafts are
visible only to credentials holding ``events.write``. Every change is written to the
outbox in its transaction. Series are in :mod:`server.services.event_platform.series`.
"""

from __future__ import annotations

from collections.abc import Mapping
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
)
from server.services.etag import if_match_satisfied
from server.services.event_platform.icalendar import (
    CalendarEntry,
    calendar_status,
    render_calendar,
)
from server.services.event_platform.ledger import PaymentLedger, default_ledger
from server.services.event_platform.listing import Page, Window, contains_text, cut, sort_items
from server.services.event_platform.outbox import record_event
from server.services.event_platform.values import (
    compact,
    iso,
    new_id,
    parse_bound,
    parse_instant,
    tag_of,
    zone,
)
from server.services.event_platform.views import registration_body
from server.storage.database import Database
from server.storage.event_platform.events import SqlEventStore
from server.storage.event_platform.registrations import SqlRegistrationStore
from server.storage.event_platform.users import SqlUserStore
from server.storage.models.base import utcnow
from server.storage.models.event_platform import Event

EVENT = "event"
WRITE_SCOPE = "events.write"
SORT_KEYS = {
    "startTime": lambda e: e.start_time,
    "endTime": lambda e: e.end_time,
    "title": lambda e: e.title.lower(),
    "createdAt": lambda e: e.created_at,
    "updatedAt": lambda e: e.updated_at,
    "capacity": lambda e: e.capacity,
}


@dataclass(frozen=True)
class Versioned:
    """A representation and its entity tag."""

    body: Any
    etag: str


@dataclass(frozen=True)
class EventQuery:
    """Filters of ``GET /events`` (None: not filtered)."""

    q: str | None = None
    status: str | None = None
    format: str | None = None
    tag: str | None = None
    starts_after: str | None = None
    starts_before: str | None = None
    series_id: str | None = None
    parent_event_id: str | None = None
    top_level: bool | None = None
    organizer_id: str | None = None
    updated_after: str | None = None
    sort: str | None = None


def event_status(event: Event, now: datetime) -> str:
    """The reported status: a published event whose end has passed is ``completed``."""
    if event.status == "published" and event.end_time <= now:
        return "completed"
    return event.status


def event_body(event: Event, base: str, now: datetime) -> dict[str, Any]:
    """The API's view of a stored event."""
    self_path = f"{base}/events/{event.id}"
    price = None
    if event.price_amount is not None:
        price = {"amount": event.price_amount, "currency": event.price_currency}
    return compact(
        {
            "id": event.id,
            "title": event.title,
            "description": event.description,
            "status": event_status(event, now),
            "format": event.format,
            "startTime": iso(event.start_time),
            "endTime": iso(event.end_time),
            "timezone": event.timezone,
            "venue": event.venue,
            "onlineUrl": event.online_url,
            "capacity": event.capacity,
            "price": price,
            "seriesId": event.series_id,
            "parentEventId": event.parent_event_id,
            "tags": list(event.tags),
            "organizerId": event.organizer_id,
            "publishedAt": iso(event.published_at) if event.published_at else None,
            "cancelledAt": iso(event.cancelled_at) if event.cancelled_at else None,
            "cancellationReason": event.cancellation_reason,
            "createdAt": iso(event.created_at),
            "updatedAt": iso(event.updated_at),
            "links": {
                "self": self_path,
                "sessions": f"{self_path}/sessions",
                "attendees": f"{self_path}/attendees",
                "statistics": f"{self_path}/statistics",
                "schedule": f"{self_path}/schedule",
            },
        }
    )


def event_calendar_entry(event: Event, now: datetime) -> CalendarEntry:
    """The VEVENT of an event."""
    location = None
    if event.venue:
        address = event.venue.get("address", {})
        parts = [event.venue.get("name"), event.venue.get("room"), address.get("line1")]
        parts += [address.get("city"), address.get("country")]
        location = ", ".join(str(p) for p in parts if p)
    return CalendarEntry(
        uid=f"event-{event.id}",
        start=event.start_time,
        end=event.end_time,
        summary=event.title,
        stamp=event.updated_at,
        status=calendar_status(event_status(event, now)),
        description=event.description,
        location=location or event.online_url,
        url=event.online_url,
        categories=tuple(event.tags),
    )


class EventService:
    """The event and series rules over a database; every method is one transaction."""

    def __init__(self, database: Database, base: str, ledger: PaymentLedger | None = None) -> None:
        self.database = database
        self.base = base
        self.ledger = ledger or default_ledger()

    # -- reads ---------------------------------------------------------------------------

    def list(self, caller: Principal, query: EventQuery, window: Window) -> Page[dict[str, Any]]:
        """A window of the events ``caller`` may see, filtered and sorted."""
        now = utcnow()
        with self.database.read_session() as session:
            rows = SqlEventStore(session).matching(
                format=query.format,
                series_id=query.series_id,
                parent_event_id=query.parent_event_id,
                top_level=query.top_level,
                organizer_id=query.organizer_id,
                starts_after=_instant(query.starts_after, "startsAfter"),
                starts_before=_instant(query.starts_before, "startsBefore"),
                updated_after=_instant(query.updated_after, "updatedAfter"),
            )
            visible = [
                row
                for row in rows
                if _visible(caller, row)
                and (query.status is None or event_status(row, now) == query.status)
                and (query.tag is None or query.tag in row.tags)
                and contains_text(
                    query.q,
                    row.title,
                    row.description,
                    (row.venue or {}).get("name"),
                    *row.tags,
                )
            ]
            ordered = sort_items(visible, query.sort, "startTime", SORT_KEYS, lambda e: e.id)
            page = cut(ordered, window)
            return Page([event_body(e, self.base, now) for e in page.items], page.total)

    def sub_events(
        self, caller: Principal, event_id: str, sort: str | None, window: Window
    ) -> Page[dict[str, Any]]:
        """A window of the event's sub-events."""
        now = utcnow()
        with self.database.read_session() as session:
            store = SqlEventStore(session)
            _existing(store, caller, event_id)
            rows = [row for row in store.sub_events(event_id) if _visible(caller, row)]
            ordered = sort_items(rows, sort, "startTime", SORT_KEYS, lambda e: e.id)
            page = cut(ordered, window)
            return Page([event_body(e, self.base, now) for e in page.items], page.total)

    def get(self, caller: Principal, event_id: str) -> Versioned:
        """One event as JSON."""
        with self.database.read_session() as session:
            event = _existing(SqlEventStore(session), caller, event_id)
            return self._versioned(event)

    def calendar(self, caller: Principal, event_id: str) -> Versioned:
        """One event as an iCalendar document."""
        with self.database.read_session() as session:
            event = _existing(SqlEventStore(session), caller, event_id)
            text = render_calendar([event_calendar_entry(event, utcnow())], event.title)
            return Versioned(text, tag_of(text))

    # -- writes --------------------------------------------------------------------------

    def create(self, caller: Principal, data: Mapping[str, Any]) -> Versioned:
        """A new draft event (``event.created``)."""
        now = utcnow()
        event = Event(id=new_id(), status="draft", tags=[], created_at=now, updated_at=now)
        _apply(event, data)
        with self.database.session() as session:
            store = SqlEventStore(session)
            _check_rules(session, store, event)
            store.add(event)
            created = self._versioned(event)
            record_event(session, "event.created", created.body, caller.client_id)
            return created

    def update(
        self, caller: Principal, event_id: str, data: Mapping[str, Any], if_match: str | None
    ) -> Versioned:
        """Merge ``data`` into a draft or published event (``event.updated``)."""
        with self.database.session() as session:
            store = SqlEventStore(session)
            event = _existing(store, caller, event_id, for_update=True)
            self._check_precondition(event, if_match)
            status = event_status(event, utcnow())
            if status in ("cancelled", "completed"):
                raise BusinessRuleError(
                    "event_closed", f"A {status} event cannot be updated.", "status"
                )
            _apply(event, data)
            _check_rules(session, store, event)
            event.updated_at = utcnow()
            session.flush()
            updated = self._versioned(event)
            record_event(session, "event.updated", updated.body, caller.client_id)
            return updated

    def delete(self, caller: Principal, event_id: str, if_match: str | None) -> None:
        """Remove a draft without registrations, sessions or sub-events."""
        with self.database.session() as session:
            store = SqlEventStore(session)
            event = _existing(store, caller, event_id, for_update=True)
            self._check_precondition(event, if_match)
            if event.status != "draft":
                raise BusinessRuleError(
                    "event_not_draft",
                    "Only draft events can be deleted; cancel a published event instead.",
                    "status",
                )
            registrations, sessions, children = store.count_dependants(event_id)
            if registrations or sessions or children:
                raise BusinessRuleError(
                    "event_in_use",
                    f"The event has {registrations} registrations, {sessions} sessions and "
                    f"{children} sub-events; cancel it instead.",
                    "eventId",
                )
            store.delete(event)

    def publish(self, caller: Principal, event_id: str) -> Versioned:
        """Make a draft public (``event.published``)."""
        now = utcnow()
        with self.database.session() as session:
            store = SqlEventStore(session)
            event = _existing(store, caller, event_id, for_update=True)
            status = event_status(event, now)
            if status == "published":
                raise ConflictError(EVENT, event_id, "The event is already published.")
            if status != "draft":
                raise BusinessRuleError(
                    "event_closed", f"A {status} event cannot be published.", "status"
                )
            if event.start_time <= now:
                raise BusinessRuleError(
                    "event_in_past",
                    "Only events starting in the future can be published.",
                    "startTime",
                )
            _check_format(event)
            if event.parent_event_id is not None:
                parent = store.get(event.parent_event_id)
                if parent is None or event_status(parent, now) != "published":
                    raise BusinessRuleError(
                        "parent_not_published",
                        "A sub-event can be published only once its parent is published.",
                        "parentEventId",
                    )
            event.status = "published"
            event.published_at = now
            event.updated_at = now
            session.flush()
            published = self._versioned(event)
            record_event(session, "event.published", published.body, caller.client_id)
            return published

    def cancel(self, caller: Principal, event_id: str, reason: str) -> Versioned:
        """Cancel the event, its sub-events, sessions and open registrations; refund payments."""
        now = utcnow()
        with self.database.session() as session:
            store = SqlEventStore(session)
            event = _existing(store, caller, event_id, for_update=True)
            status = event_status(event, now)
            if status == "cancelled":
                raise ConflictError(EVENT, event_id, "The event is already cancelled.")
            if status == "completed":
                raise BusinessRuleError(
                    "event_completed", "A completed event cannot be cancelled.", "status"
                )
            for child in store.sub_events(event_id):
                if event_status(child, now) in ("draft", "published"):
                    self._cancel_one(session, caller, child, reason, now)
            cancelled = self._cancel_one(session, caller, event, reason, now)
            return cancelled

    def _cancel_one(
        self, session: Session, caller: Principal, event: Event, reason: str, now: datetime
    ) -> Versioned:
        # Sessions build on events, so their module is imported here, not at the top.
        from server.services.event_platform.sessions import SessionContext

        event.status = "cancelled"
        event.cancelled_at = now
        event.cancellation_reason = reason
        event.updated_at = now
        context = SessionContext(session, event)
        for row in context.store.of_event(event.id):
            if row.status == "scheduled" and row.end_time > now:
                row.status = "cancelled"
                row.cancellation_reason = reason
                row.updated_at = now
                session.flush()
                body = context.versioned(row).body
                record_event(session, "session.cancelled", body, caller.client_id)
        for registration in SqlRegistrationStore(session).of_event(event.id):
            if registration.status in ("pending", "confirmed"):
                registration.status = "cancelled"
                registration.cancelled_at = now
                registration.cancellation_reason = reason
                registration.updated_at = now
                body = registration_body(registration, self.base)
                record_event(session, "registration.cancelled", body, caller.client_id)
        self.ledger.refund_event(session, event.id, reason)
        session.flush()
        cancelled = self._versioned(event)
        record_event(session, "event.cancelled", cancelled.body, caller.client_id)
        return cancelled

    # -- helpers -------------------------------------------------------------------------

    def _versioned(self, event: Event) -> Versioned:
        body = event_body(event, self.base, utcnow())
        return Versioned(body, tag_of(body))

    def _check_precondition(self, event: Event, if_match: str | None) -> None:
        current = self._versioned(event).etag
        if not if_match_satisfied(if_match, current):
            raise PreconditionFailedError(EVENT, event.id, current)


def visible_event(session: Session, caller: Principal, event_id: str) -> Event:
    """The event ``caller`` may see, else 404 (for the services of its sub-resources)."""
    return _existing(SqlEventStore(session), caller, event_id)


def _visible(caller: Principal, event: Event) -> bool:
    return event.status != "draft" or WRITE_SCOPE in caller.scopes


def _existing(
    store: SqlEventStore, caller: Principal, event_id: str, *, for_update: bool = False
) -> Event:
    event = store.get(event_id, for_update=for_update)
    if event is None or not _visible(caller, event):
        raise NotFoundError(EVENT, event_id)
    return event


def _instant(text: str | None, target: str) -> datetime | None:
    return parse_bound(text) if text is not None else None


#: Request member -> model attribute, for the fields copied as they are.
PLAIN_FIELDS = {
    "title": "title",
    "description": "description",
    "format": "format",
    "timezone": "timezone",
    "onlineUrl": "online_url",
    "capacity": "capacity",
    "seriesId": "series_id",
    "parentEventId": "parent_event_id",
    "organizerId": "organizer_id",
}


def _apply(event: Event, data: Mapping[str, Any]) -> None:
    for member, attribute in PLAIN_FIELDS.items():
        if member in data:
            setattr(event, attribute, data[member])
    if "startTime" in data:
        event.start_time = parse_instant(data["startTime"], "startTime")
    if "endTime" in data:
        event.end_time = parse_instant(data["endTime"], "endTime")
    if "venue" in data:
        event.venue = dict(data["venue"])
    if "price" in data:
        event.price_amount = data["price"]["amount"]
        event.price_currency = data["price"]["currency"]
    if "tags" in data:
        event.tags = list(data["tags"])


def _check_format(event: Event) -> None:
    if event.format in ("in_person", "hybrid") and not event.venue:
        raise BusinessRuleError("venue_required", f"A {event.format} event needs a venue.", "venue")
    if event.format in ("virtual", "hybrid") and not event.online_url:
        raise BusinessRuleError(
            "online_url_required", f"A {event.format} event needs an onlineUrl.", "onlineUrl"
        )


def _check_rules(session: Session, store: SqlEventStore, event: Event) -> None:
    zone(event.timezone)
    if event.end_time <= event.start_time:
        raise BusinessRuleError("end_before_start", "endTime must be after startTime.", "endTime")
    _check_format(event)
    if event.series_id is not None and store.series(event.series_id) is None:
        raise BusinessRuleError(
            "unknown_series", f"Series {event.series_id!r} does not exist.", "seriesId"
        )
    if event.organizer_id is not None and SqlUserStore(session).get(event.organizer_id) is None:
        raise BusinessRuleError(
            "unknown_organizer", f"User {event.organizer_id!r} does not exist.", "organizerId"
        )
    if event.parent_event_id is not None:
        _check_parent(store, event)
    for child in store.sub_events(event.id) if event.id else []:
        if child.start_time < event.start_time or child.end_time > event.end_time:
            raise BusinessRuleError(
                "sub_event_outside",
                f"Sub-event {child.id!r} would no longer lie within the event.",
                "startTime",
            )


def _check_parent(store: SqlEventStore, event: Event) -> None:
    parent_id = event.parent_event_id
    parent = store.get(parent_id) if parent_id and parent_id != event.id else None
    if parent is None:
        raise BusinessRuleError(
            "unknown_parent", f"Parent event {parent_id!r} does not exist.", "parentEventId"
        )
    if parent.parent_event_id is not None or store.sub_events(event.id):
        raise BusinessRuleError(
            "nested_sub_event", "Sub-events are one level deep only.", "parentEventId"
        )
    if event.start_time < parent.start_time or event.end_time > parent.end_time:
        raise BusinessRuleError(
            "sub_event_outside",
            "A sub-event must lie within its parent's start and end.",
            "parentEventId",
        )
