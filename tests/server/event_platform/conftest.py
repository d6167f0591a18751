"""Fixtures for the event-platform: the server over the real spec and helpers to seed data."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from server.app import create_app
from server.settings import Settings
from server.storage.models.event_registrations import Registration
from tests.server.conftest import Api, database_url

REPO_SPECS = Path(__file__).resolve().parents[3] / "specs"
BASE = "/api/v1"
EP_SCOPES = [
    "events.read",
    "events.write",
    "registrations.read",
    "registrations.write",
    "users.read",
    "users.write",
    "users.privacy",
    "sessions.read",
    "sessions.write",
    "payments.read",
    "payments.write",
    "webhooks.read",
    "webhooks.write",
    "exports.read",
    "exports.write",
]


@pytest.fixture(scope="session")
def ep_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings(
        data_dir=tmp_path_factory.mktemp("event-platform") / "data",
        specs_dir=REPO_SPECS,
        database_url=database_url(),
        rate_limits_enabled=False,
    )


@pytest.fixture(scope="session")
def ep_api(ep_settings: Settings) -> Iterator[Api]:
    """One server over the real spec for the whole session (building it takes seconds).

    Tests share its database, so each creates its own rows and filters lists to them.
    """
    app = create_app(ep_settings)
    yield Api(app, app.runtime)
    app.runtime.close()


@pytest.fixture
def api(ep_api: Api) -> Api:
    return ep_api


@pytest.fixture(scope="session")
def headers(ep_api: Api) -> dict[str, str]:
    """A bearer token holding every event-platform scope."""
    return ep_api.bearer(EP_SCOPES)


def instant(days: float = 0, hours: float = 0) -> str:
    """An RFC 3339 instant relative to now (whole seconds)."""
    moment = datetime.now(UTC).replace(microsecond=0) + timedelta(days=days, hours=hours)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def event_body(**changes: Any) -> dict[str, Any]:
    """A valid in-person event starting in 30 days."""
    body: dict[str, Any] = {
        "title": "Integration Summit",
        "format": "in_person",
        "startTime": instant(30),
        "endTime": instant(31),
        "timezone": "America/Los_Angeles",
        "venue": {
            "name": "Moscone Center West",
            "address": {"line1": "800 Howard Street", "city": "San Francisco", "country": "US"},
        },
        "tags": ["api"],
    }
    body.update(changes)
    return body


@pytest.fixture
def new_event(api: Api, headers: dict[str, str]) -> Callable[..., dict[str, Any]]:
    """Create an event (optionally published) and return its JSON."""

    def create(publish: bool = False, **changes: Any) -> dict[str, Any]:
        response = api.request(
            "POST", f"{BASE}/events", json=event_body(**changes), headers=headers
        )
        assert response.status_code == 201, response.text
        event: dict[str, Any] = response.json()
        if publish:
            published = api.request("POST", f"{BASE}/events/{event['id']}/publish", headers=headers)
            assert published.status_code == 200, published.text
            event = published.json()
        return event

    return create


@pytest.fixture
def new_user(api: Api, headers: dict[str, str]) -> Callable[..., dict[str, Any]]:
    """Create a user with a unique email and return its JSON."""

    def create(**changes: Any) -> dict[str, Any]:
        body = {
            "email": f"ada-{uuid.uuid4().hex[:10]}@example.com",
            "firstName": "Ada",
            "lastName": "Lovelace",
            **changes,
        }
        response = api.request("POST", f"{BASE}/users", json=body, headers=headers)
        assert response.status_code == 201, response.text
        user: dict[str, Any] = response.json()
        return user

    return create


@pytest.fixture
def add_registration(api: Api) -> Callable[..., Registration]:
    """Store a registration directly (the registration operations are separate work)."""

    def add(event_id: str, status: str = "confirmed", **changes: Any) -> Registration:
        suffix = uuid.uuid4().hex[:8]
        email = changes.pop("email", f"guest-{suffix}@example.com")
        registration = Registration(
            id=str(uuid.uuid4()),
            event_id=event_id,
            status=status,
            first_name=changes.pop("first_name", "Grace"),
            last_name=changes.pop("last_name", f"Hopper{suffix}"),
            email=email,
            email_key=email.lower(),
            **changes,
        )
        with api.runtime.database.session() as session:
            session.add(registration)
        return registration

    return add
