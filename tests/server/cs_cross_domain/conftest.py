"""Fixtures: the server over the real cs-cross-domain spec, a fully scoped client, ids."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast

import pytest

from server.app import create_app
from server.dispatch import ApiDispatcher
from server.settings import DEFAULT_SPECS_DIR, Settings
from tests.server.conftest import Api, database_url

BASE = "/v1/cs-integrations"
READ_WRITE = [
    f"cs-{domain}.{access}"
    for domain in ("marketing", "sales", "product", "finance", "operations")
    for access in ("read", "write")
]
PROBLEM = "application/problem+json"

#: Rules over every record (adoption rates, capacity) need a database of this test's own.
needs_own_database = pytest.mark.skipif(
    bool(database_url()), reason="counts every stored record; the shared database has others"
)


def shipped_settings(data_dir: Path, **changes: Any) -> Settings:
    """The shipped specs (not the server's small test specs), rate limits off."""
    base = Settings(
        data_dir=data_dir,
        specs_dir=DEFAULT_SPECS_DIR,
        database_url=database_url(),
        rate_limits_enabled=False,
    )
    return base.with_changes(**changes) if changes else base


@contextmanager
def serving(configured: Settings) -> Iterator[Api]:
    """The whole server in-process; its database connections are closed afterwards."""
    app = cast(ApiDispatcher, create_app(configured))
    try:
        yield Api(app, app.runtime)
    finally:
        app.runtime.close()


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    """One server per test module (building it takes seconds); tests use their own ids."""
    with serving(shipped_settings(tmp_path_factory.mktemp("data"))) as served:
        yield served


@pytest.fixture
def fresh_api(tmp_path: Path) -> Iterator[Api]:
    """A server with a database of its own, for rules that count every stored record."""
    with serving(shipped_settings(tmp_path / "data")) as served:
        yield served


@pytest.fixture(scope="module")
def headers(api: Api) -> dict[str, str]:
    """A bearer token with every cs-cross-domain scope."""
    return api.bearer(READ_WRITE)


def unique(prefix: str) -> str:
    """An identifier no other test uses (tests may share one PostgreSQL database)."""
    return prefix + uuid.uuid4().hex[:12]


def assert_problem(response: Any, status: int, kind: str) -> dict[str, Any]:
    """``response`` is an RFC 7807 problem of ``status`` and type ``.../errors/<kind>``."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].split(";")[0] == PROBLEM
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["type"] == f"https://api.penguinmails.com/errors/{kind}"
    assert body["instance"] == response.request.url.path
    return body


def post(api: Api, headers: dict[str, str], path: str, body: dict[str, Any]) -> Any:
    """POST ``body`` to a path of this API."""
    return api.request("POST", BASE + path, json=body, headers=headers)


def get(api: Api, headers: dict[str, str], path: str) -> Any:
    """GET a path of this API."""
    return api.request("GET", BASE + path, headers=headers)


def trigger(
    api: Api, headers: dict[str, str], customer_id: str, score: int, risk: str = "monitor"
) -> dict[str, Any]:
    """Record a marketing trigger; its body."""
    response = post(
        api,
        headers,
        f"/marketing/triggers/{customer_id}",
        {"health_score": score, "risk_category": risk},
    )
    assert response.status_code == 202, response.text
    created: dict[str, Any] = response.json()
    return created


def forecast(
    api: Api,
    headers: dict[str, str],
    customer_id: str,
    probability: float,
    scenarios: dict[str, str] | None = None,
) -> dict[str, Any]:
    """Store a forecast version with an interval around ``probability``; its body."""
    body: dict[str, Any] = {
        "renewal_probability": probability,
        "confidence_interval": [max(0.0, probability - 0.05), min(1.0, probability + 0.05)],
    }
    if scenarios is not None:
        body["scenarios"] = scenarios
    response = post(api, headers, f"/finance/forecast/{customer_id}", body)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def feedback(
    api: Api, headers: dict[str, str], customer_id: str, feature_id: str, impact: int
) -> dict[str, Any]:
    """Submit feedback; the ticket."""
    body = {
        "customer_id": customer_id,
        "feature_id": feature_id,
        "impact_score": impact,
        "evidence": "usage_screenshot_url",
    }
    response = post(api, headers, "/product/feedback", body)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def handoff(
    api: Api,
    headers: dict[str, str],
    deal_id: str,
    customer_id: str | None,
    nps_target: float | None = 8.5,
    plan: str = "sp_456",
) -> Any:
    """Complete a handoff; the response."""
    body: dict[str, Any] = {"success_plan_id": plan, "baseline_kpis": {}}
    if nps_target is not None:
        body["baseline_kpis"]["nps_target"] = nps_target
    if customer_id is not None:
        body["customer_id"] = customer_id
    return post(api, headers, f"/sales/handoff/complete/{deal_id}", body)
