"""Statistics and attendee lists derived from stored registrations, sessions and feedback."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from tests.server.conftest import Api
from tests.server.event_platform.conftest import BASE

EVENTS = f"{BASE}/events"


def test_statistics_count_registrations_by_status_and_day(
    api: Api,
    headers: dict[str, str],
    new_event: Callable[..., dict[str, Any]],
    add_registration: Callable[..., Any],
) -> None:
    event = new_event(publish=True, capacity=10)
    # 2026-01-10T06:00Z is still 2026-01-09 in Los Angeles (the event's zone).
    early = datetime(2026, 1, 10, 6, 0, tzinfo=UTC)
    add_registration(event["id"], "pending", created_at=early)
    add_registration(event["id"], "confirmed", created_at=early + timedelta(hours=1))
    add_registration(event["id"], "confirmed", created_at=early + timedelta(days=1))
    add_registration(event["id"], "checked_in", created_at=early + timedelta(days=1))
    add_registration(event["id"], "cancelled", created_at=early + timedelta(days=1))
    response = api.request("GET", f"{EVENTS}/{event['id']}/statistics", headers=headers)
    assert response.status_code == 200
    stats = response.json()
    assert stats["registrations"] == {
        "total": 5,
        "pending": 1,
        "confirmed": 2,
        "checkedIn": 1,
        "cancelled": 1,
    }
    assert stats["seatsTaken"] == 4
    assert stats["capacity"] == 10 and stats["seatsRemaining"] == 6
    assert stats["attendeeCount"] == 3
    assert stats["checkInRate"] == 1 / 3
    assert stats["registrationsByDay"] == [
        {"date": "2026-01-09", "count": 2},
        {"date": "2026-01-10", "count": 3},
    ]
    assert stats["revenue"] == {"currency": "USD", "gross": 0, "refunded": 0, "net": 0}
    assert stats["sessions"] == {"count": 0, "cancelled": 0, "totalAttendance": 0}


def test_statistics_without_capacity_or_attendees(
    api: Api, headers: dict[str, str], new_event: Callable[..., dict[str, Any]]
) -> None:
    event = new_event(price={"amount": 1000, "currency": "EUR"})
    stats = api.request("GET", f"{EVENTS}/{event['id']}/statistics", headers=headers).json()
    assert "capacity" not in stats and "seatsRemaining" not in stats
    assert stats["checkInRate"] == 0
    assert stats["revenue"]["currency"] == "EUR"


def test_seats_remaining_never_below_zero(
    api: Api,
    headers: dict[str, str],
    new_event: Callable[..., dict[str, Any]],
    add_registration: Callable[..., Any],
) -> None:
    event = new_event(capacity=1)
    add_registration(event["id"], "confirmed")
    add_registration(event["id"], "pending")
    stats = api.request("GET", f"{EVENTS}/{event['id']}/statistics", headers=headers).json()
    assert stats["seatsTaken"] == 2 and stats["seatsRemaining"] == 0


def test_attendees_are_confirmed_and_checked_in_registrations_only(
    api: Api,
    headers: dict[str, str],
    new_event: Callable[..., dict[str, Any]],
    add_registration: Callable[..., Any],
) -> None:
    event = new_event()
    add_registration(event["id"], "pending", last_name="Pending")
    add_registration(event["id"], "cancelled", last_name="Cancelled")
    confirmed = add_registration(event["id"], "confirmed", last_name="Zuse", company="Z3")
    checked = add_registration(
        event["id"],
        "checked_in",
        last_name="Babbage",
        checked_in_at=datetime(2026, 2, 1, tzinfo=UTC),
    )
    url = f"{EVENTS}/{event['id']}/attendees"
    body = api.request("GET", url, headers=headers).json()
    assert [a["registrationId"] for a in body["data"]] == [checked.id, confirmed.id]
    assert body["data"][0]["checkedInAt"] == "2026-02-01T00:00:00Z"
    assert body["pagination"]["totalItems"] == 2
    only = api.request("GET", f"{url}?status=confirmed", headers=headers).json()
    assert [a["lastName"] for a in only["data"]] == ["Zuse"]
    search = api.request("GET", f"{url}?q=z3", headers=headers).json()
    assert [a["lastName"] for a in search["data"]] == ["Zuse"]


def test_attendees_as_csv_parse_with_a_header(
    api: Api,
    headers: dict[str, str],
    new_event: Callable[..., dict[str, Any]],
    add_registration: Callable[..., Any],
) -> None:
    event = new_event()
    add_registration(event["id"], "confirmed", last_name="Comma, Inc", company='Quote "Co"')
    add_registration(event["id"], "confirmed", last_name="Alpha")
    response = api.request(
        "GET",
        f"{EVENTS}/{event['id']}/attendees?pageSize=1",
        headers={**headers, "Accept": "text/csv"},
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert response.headers["content-disposition"].startswith("attachment; filename=")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["lastName"] for r in rows] == ["Alpha", "Comma, Inc"]  # every attendee, not a page
    assert rows[1]["company"] == 'Quote "Co"'
    assert rows[0]["status"] == "confirmed"


def test_attendees_of_unknown_event_is_404(api: Api, headers: dict[str, str]) -> None:
    url = f"{EVENTS}/8fa85f64-5717-4562-b3fc-2c963f66afa6/attendees"
    assert api.request("GET", url, headers=headers).status_code == 404
