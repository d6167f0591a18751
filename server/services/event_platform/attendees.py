"""Attendee lists: derived from an event's registrations that are confirmed or checked in."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any

from server.auth.principal import Principal
from server.services.event_platform.events import visible_event
from server.services.event_platform.listing import Page, Window, contains_text, cut, sort_items
from server.services.event_platform.values import compact, iso
from server.storage.database import Database
from server.storage.event_platform.registrations import SqlRegistrationStore
from server.storage.models.event_registrations import Registration

ATTENDEE_STATUSES = ("confirmed", "checked_in")
#: The ``Attendee`` schema's members, in schema order (the CSV columns).
COLUMNS = (
    "registrationId",
    "userId",
    "firstName",
    "lastName",
    "email",
    "company",
    "jobTitle",
    "status",
    "ticketCode",
    "registeredAt",
    "checkedInAt",
)
SORT_KEYS = {
    "lastName": lambda r: r.last_name.lower(),
    "firstName": lambda r: r.first_name.lower(),
    "email": lambda r: r.email_key,
    "registeredAt": lambda r: r.created_at,
    "checkedInAt": lambda r: r.checked_in_at,
}


def attendee_body(registration: Registration) -> dict[str, Any]:
    """One line of the attendee list."""
    return compact(
        {
            "registrationId": registration.id,
            "userId": registration.user_id,
            "firstName": registration.first_name,
            "lastName": registration.last_name,
            "email": registration.email,
            "company": registration.company,
            "jobTitle": registration.job_title,
            "status": registration.status,
            "ticketCode": registration.ticket_code,
            "registeredAt": iso(registration.created_at),
            "checkedInAt": iso(registration.checked_in_at) if registration.checked_in_at else None,
        }
    )


def attendees_csv(rows: Sequence[dict[str, Any]]) -> str:
    """Attendees as CSV with a header row (absent fields are empty cells)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


class AttendeeService:
    """``GET /events/{eventId}/attendees``."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def matching(
        self,
        caller: Principal,
        event_id: str,
        q: str | None,
        status: str | None,
        sort: str | None,
    ) -> list[dict[str, Any]]:
        """Every attendee of the event after the filters, sorted."""
        with self.database.session() as session:
            visible_event(session, caller, event_id)
            rows = [
                r
                for r in SqlRegistrationStore(session).of_event(event_id)
                if r.status in ATTENDEE_STATUSES
                and (status is None or r.status == status)
                and contains_text(q, r.first_name, r.last_name, r.email, r.company)
            ]
            ordered = sort_items(rows, sort, "lastName", SORT_KEYS, lambda r: r.id)
            return [attendee_body(r) for r in ordered]

    def page(
        self,
        caller: Principal,
        event_id: str,
        q: str | None,
        status: str | None,
        sort: str | None,
        window: Window,
    ) -> Page[dict[str, Any]]:
        """A window of the attendee list."""
        return cut(self.matching(caller, event_id, q, status, sort), window)
