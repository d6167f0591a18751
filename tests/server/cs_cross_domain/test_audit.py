"""X-Audit-Trail on every authenticated answer, the audit log read-back, per-domain limits."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.server.conftest import Api
from tests.server.cs_cross_domain.conftest import (
    BASE,
    assert_problem,
    get,
    post,
    serving,
    shipped_settings,
    unique,
)


def test_successful_request_links_its_audit_entry(api: Api, headers: dict[str, str]) -> None:
    customer_id = unique("cust_")
    response = api.request(
        "POST",
        f"{BASE}/marketing/triggers/{customer_id}",
        json={"health_score": 75, "risk_category": "monitor"},
        headers={**headers, "X-Request-ID": "req-audit-1"},
    )
    trail = response.headers["x-audit-trail"]
    assert trail.startswith(f"{BASE}/audit/aud_")
    entry = api.request("GET", trail, headers=headers).json()
    client_id = api.runtime.tokens.verify(headers["Authorization"].split()[1]).client_id
    assert entry["audit_id"] == trail.rsplit("/", 1)[1]
    assert entry["request_id"] == "req-audit-1"
    assert entry["client_id"] == client_id
    assert entry["method"] == "POST"
    assert entry["path"] == f"{BASE}/marketing/triggers/{customer_id}"
    assert entry["status"] == 202
    assert "cs-marketing.write" in entry["scopes"]


@pytest.mark.parametrize(
    ("method", "path", "body", "status"),
    [
        ("GET", "/marketing/campaigns/camp_999999", None, 404),
        ("POST", "/marketing/triggers/cust_1", {"health_score": 500}, 400),
        ("GET", "/operations/capacity/forecast?period=next_7d", None, 400),
    ],
)
def test_errors_are_audited_with_their_status(
    api: Api, headers: dict[str, str], method: str, path: str, body: object, status: int
) -> None:
    response = api.request(method, BASE + path, json=body, headers=headers)
    assert response.status_code == status
    entry = api.request("GET", response.headers["x-audit-trail"], headers=headers).json()
    assert entry["status"] == status
    assert entry["method"] == method


def test_forbidden_request_is_audited(api: Api) -> None:
    reader = api.bearer(["cs-marketing.read"])
    response = post(
        api, reader, "/marketing/triggers/cust_1", {"health_score": 1, "risk_category": "monitor"}
    )
    assert_problem(response, 403, "forbidden")
    entry = api.request("GET", response.headers["x-audit-trail"], headers=reader).json()
    assert entry["status"] == 403
    assert entry["scopes"] == ["cs-marketing.read"]


def test_unauthenticated_request_has_no_audit_trail(api: Api) -> None:
    response = api.request("GET", f"{BASE}/marketing/campaigns/camp_1")
    assert_problem(response, 401, "unauthorized")
    assert "x-audit-trail" not in response.headers
    bad = api.request(
        "GET", f"{BASE}/marketing/campaigns/camp_1", headers={"Authorization": "Bearer nope"}
    )
    assert bad.status_code == 401
    assert "x-audit-trail" not in bad.headers


def test_another_clients_entry_is_403_and_unknown_404(api: Api, headers: dict[str, str]) -> None:
    trail = get(api, headers, "/operations/capacity/forecast").headers["x-audit-trail"]
    other = api.bearer(["cs-finance.read"])
    assert_problem(api.request("GET", trail, headers=other), 403, "forbidden")
    assert_problem(get(api, headers, "/audit/aud_unknown0"), 404, "not-found")


def test_audit_read_needs_a_read_scope(api: Api) -> None:
    writer = api.bearer(["cs-marketing.write"])
    assert_problem(get(api, writer, "/audit/aud_unknown0"), 403, "forbidden")


@pytest.fixture
def limited_api(tmp_path: Path) -> Iterator[Api]:
    with serving(shipped_settings(tmp_path / "data", rate_limits_enabled=True)) as served:
        yield served


def test_each_domain_has_its_own_budget_and_429s_are_audited(limited_api: Api) -> None:
    api = limited_api
    headers = api.bearer(["cs-finance.read", "cs-operations.read"])
    for remaining in range(9, -1, -1):
        response = get(api, headers, "/finance/forecast/cust_1")
        assert response.status_code == 404
        assert response.headers["x-ratelimit-limit"] == "10"
        assert response.headers["x-ratelimit-remaining"] == str(remaining)
    limited = get(api, headers, "/finance/forecast/cust_1")
    assert_problem(limited, 429, "rate-limit")
    assert int(limited.headers["retry-after"]) >= 1
    entry = api.request("GET", limited.headers["x-audit-trail"], headers=headers)
    # The audit read counts against operations (20 a minute), not the exhausted finance budget.
    assert entry.status_code == 200
    assert entry.json()["status"] == 429
    assert entry.headers["x-ratelimit-limit"] == "20"
