"""GDPR/CCPA: the personal-data export holds the user's data; erasure removes or anonymises it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from tests.server.conftest import Api
from tests.server.event_platform.conftest import BASE, instant

USERS = f"{BASE}/users"


def _session_with_feedback(
    api: Api, headers: dict[str, str], event_id: str, registration_id: str
) -> str:
    from server.storage.models.event_platform import Session

    sessions = f"{BASE}/events/{event_id}/sessions"
    created = api.request(
        "POST",
        sessions,
        json={
            "title": "Talk",
            "type": "talk",
            "startTime": instant(30, 1),
            "endTime": instant(30, 2),
        },
        headers=headers,
    ).json()
    url = f"{sessions}/{created['id']}"
    attended = api.request(
        "POST",
        f"{url}/attendance",
        json={"registrationId": registration_id, "source": "manual"},
        headers=headers,
    )
    assert attended.status_code == 201, attended.text
    with api.runtime.database.session() as db:  # the talk has happened
        row = db.get(Session, created["id"])
        assert row is not None
        row.start_time = datetime.now(UTC) - timedelta(hours=1)
    feedback = api.request(
        "POST",
        f"{url}/feedback",
        json={
            "registrationId": registration_id,
            "rating": 4,
            "comment": "Great",
            "anonymous": True,
        },
        headers=headers,
    )
    assert feedback.status_code == 201, feedback.text
    return url


def test_export_holds_profile_preferences_registrations_and_feedback(
    api: Api,
    headers: dict[str, str],
    new_user: Callable[..., dict[str, Any]],
    new_event: Callable[..., dict[str, Any]],
    add_registration: Callable[..., Any],
) -> None:
    user = new_user()
    api.request(
        "PUT",
        f"{USERS}/{user['id']}/speaker-profile",
        json={"headline": "H", "bio": "B"},
        headers=headers,
    )
    event = new_event(startTime=instant(29), endTime=instant(31))
    by_id = add_registration(event["id"], "confirmed", user_id=user["id"])
    by_email = add_registration(event["id"], "pending", email=user["email"].upper())
    add_registration(event["id"], "confirmed")  # someone else
    _session_with_feedback(api, headers, event["id"], by_id.id)
    response = api.request("GET", f"{USERS}/{user['id']}/personal-data", headers=headers)
    assert response.status_code == 200
    assert response.headers["cache-control"] == "no-store"
    assert f"personal-data-{user['id']}.json" in response.headers["content-disposition"]
    data = response.json()
    assert data["profile"]["email"] == user["email"]
    assert data["preferences"]["userId"] == user["id"]
    assert data["speakerProfile"]["headline"] == "H"
    assert sorted(r["id"] for r in data["registrations"]) == sorted([by_id.id, by_email.id])
    assert data["payments"] == []
    [feedback] = data["sessionFeedback"]
    assert feedback["registrationId"] == by_id.id  # revealed to its author despite anonymous
    assert feedback["comment"] == "Great"


def test_erasure_deletes_account_and_anonymises_registrations(
    api: Api,
    headers: dict[str, str],
    new_user: Callable[..., dict[str, Any]],
    new_event: Callable[..., dict[str, Any]],
    add_registration: Callable[..., Any],
) -> None:
    from sqlalchemy import select

    from server.storage.models.event_platform import SessionAttendance, SessionFeedback
    from server.storage.models.event_registrations import Registration

    user = new_user(phone="+14155550100")
    event = new_event(startTime=instant(29), endTime=instant(31))
    registration = add_registration(
        event["id"], "confirmed", user_id=user["id"], company="Acme", notes="vegan"
    )
    _session_with_feedback(api, headers, event["id"], registration.id)
    response = api.request(
        "POST", f"{USERS}/{user['id']}/erasure", json={"regulation": "gdpr"}, headers=headers
    )
    assert response.status_code == 200, response.text
    receipt = response.json()
    assert receipt["userId"] == user["id"] and receipt["regulation"] == "gdpr"
    assert {"profile", "preferences", "registrations", "session_feedback"} <= set(receipt["erased"])
    assert user["email"] not in response.text
    assert api.request("GET", f"{USERS}/{user['id']}", headers=headers).status_code == 404
    with api.runtime.database.session() as db:
        row = db.get(Registration, registration.id)
        assert row is not None
        assert (row.first_name, row.last_name) == ("erased", "erased")
        assert row.email == f"erased-{registration.id}@invalid.example"
        assert row.company is None and row.notes is None and row.user_id is None
        assert row.status == "confirmed"  # ids, status and dates are kept
        attendance = db.scalars(
            select(SessionAttendance).where(SessionAttendance.registration_id == registration.id)
        ).all()
        assert attendance == []
        feedback = db.scalars(
            select(SessionFeedback).where(SessionFeedback.registration_id == registration.id)
        ).one()
        assert feedback.comment is None


def test_erasure_during_an_event_in_progress_is_422(
    api: Api,
    headers: dict[str, str],
    new_user: Callable[..., dict[str, Any]],
    new_event: Callable[..., dict[str, Any]],
    add_registration: Callable[..., Any],
) -> None:
    from server.storage.models.event_platform import Event

    user = new_user()
    event = new_event(publish=True)
    with api.runtime.database.session() as db:
        row = db.get(Event, event["id"])
        assert row is not None
        row.start_time = datetime.now(UTC) - timedelta(hours=1)
    add_registration(event["id"], "confirmed", user_id=user["id"])
    response = api.request(
        "POST", f"{USERS}/{user['id']}/erasure", json={"regulation": "ccpa"}, headers=headers
    )
    assert response.status_code == 422
    assert api.request("GET", f"{USERS}/{user['id']}", headers=headers).status_code == 200


def test_privacy_operations_need_the_privacy_scope(
    api: Api, new_user: Callable[..., dict[str, Any]]
) -> None:
    user = new_user()
    plain = api.bearer(["users.read", "users.write"])
    url = f"{USERS}/{user['id']}/personal-data"
    assert api.request("GET", url, headers=plain).status_code == 403
