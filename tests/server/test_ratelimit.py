"""Rate limits: headers on every answer, 429 with Retry-After over the limit, per client."""

from __future__ import annotations

from server.middleware.ratelimit import FixedWindowCounter, Limit
from tests.server.conftest import Api

CUSTOMERS = "/api/v1/cs-integration/customers"


def test_limit_headers_then_429_with_retry_after(make_api) -> None:
    api: Api = make_api(rate_limits_enabled=True, rate_limit_overrides={"cs-integration": "2/60"})
    headers = api.bearer(["customers.read"])
    first = api.request("GET", CUSTOMERS, headers=headers)
    assert first.status_code == 200
    assert first.headers["x-ratelimit-limit"] == "2"
    assert first.headers["x-ratelimit-remaining"] == "1"
    assert int(first.headers["x-ratelimit-reset"]) > 0
    assert api.request("GET", CUSTOMERS, headers=headers).status_code == 200
    limited = api.request("GET", CUSTOMERS, headers=headers)
    assert limited.status_code == 429
    assert limited.headers["content-type"] == "application/problem+json"
    assert 1 <= int(limited.headers["retry-after"]) <= 60
    assert limited.json()["type"] == "/problems/rate-limit-exceeded"
    # Another client has its own budget.
    assert api.request("GET", CUSTOMERS, headers=api.bearer(["customers.read"])).status_code == 200


def test_event_platform_429_uses_its_envelope(make_api) -> None:
    api: Api = make_api(rate_limits_enabled=True, rate_limit_overrides={"event-platform": "1/60"})
    headers = api.bearer(["events.read"])
    api.request("GET", "/api/v1/probes", headers=headers)
    limited = api.request("GET", "/api/v1/probes", headers=headers)
    assert limited.status_code == 429
    assert limited.json()["error"]["code"] == "RATE_LIMIT_EXCEEDED"
    assert "retry-after" in limited.headers


def test_event_platform_limits_follow_the_client_type_table(make_api) -> None:
    from server.apis.event_platform import API, limits
    from server.auth.principal import Caller

    assert API.name == "event-platform"
    assert limits(Caller("ip:1", "anonymous"), "/api/v1/events") == Limit(30, 60)
    assert limits(Caller("client:a", "user"), "/api/v1/events") == Limit(60, 60)
    assert limits(Caller("client:a", "partner"), "/api/v1/events") == Limit(300, 60)
    assert limits(Caller("client:a", "internal"), "/api/v1/events") == Limit(600, 60)


def test_cs_cross_domain_counts_each_domain_separately() -> None:
    from server.apis.cs_cross_domain import API
    from server.auth.principal import Caller

    policy = API.rate_policy(None)
    caller = Caller("client:a", "partner")
    marketing = policy(caller, "/v1/cs-integrations/marketing/triggers/cust_1")
    finance = policy(caller, "/v1/cs-integrations/finance/forecast/cust_1")
    audit = policy(caller, "/v1/cs-integrations/audit/a1")
    operations = policy(caller, "/v1/cs-integrations/operations/capacity/forecast")
    assert marketing[1] == Limit(50, 60)
    assert finance[1] == Limit(10, 60)
    assert marketing[0] != finance[0]
    assert audit == operations


def test_window_resets_after_its_end() -> None:
    now = [1000.0]
    counter = FixedWindowCounter(clock=lambda: now[0])
    limit = Limit(1, 60)
    assert counter.hit("k", limit)[0]
    assert not counter.hit("k", limit)[0]
    now[0] = 1080.0
    assert counter.hit("k", limit)[0]
