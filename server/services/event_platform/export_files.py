"""The CSV files of export jobs: columns per exported type and the rows under the filters.

Columns are the scalar fields of the exported resource in schema order, nested objects
flattened with dots, arrays joined with ``|`` (objects inside arrays as compact JSON).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from server.services.event_platform.attendees import COLUMNS as ATTENDEE_COLUMNS
from server.services.event_platform.attendees import attendee_body
from server.services.event_platform.events import event_body, event_status
from server.services.event_platform.ledger import PaymentLedger
from server.services.event_platform.sessions import SessionContext, session_status
from server.services.event_platform.users import user_body
from server.services.event_platform.values import parse_instant
from server.services.event_platform.views import registration_body
from server.storage.event_platform.events import SqlEventStore
from server.storage.event_platform.registrations import SqlRegistrationStore
from server.storage.event_platform.users import SqlUserStore
from server.storage.models.base import utcnow

_LINKS = ("self", "sessions", "attendees", "statistics", "schedule")
_ADDRESS = ("line1", "line2", "city", "region", "postalCode", "country")
COLUMNS: Mapping[str, tuple[str, ...]] = {
    "events": (
        "id", "title", "description", "status", "format", "startTime", "endTime", "timezone",
        "venue.name", *(f"venue.address.{a}" for a in _ADDRESS), "venue.room", "onlineUrl",
        "capacity", "price.amount", "price.currency", "seriesId", "parentEventId", "tags",
        "organizerId", "publishedAt", "cancelledAt", "cancellationReason", "createdAt",
        "updatedAt", *(f"links.{link}" for link in _LINKS),
    ),
    "registrations": (
        "id", "eventId", "userId", "status", "attendee.firstName", "attendee.lastName",
        "attendee.email", "attendee.company", "attendee.jobTitle", "attendee.phone",
        "amountDue.amount", "amountDue.currency", "paymentStatus", "paymentId", "ticketCode",
        "checkIn.registrationId", "checkIn.eventId", "checkIn.checkedInAt", "checkIn.method",
        "checkIn.location", "checkIn.ticketCode", "notes", "confirmedAt", "cancelledAt",
        "cancellationReason", "createdAt", "updatedAt", "links.self", "links.event",
        "links.ticket",
    ),
    "attendees": ATTENDEE_COLUMNS,
    "sessions": (
        "id", "eventId", "title", "description", "type", "startTime", "endTime", "room", "track",
        "capacity", "onlineUrl", "tags", "status", "speakers", "attendanceCount",
        "feedbackCount", "averageRating", "cancellationReason", "createdAt", "updatedAt",
    ),
    "payments": (
        "id", "registrationId", "eventId", "userId", "amount", "currency", "status",
        "method.type", "method.brand", "method.last4", "method.payerEmail", "provider",
        "providerReference", "billingDetails.name", "billingDetails.email",
        *(f"billingDetails.address.{a}" for a in _ADDRESS), "billingDetails.taxId",
        "failureCode", "failureReason", "refundedAmount", "refunds", "invoiceNumber",
        "createdAt", "completedAt", "updatedAt",
    ),
    "users": (
        "id", "email", "firstName", "lastName", "displayName", "phone", "company", "jobTitle",
        "locale", "timezone", "roles", "status", "hasSpeakerProfile", "createdAt", "updatedAt",
    ),
}  # fmt: skip
#: The statuses a ``status`` filter may name, per exported type.
STATUSES: Mapping[str, frozenset[str]] = {
    "events": frozenset({"draft", "published", "cancelled", "completed"}),
    "registrations": frozenset({"pending", "confirmed", "cancelled", "checked_in"}),
    "attendees": frozenset({"confirmed", "checked_in"}),
    "sessions": frozenset({"scheduled", "cancelled", "completed"}),
    "payments": frozenset({"pending", "completed", "failed", "refunded", "partially_refunded"}),
    "users": frozenset({"active", "suspended"}),
}


def export_rows(
    session: Session,
    kind: str,
    filters: Mapping[str, Any],
    base: str,
    ledger: PaymentLedger,
    include_drafts: bool,
) -> list[dict[str, Any]]:
    """The representations of every ``kind`` resource passing ``filters``."""
    event_id = filters.get("eventId")
    status = filters.get("status")
    lower = _bound(filters.get("from"))
    upper = _bound(filters.get("to"))
    now = utcnow()
    events = SqlEventStore(session)
    every_event = [e for e in events.matching() if include_drafts or e.status != "draft"]
    chosen = [e for e in every_event if event_id is None or e.id == event_id]

    def within(moment: datetime) -> bool:
        return (lower is None or moment >= lower) and (upper is None or moment < upper)

    if kind == "events":
        return [
            event_body(e, base, now)
            for e in sorted(chosen, key=lambda e: (e.start_time, e.id))
            if within(e.start_time) and status in (None, event_status(e, now))
        ]
    if kind == "sessions":
        rows: list[dict[str, Any]] = []
        for event in sorted(chosen, key=lambda e: (e.start_time, e.id)):
            context = SessionContext(session, event)
            matching = [
                s
                for s in sorted(
                    context.store.of_event(event.id), key=lambda s: (s.start_time, s.id)
                )
                if within(s.start_time) and status in (None, session_status(s, event, now))
            ]
            rows += context.bodies(matching)
        return rows
    if kind == "users":
        users = SqlUserStore(session)
        return [
            user_body(u, users.profile(u.id) is not None)
            for u in sorted(users.matching(), key=lambda u: (u.created_at, u.id))
            if within(u.created_at) and status in (None, u.status)
        ]
    registrations = sorted(
        SqlRegistrationStore(session).of_events([e.id for e in chosen]),
        key=lambda r: (r.created_at, r.id),
    )
    registrations = [r for r in registrations if within(r.created_at)]
    if kind == "registrations":
        return [registration_body(r, base) for r in registrations if status in (None, r.status)]
    if kind == "attendees":
        return [
            attendee_body(r)
            for r in registrations
            if r.status in ("confirmed", "checked_in") and status in (None, r.status)
        ]
    payments = ledger.payments_of(session, [r.id for r in registrations])
    return [p for p in payments if status in (None, p.get("status"))]


def render_csv(kind: str, rows: Sequence[Mapping[str, Any]]) -> str:
    """The CSV file: a header row, then one row per resource."""
    columns = COLUMNS[kind]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(_lookup(row, column)) for column in columns])
    return out.getvalue()


def _lookup(row: Mapping[str, Any], dotted: str) -> Any:
    value: Any = row
    for part in dotted.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "|".join(
            json.dumps(item, separators=(",", ":"), sort_keys=True)
            if isinstance(item, dict)
            else str(item)
            for item in value
        )
    return str(value)


def _bound(text: str | None) -> datetime | None:
    return parse_instant(text, "filters") if text else None
