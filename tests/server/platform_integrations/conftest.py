"""Fixtures: the server over the real platform-integrations spec, tokens, publishers, bodies."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from server.services.platform_integrations import clock
from server.settings import DEFAULT_SPECS_DIR, Settings
from tests.server.conftest import Api, database_url
from tests.server.cs_cross_domain.conftest import serving

BASE = "/api/integrations"
SCOPES = ["integrations.read", "integrations.write"]
ITERABLE_KEY = "3f9a1c2b4d5e6f708192a3b4c5d6e7f8"
CIO_SITE, CIO_KEY, CIO_TRACKING = (
    "4e2b9c0d1a7f3e5b6c8d",
    "9a8b7c6d5e4f3a2b1c0d",
    "0f1e2d3c4b5a69788796",
)
KEAP_SECRET, KEAP_ACCESS, KEAP_REFRESH = (
    "s3cr3t-k3ap-cl1ent",
    "7Hq2LmX9pR4tV8wZ1bC3dF5g",
    "Rf8kP2nQ6sT0vX4yZ7aB9cD1",
)
#: Every credential the tests submit; none may ever appear in a response.
SECRETS = (ITERABLE_KEY, CIO_KEY, CIO_TRACKING, KEAP_SECRET, KEAP_ACCESS, KEAP_REFRESH)


def shipped_settings(data_dir: Path) -> Settings:
    """The shipped specs (not the server's small test specs), rate limits off."""
    return Settings(
        data_dir=data_dir,
        specs_dir=DEFAULT_SPECS_DIR,
        database_url=database_url(),
        rate_limits_enabled=False,
    )


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    """One server per test module (building it takes seconds); tests use their own ids."""
    with serving(shipped_settings(tmp_path_factory.mktemp("data"))) as served:
        yield served


@pytest.fixture(scope="module")
def operator(api: Api) -> dict[str, str]:
    """A token without a publisher binding, with both scopes."""
    return api.bearer(SCOPES)


@pytest.fixture
def publisher() -> str:
    """A publisher id no other test uses."""
    return "pub_" + uuid.uuid4().hex[:12]


class Clock:
    """A settable stand-in for the services' clock."""

    def __init__(self, start: datetime) -> None:
        self.current = start

    def __call__(self) -> datetime:
        return self.current


@pytest.fixture
def frozen(monkeypatch: pytest.MonkeyPatch) -> Clock:
    """Freeze the platform-integrations clock at the current time; move it by hand."""
    fake = Clock(clock.now())
    monkeypatch.setattr(clock, "now", fake)
    return fake


def iterable_body(publisher: str, **changes: Any) -> dict[str, Any]:
    """A valid Iterable connect request."""
    return {"publisherId": publisher, "apiKey": ITERABLE_KEY, "region": "us", **changes}


def customerio_body(publisher: str, **changes: Any) -> dict[str, Any]:
    """A valid Customer.io connect request."""
    return {"publisherId": publisher, "siteId": CIO_SITE, "apiKey": CIO_KEY, **changes}


def keap_body(publisher: str, **changes: Any) -> dict[str, Any]:
    """A valid Keap connect request."""
    return {
        "publisherId": publisher,
        "clientId": "sharpsend-keap-client",
        "clientSecret": KEAP_SECRET,
        "accessToken": KEAP_ACCESS,
        "refreshToken": KEAP_REFRESH,
        **changes,
    }


BODIES = {"iterable": iterable_body, "customerio": customerio_body, "keap": keap_body}


def connect(
    api: Api, headers: dict[str, str], platform: str, publisher: str, **changes: Any
) -> Any:
    """Connect ``publisher`` to ``platform``; the response."""
    body = BODIES[platform](publisher, **changes)
    return api.request("POST", f"{BASE}/{platform}/connect", json=body, headers=headers)


def assert_error(response: Any, status: int, code: str) -> str:
    """``response`` is the seed 004 error body with ``status`` and ``code``; its message."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].split(";")[0] == "application/json"
    body = response.json()
    assert set(body) == {"success", "error", "code"}
    assert body["success"] is False
    assert body["code"] == code
    assert not any(secret in body["error"] for secret in SECRETS)
    message: str = body["error"]
    return message
