"""Users over HTTP: profiles, roles and derived permissions, speaker profiles, preferences."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.server.conftest import Api
from tests.server.event_platform.conftest import BASE

USERS = f"{BASE}/users"
NewUser = Callable[..., dict[str, Any]]
PROFILE = {"headline": "API designer", "bio": "Builds integrations.", "expertise": ["apis"]}


def test_create_defaults_and_read_back(
    api: Api, headers: dict[str, str], new_user: NewUser
) -> None:
    user = new_user()
    assert user["roles"] == ["attendee"]
    assert user["locale"] == "en-US" and user["timezone"] == "UTC"
    assert user["hasSpeakerProfile"] is False
    read = api.request("GET", f"{USERS}/{user['id']}", headers=headers)
    assert read.json() == user
    again = api.request(
        "GET", f"{USERS}/{user['id']}", headers={**headers, "If-None-Match": read.headers["etag"]}
    )
    assert again.status_code == 304


def test_duplicate_email_is_409_case_insensitively(
    api: Api, headers: dict[str, str], new_user: NewUser
) -> None:
    user = new_user()
    body = {"email": user["email"].upper(), "firstName": "A", "lastName": "B"}
    response = api.request("POST", USERS, json=body, headers=headers)
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "CONFLICT"


def test_unknown_timezone_is_422(api: Api, headers: dict[str, str]) -> None:
    body = {
        "email": "tz@example.com",
        "firstName": "A",
        "lastName": "B",
        "timezone": "Nowhere/Land",
    }
    assert api.request("POST", USERS, json=body, headers=headers).status_code == 422


def test_update_with_if_match_and_stale_is_412(
    api: Api, headers: dict[str, str], new_user: NewUser
) -> None:
    user = new_user()
    url = f"{USERS}/{user['id']}"
    etag = api.request("GET", url, headers=headers).headers["etag"]
    changed = api.request(
        "PATCH", url, json={"company": "Acme"}, headers={**headers, "If-Match": etag}
    )
    assert changed.status_code == 200
    assert changed.json()["company"] == "Acme"
    stale = api.request("PATCH", url, json={"company": "X"}, headers={**headers, "If-Match": etag})
    assert stale.status_code == 412


def test_status_change_needs_an_admin_credential(api: Api, new_user: NewUser) -> None:
    user = new_user()
    url = f"{USERS}/{user['id']}"
    writer = api.bearer(["users.read", "users.write"])
    assert (
        api.request("PATCH", url, json={"status": "suspended"}, headers=writer).status_code == 403
    )
    admin = api.bearer(["users.read", "users.write", "users.privacy"])
    response = api.request("PATCH", url, json={"status": "suspended"}, headers=admin)
    assert response.status_code == 200
    assert response.json()["status"] == "suspended"


def test_list_searches_filters_and_paginates(
    api: Api, headers: dict[str, str], new_user: NewUser
) -> None:
    import uuid

    company = "Co" + uuid.uuid4().hex[:8]
    for name in ("Zed", "Abe", "Moe"):
        new_user(lastName=name, company=company)
    page = api.request("GET", f"{USERS}?q={company}&limit=2", headers=headers)
    body = page.json()
    assert [u["lastName"] for u in body["data"]] == ["Abe", "Moe"]
    assert body["pagination"]["totalItems"] == 3
    assert body["pagination"]["mode"] == "offset"
    assert 'rel="next"' in page.headers["link"]
    speakers = api.request("GET", f"{USERS}?q={company}&role=speaker", headers=headers)
    assert speakers.json()["data"] == []


def test_roles_derive_permissions(api: Api, headers: dict[str, str], new_user: NewUser) -> None:
    user = new_user()
    url = f"{USERS}/{user['id']}/roles"
    read = api.request("GET", url, headers=headers)
    assert read.json()["permissions"] == [
        "events.read",
        "payments.read",
        "registrations.read",
        "registrations.write",
        "sessions.read",
    ]
    etag = read.headers["etag"]
    staff = api.request(
        "PUT", url, json={"roles": ["staff"]}, headers={**headers, "If-Match": etag}
    )
    assert staff.status_code == 200
    assert "users.read" in staff.json()["permissions"]
    organizer = api.request("PUT", url, json={"roles": ["organizer"]}, headers=headers).json()
    assert "users.write" not in organizer["permissions"]
    assert "exports.write" in organizer["permissions"]
    assert "users.privacy" not in organizer["permissions"]
    admin = api.request("PUT", url, json={"roles": ["admin"]}, headers=headers).json()
    assert len(admin["permissions"]) == 15
    stale = api.request(
        "PUT", url, json={"roles": ["staff"]}, headers={**headers, "If-Match": etag}
    )
    assert stale.status_code == 412


def test_speaker_profile_create_replace_delete(
    api: Api, headers: dict[str, str], new_user: NewUser
) -> None:
    user = new_user()
    url = f"{USERS}/{user['id']}/speaker-profile"
    assert api.request("GET", url, headers=headers).status_code == 404
    created = api.request("PUT", url, json=PROFILE, headers=headers)
    assert created.status_code == 201
    assert created.headers["location"] == url
    refreshed = api.request("GET", f"{USERS}/{user['id']}", headers=headers).json()
    assert refreshed["hasSpeakerProfile"] is True
    assert "speaker" in refreshed["roles"]
    roles = f"{USERS}/{user['id']}/roles"
    assert (
        api.request("PUT", roles, json={"roles": ["attendee"]}, headers=headers).status_code == 422
    )
    replaced = api.request(
        "PUT",
        url,
        json={"headline": "New", "bio": "New bio"},
        headers={**headers, "If-Match": created.headers["etag"]},
    )
    assert replaced.status_code == 200
    assert replaced.json()["expertise"] == []  # absent optional fields are cleared
    assert api.request("DELETE", url, headers=headers).status_code == 204
    after = api.request("GET", f"{USERS}/{user['id']}", headers=headers).json()
    assert after["hasSpeakerProfile"] is False and "speaker" not in after["roles"]


def test_preferences_defaults_and_marketing_mirror(
    api: Api, headers: dict[str, str], new_user: NewUser
) -> None:
    user = new_user(locale="fr-FR", timezone="Europe/Paris")
    url = f"{USERS}/{user['id']}/preferences"
    prefs = api.request("GET", url, headers=headers).json()
    assert prefs["language"] == "fr-FR" and prefs["timezone"] == "Europe/Paris"
    assert prefs["notifications"]["email"]["marketing"] is False
    assert prefs["notifications"]["email"]["eventReminders"] is True
    assert prefs["calendarProvider"] == "none"
    assert prefs["consent"] == {"marketing": False, "analytics": False, "doNotSellOrShare": False}
    changed = api.request("PATCH", url, json={"consent": {"marketing": True}}, headers=headers)
    assert changed.status_code == 200
    assert changed.json()["notifications"]["email"]["marketing"] is True
    assert changed.json()["notifications"]["email"]["eventReminders"] is True
    clash = {"consent": {"marketing": True}, "notifications": {"email": {"marketing": False}}}
    assert api.request("PATCH", url, json=clash, headers=headers).status_code == 422
    sms = api.request("PATCH", url, json={"notifications": {"sms": True}}, headers=headers)
    assert sms.status_code == 422


def test_delete_user_organising_open_events_is_422(
    api: Api, headers: dict[str, str], new_user: NewUser, new_event: Callable[..., dict[str, Any]]
) -> None:
    organiser = new_user()
    new_event(organizerId=organiser["id"])
    url = f"{USERS}/{organiser['id']}"
    assert api.request("DELETE", url, headers=headers).status_code == 422
    free = new_user()
    assert api.request("DELETE", f"{USERS}/{free['id']}", headers=headers).status_code == 204
    assert api.request("GET", f"{USERS}/{free['id']}", headers=headers).status_code == 404
