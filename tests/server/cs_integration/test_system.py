"""``/cs-integration/metrics`` counts stored data; deleting a customer deletes its records."""

from __future__ import annotations

import pytest
import yaml

from server.settings import Settings
from tests.server.cs_integration.conftest import SCOPES, CsClient, assert_problem, own_database


@own_database
def test_metrics_count_requests_customers_webhooks_and_events(fresh_cs: CsClient) -> None:
    cs = fresh_cs
    customer_id = cs.customer()
    event = {
        "customer_id": customer_id,
        "previous_score": 80,
        "new_score": 60,
        "change_reason": "decreased_usage",
        "timestamp": "2025-12-05T08:20:00Z",
    }
    cs.ok(cs.post("/cs-integration/events/health-change", event), 201)
    cs.ok(
        cs.post(
            "/cs-integration/webhooks",
            {"url": "https://h.example.com/a", "events": ["customer.created"]},
        ),
        201,
    )
    cs.get(f"/cs-marketing/health/{customer_id}")
    cs.get("/cs-ops/performance")
    cs.get("/cs-marketing/campaigns/camp_missing")  # a 404 is still an answered request
    metrics = cs.ok(cs.get("/cs-integration/metrics"))
    assert metrics["customers_total"] == 1
    assert metrics["webhooks_active"] == 1
    assert metrics["health_events_last_24h"] == 1
    by_domain = metrics["requests_by_domain"]
    assert by_domain["cs-marketing"] == 2 and by_domain["cs-ops"] == 1
    assert by_domain["cs-integration"] == 3  # this metrics request is not counted yet
    assert metrics["requests_total"] == sum(by_domain.values())
    assert metrics["error_rate"] == 0
    again = cs.ok(cs.get("/cs-integration/metrics"))
    assert again["requests_by_domain"]["cs-integration"] == 4


def test_health_is_public(cs: CsClient) -> None:
    response = cs.api.request("GET", "/api/v1/cs-integration/health")
    body = cs.ok(response)
    assert body["status"] == "ok" and body["checks"] == {"database": "ok"}


def test_health_reports_the_served_specs_version(cs: CsClient) -> None:
    spec = yaml.safe_load((Settings().specs_dir / "cs-integration.yaml").read_text())
    body = cs.ok(cs.api.request("GET", "/api/v1/cs-integration/health"))
    assert body["version"] == spec["info"]["version"]


def test_deleting_a_customer_deletes_what_was_recorded_for_it(cs: CsClient) -> None:
    customer_id = cs.customer()
    event = cs.ok(
        cs.post(
            "/cs-integration/events/health-change",
            {
                "customer_id": customer_id,
                "previous_score": 80,
                "new_score": 60,
                "change_reason": "decreased_usage",
                "timestamp": "2025-12-05T08:20:00Z",
            },
        ),
        201,
    )
    usage = cs.ok(
        cs.post(
            "/cs-product/usage",
            {"customer_id": customer_id, "feature_id": "feat_gone", "adopted": True},
        ),
        201,
    )
    milestone = cs.ok(
        cs.post(
            f"/cs-sales/milestones/{customer_id}",
            {"milestone": "renewal_committed", "achieved_on": "2025-01-01"},
        ),
        201,
    )
    assert cs.delete(f"/cs-integration/customers/{customer_id}").status_code == 204
    assert_problem(cs.get(f"/cs-integration/events/health-change/{event['event_id']}"), 404)
    assert_problem(cs.get(f"/cs-product/usage/{usage['usage_id']}"), 404)
    assert_problem(cs.get("/cs-product/adoption/feat_gone"), 404)
    assert_problem(cs.get(f"/cs-sales/milestones/{customer_id}/{milestone['milestone_id']}"), 404)
    assert_problem(cs.get(f"/cs-marketing/journey/{customer_id}/status"), 404)


@pytest.mark.parametrize(
    ("method", "path", "scope"),
    [
        ("GET", "/cs-integration/metrics", "cs-integration.read"),
        ("GET", "/cs-marketing/campaigns/camp_x", "cs-marketing.read"),
        ("POST", "/cs-marketing/journey/cust_x", "cs-marketing.write"),
        ("GET", "/cs-sales/expansion/cust_x", "cs-sales.read"),
        ("POST", "/cs-sales/milestones/cust_x", "cs-sales.write"),
        ("GET", "/cs-product/adoption/feat_x", "cs-product.read"),
        ("POST", "/cs-product/feedback", "cs-product.write"),
        ("GET", "/cs-finance/forecast/fc_x", "cs-finance.read"),
        ("POST", "/cs-finance/forecast", "cs-finance.write"),
        ("GET", "/cs-ops/performance", "cs-ops.read"),
        ("POST", "/cs-ops/workflows/cust_x", "cs-ops.write"),
    ],
)
def test_each_operation_needs_its_own_scope(
    client_with, method: str, path: str, scope: str
) -> None:
    lacking = client_with([s for s in SCOPES if s != scope])
    problem = assert_problem(lacking.call(method, path, json={}), 403, "/forbidden")
    assert problem["status"] == 403
    unauthenticated = lacking.api.request(method, "/api/v1" + path, json={})
    assert_problem(unauthenticated, 401, "/unauthorized")
