"""Sessions over HTTP: scheduling rules, speakers, schedule, attendance, materials, feedback."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from tests.server.conftest import Api
from tests.server.event_platform.conftest import BASE, instant


@pytest.fixture
def event(new_event: Callable[..., dict[str, Any]]) -> dict[str, Any]:
    """A published event from day 30 to day 32, in Los Angeles."""
    return new_event(publish=True, startTime=instant(30), endTime=instant(32))


def sessions_url(event: dict[str, Any]) -> str:
    return f"{BASE}/events/{event['id']}/sessions"


def session_body(start: float = 0, hours: float = 1, **changes: Any) -> dict[str, Any]:
    """A talk starting ``start`` hours into day 30 (1 hour after the event starts by default)."""
    body = {
        "title": "Designing webhooks",
        "type": "talk",
        "startTime": instant(30, 1 + start),
        "endTime": instant(30, 1 + start + hours),
    }
    body.update(changes)
    return body


@pytest.fixture
def new_session(
    api: Api, headers: dict[str, str], event: dict[str, Any]
) -> Callable[..., dict[str, Any]]:
    def create(**changes: Any) -> dict[str, Any]:
        response = api.request(
            "POST", sessions_url(event), json=session_body(**changes), headers=headers
        )
        assert response.status_code == 201, response.text
        created: dict[str, Any] = response.json()
        return created

    return create


def backdate(api: Api, session_id: str) -> None:
    """Move a session into the past (it has started)."""
    from server.storage.models.event_platform import Session

    with api.runtime.database.session() as db:
        row = db.get(Session, session_id)
        assert row is not None
        row.start_time = datetime.now(UTC) - timedelta(hours=1)


def test_create_read_and_conditional_read(
    api: Api, headers: dict[str, str], event: dict[str, Any]
) -> None:
    response = api.request("POST", sessions_url(event), json=session_body(), headers=headers)
    assert response.status_code == 201
    created = response.json()
    assert created["status"] == "scheduled"
    assert created["speakers"] == [] and created["attendanceCount"] == 0
    url = f"{sessions_url(event)}/{created['id']}"
    assert response.headers["location"] == url
    read = api.request("GET", url, headers=headers)
    assert read.json() == created
    etag = read.headers["etag"]
    assert api.request("GET", url, headers={**headers, "If-None-Match": etag}).status_code == 304


def test_session_outside_the_event_is_422(
    api: Api, headers: dict[str, str], event: dict[str, Any]
) -> None:
    before = session_body(start=-5)
    assert api.request("POST", sessions_url(event), json=before, headers=headers).status_code == 422
    backwards = session_body(hours=-0.5)
    response = api.request("POST", sessions_url(event), json=backwards, headers=headers)
    assert response.status_code == 422


def test_overlap_in_one_room_is_409(
    api: Api,
    headers: dict[str, str],
    event: dict[str, Any],
    new_session: Callable[..., dict[str, Any]],
) -> None:
    first = new_session(room="Hall A")
    clash = session_body(start=0.5, room="Hall A")
    assert api.request("POST", sessions_url(event), json=clash, headers=headers).status_code == 409
    other_room = session_body(start=0.5, room="Hall B")
    assert (
        api.request("POST", sessions_url(event), json=other_room, headers=headers).status_code
        == 201
    )
    cancel = f"{sessions_url(event)}/{first['id']}/cancel"
    assert api.request("POST", cancel, json={"reason": "ill"}, headers=headers).status_code == 200
    assert api.request("POST", sessions_url(event), json=clash, headers=headers).status_code == 201


def test_reschedule_with_if_match_and_outbox(
    api: Api,
    headers: dict[str, str],
    event: dict[str, Any],
    new_session: Callable[..., dict[str, Any]],
) -> None:
    from sqlalchemy import select

    from server.storage.models.outbox import OutboxEvent

    created = new_session()
    url = f"{sessions_url(event)}/{created['id']}"
    etag = api.request("GET", url, headers=headers).headers["etag"]
    moved = api.request(
        "PATCH",
        url,
        json={"room": "Hall C", "startTime": instant(30, 3), "endTime": instant(30, 4)},
        headers={**headers, "If-Match": etag},
    )
    assert moved.status_code == 200
    assert moved.json()["room"] == "Hall C"
    stale = api.request("PATCH", url, json={"title": "x"}, headers={**headers, "If-Match": etag})
    assert stale.status_code == 412
    with api.runtime.database.session() as db:
        types = [
            row.event_type
            for row in db.scalars(select(OutboxEvent).order_by(OutboxEvent.id)).all()
            if row.payload.get("id") == created["id"]
        ]
    assert types == ["session.created", "session.updated"]


def test_cancel_twice_is_409_and_cancelled_cannot_change(
    api: Api,
    headers: dict[str, str],
    event: dict[str, Any],
    new_session: Callable[..., dict[str, Any]],
) -> None:
    created = new_session()
    url = f"{sessions_url(event)}/{created['id']}"
    cancelled = api.request(
        "POST", f"{url}/cancel", json={"reason": "Speaker ill"}, headers=headers
    )
    assert cancelled.json()["status"] == "cancelled"
    assert cancelled.json()["cancellationReason"] == "Speaker ill"
    assert (
        api.request("POST", f"{url}/cancel", json={"reason": "x"}, headers=headers).status_code
        == 409
    )
    assert api.request("PATCH", url, json={"title": "x"}, headers=headers).status_code == 422


def test_speakers_need_a_profile_and_keep_assignment_order(
    api: Api,
    headers: dict[str, str],
    event: dict[str, Any],
    new_session: Callable[..., dict[str, Any]],
    new_user: Callable[..., dict[str, Any]],
) -> None:
    created = new_session()
    url = f"{sessions_url(event)}/{created['id']}/speakers"
    plain = new_user()
    assert api.request("PUT", f"{url}/{plain['id']}", headers=headers).status_code == 422
    speakers = []
    for _ in range(2):
        user = new_user()
        profile = {"headline": "H", "bio": "B"}
        api.request(
            "PUT", f"{BASE}/users/{user['id']}/speaker-profile", json=profile, headers=headers
        )
        speakers.append(user["id"])
    first = api.request("PUT", f"{url}/{speakers[0]}", headers=headers)
    assert first.status_code == 200
    second = api.request("PUT", f"{url}/{speakers[1]}", json={"role": "moderator"}, headers=headers)
    assert second.json()["speakers"] == [
        {"userId": speakers[0], "role": "presenter"},
        {"userId": speakers[1], "role": "moderator"},
    ]
    again = api.request("PUT", f"{url}/{speakers[1]}", json={"role": "moderator"}, headers=headers)
    assert again.json() == second.json()  # idempotent
    assert api.request("DELETE", f"{url}/{speakers[0]}", headers=headers).status_code == 204
    assert api.request("DELETE", f"{url}/{speakers[0]}", headers=headers).status_code == 404
    filtered = api.request(
        "GET", f"{sessions_url(event)}?speakerId={speakers[1]}", headers=headers
    ).json()
    assert [s["id"] for s in filtered["data"]] == [created["id"]]
    profile_url = f"{BASE}/users/{speakers[1]}/speaker-profile"
    assert api.request("DELETE", profile_url, headers=headers).status_code == 422


def test_schedule_groups_by_day_in_the_event_zone(
    api: Api, headers: dict[str, str], new_event: Callable[..., dict[str, Any]]
) -> None:
    start = (datetime.now(UTC) + timedelta(days=40)).replace(
        hour=0, minute=0, second=0, microsecond=0
    )

    def at(hours: float) -> str:
        return (start + timedelta(hours=hours)).strftime("%Y-%m-%dT%H:%M:%SZ")

    event = new_event(startTime=at(0), endTime=at(48), timezone="Asia/Tokyo")
    url = f"{BASE}/events/{event['id']}/sessions"
    for title, begin, room in (("B", 16, "2"), ("A", 16, "1"), ("C", 2, "1"), ("D", 20, "1")):
        body = {
            "title": title,
            "type": "talk",
            "startTime": at(begin),
            "endTime": at(begin + 1),
            "room": room,
            "track": "main",
        }
        assert api.request("POST", url, json=body, headers=headers).status_code == 201
    schedule = api.request("GET", f"{BASE}/events/{event['id']}/schedule", headers=headers)
    assert schedule.status_code == 200
    days = schedule.json()["days"]
    # Tokyo is UTC+9: 02:00Z is day 1; 16:00Z and 20:00Z are the next day there.
    assert [[s["title"] for s in day["sessions"]] for day in days] == [["C"], ["A", "B", "D"]]
    assert schedule.json()["timezone"] == "Asia/Tokyo"
    etag = schedule.headers["etag"]
    assert (
        api.request(
            "GET",
            f"{BASE}/events/{event['id']}/schedule",
            headers={**headers, "If-None-Match": etag},
        ).status_code
        == 304
    )
    one_day = api.request(
        "GET", f"{BASE}/events/{event['id']}/schedule?date={days[0]['date']}", headers=headers
    ).json()
    assert len(one_day["days"]) == 1
    ical = api.request(
        "GET",
        f"{BASE}/events/{event['id']}/schedule",
        headers={**headers, "Accept": "text/calendar"},
    )
    assert ical.headers["content-type"].startswith("text/calendar")
    lines = ical.text.split("\r\n")
    assert lines[0] == "BEGIN:VCALENDAR"
    assert lines.count("BEGIN:VEVENT") == 4
    assert f"DTSTART:{at(2).replace('-', '').replace(':', '')}" in lines


def test_session_as_icalendar(
    api: Api,
    headers: dict[str, str],
    event: dict[str, Any],
    new_session: Callable[..., dict[str, Any]],
) -> None:
    created = new_session(room="Hall A")
    response = api.request(
        "GET",
        f"{sessions_url(event)}/{created['id']}",
        headers={**headers, "Accept": "text/calendar; q=1, application/json; q=0.5"},
    )
    assert response.status_code == 200
    lines = response.text.split("\r\n")
    assert "BEGIN:VEVENT" in lines and "SUMMARY:Designing webhooks" in lines
    assert any(line.startswith("LOCATION:Hall A") for line in lines)


def test_attendance_rules(
    api: Api,
    headers: dict[str, str],
    event: dict[str, Any],
    new_session: Callable[..., dict[str, Any]],
    add_registration: Callable[..., Any],
) -> None:
    created = new_session()
    url = f"{sessions_url(event)}/{created['id']}/attendance"
    confirmed = add_registration(event["id"], "confirmed")
    pending = add_registration(event["id"], "pending")
    body = {
        "registrationId": confirmed.id,
        "source": "badge_scan",
        "joinedAt": instant(30, 1),
        "leftAt": instant(30, 1.5),
    }
    recorded = api.request("POST", url, json=body, headers=headers)
    assert recorded.status_code == 201, recorded.text
    assert recorded.json()["durationMinutes"] == 30
    assert api.request("POST", url, json=body, headers=headers).status_code == 409
    not_attending = {"registrationId": pending.id, "source": "manual"}
    assert api.request("POST", url, json=not_attending, headers=headers).status_code == 422
    unknown = {"registrationId": "8fa85f64-5717-4562-b3fc-2c963f66afa6", "source": "manual"}
    assert api.request("POST", url, json=unknown, headers=headers).status_code == 422
    listed = api.request("GET", f"{url}?source=badge_scan", headers=headers).json()
    assert [r["registrationId"] for r in listed["data"]] == [confirmed.id]
    read = api.request("GET", f"{sessions_url(event)}/{created['id']}", headers=headers).json()
    assert read["attendanceCount"] == 1


def test_materials_visibility_limit_and_cancelled(
    api: Api,
    headers: dict[str, str],
    event: dict[str, Any],
    new_session: Callable[..., dict[str, Any]],
) -> None:
    created = new_session()
    url = f"{sessions_url(event)}/{created['id']}/materials"
    for visibility in ("public", "attendees", "speakers"):
        body = {
            "title": visibility,
            "type": "slides",
            "url": "https://x.example/s.pdf",
            "visibility": visibility,
        }
        assert api.request("POST", url, json=body, headers=headers).status_code == 201
    everyone = api.request("GET", url, headers=headers).json()
    assert {m["title"] for m in everyone["data"]} == {"public", "attendees", "speakers"}
    reader = api.bearer(["sessions.read"])
    shown = api.request("GET", url, headers=reader).json()
    assert {m["title"] for m in shown["data"]} == {"public", "attendees"}
    delete = api.request("DELETE", f"{sessions_url(event)}/{created['id']}", headers=headers)
    assert delete.status_code == 422  # it has materials
    cancel = f"{sessions_url(event)}/{created['id']}/cancel"
    api.request("POST", cancel, json={"reason": "r"}, headers=headers)
    body = {"title": "late", "type": "link", "url": "https://x.example", "visibility": "public"}
    assert api.request("POST", url, json=body, headers=headers).status_code == 422


def test_feedback_needs_attendance_once_and_summarises(
    api: Api,
    headers: dict[str, str],
    event: dict[str, Any],
    new_session: Callable[..., dict[str, Any]],
    add_registration: Callable[..., Any],
) -> None:
    created = new_session()
    base = f"{sessions_url(event)}/{created['id']}"
    people = [add_registration(event["id"], "confirmed") for _ in range(3)]
    for person in people[:2]:
        api.request(
            "POST",
            f"{base}/attendance",
            json={"registrationId": person.id, "source": "manual"},
            headers=headers,
        )
    early = api.request(
        "POST",
        f"{base}/feedback",
        json={"registrationId": people[0].id, "rating": 5},
        headers=headers,
    )
    assert early.status_code == 422  # not started yet
    backdate(api, created["id"])
    for person, rating in zip(people[:2], (5, 2), strict=True):
        body = {"registrationId": person.id, "rating": rating, "anonymous": rating == 2}
        assert (
            api.request("POST", f"{base}/feedback", json=body, headers=headers).status_code == 201
        )
    again = {"registrationId": people[0].id, "rating": 1}
    assert api.request("POST", f"{base}/feedback", json=again, headers=headers).status_code == 409
    absent = {"registrationId": people[2].id, "rating": 1}
    assert api.request("POST", f"{base}/feedback", json=absent, headers=headers).status_code == 422
    listed = api.request("GET", f"{base}/feedback?rating=2", headers=headers).json()
    assert [f["rating"] for f in listed["data"]] == [2]
    assert "registrationId" not in listed["data"][0]  # anonymous
    assert listed["summary"] == {
        "count": 2,
        "averageRating": 3.5,
        "distribution": {"1": 0, "2": 1, "3": 0, "4": 0, "5": 1},
    }
    read = api.request("GET", base, headers=headers).json()
    assert read["feedbackCount"] == 2 and read["averageRating"] == 3.5
    stats = api.request("GET", f"{BASE}/events/{event['id']}/statistics", headers=headers).json()
    assert stats["sessions"] == {
        "count": 1,
        "cancelled": 0,
        "totalAttendance": 2,
        "averageRating": 3.5,
    }


def test_delete_unused_session_then_gone(
    api: Api,
    headers: dict[str, str],
    event: dict[str, Any],
    new_session: Callable[..., dict[str, Any]],
) -> None:
    created = new_session()
    url = f"{sessions_url(event)}/{created['id']}"
    assert api.request("DELETE", url, headers=headers).status_code == 204
    assert api.request("GET", url, headers=headers).status_code == 404


def test_sessions_of_unknown_event_are_404(api: Api, headers: dict[str, str]) -> None:
    url = f"{BASE}/events/8fa85f64-5717-4562-b3fc-2c963f66afa6/sessions"
    assert api.request("GET", url, headers=headers).status_code == 404
    assert api.request("POST", url, json=session_body(), headers=headers).status_code == 404


def test_list_filters_by_type_track_and_text(
    api: Api,
    headers: dict[str, str],
    event: dict[str, Any],
    new_session: Callable[..., dict[str, Any]],
) -> None:
    keynote = new_session(type="keynote", title="Opening", track="main")
    new_session(start=2, type="workshop", title="Hands-on", track="labs")
    by_type = api.request("GET", f"{sessions_url(event)}?type=keynote", headers=headers).json()
    assert [s["id"] for s in by_type["data"]] == [keynote["id"]]
    by_track = api.request("GET", f"{sessions_url(event)}?track=labs", headers=headers).json()
    assert [s["title"] for s in by_track["data"]] == ["Hands-on"]
    by_text = api.request("GET", f"{sessions_url(event)}?q=OPEN", headers=headers).json()
    assert [s["title"] for s in by_text["data"]] == ["Opening"]
