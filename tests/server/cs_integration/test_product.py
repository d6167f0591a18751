"""cs-product: feature usage records, adoption insights derived from them, feedback."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from server.services.cs_integration.product import pearson
from tests.server.cs_integration.conftest import CsClient, assert_problem, own_database

USAGE = "/cs-product/usage"


def usage(customer_id: str, feature: str, adopted: bool, at: str | None = None) -> dict:
    body: dict[str, object] = {
        "customer_id": customer_id,
        "feature_id": feature,
        "adopted": adopted,
    }
    if at is not None:
        body["recorded_at"] = at
    return body


def handoff(customer_id: str, deal_value: float) -> dict:
    return {
        "customer_id": customer_id,
        "handoff_data": {
            "deal_value": deal_value,
            "contract_terms": "1_year",
            "key_stakeholders": ["a@example.com"],
            "success_criteria": ["adoption_target"],
        },
        "success_initiation": {
            "onboarding_start": "2025-01-01",
            "success_manager": "b@example.com",
            "first_check_in": "2025-01-02",
        },
    }


def test_usage_record_reads_back(cs: CsClient) -> None:
    customer_id = cs.customer()
    response = cs.post(USAGE, usage(customer_id, "feat_x", True, "2025-12-05T08:20:00Z"))
    created = cs.ok(response, 201)
    assert created["usage_id"].startswith("use_")
    assert created["recorded_at"] == "2025-12-05T08:20:00Z"
    assert response.headers["location"] == f"/api/v1{USAGE}/{created['usage_id']}"
    assert cs.ok(cs.get(f"{USAGE}/{created['usage_id']}")) == created
    now_default = cs.ok(cs.post(USAGE, usage(customer_id, "feat_x", False)), 201)
    assert now_default["recorded_at"][:10] == datetime.now(UTC).date().isoformat()


def test_usage_business_rules_are_422(cs: CsClient) -> None:
    problem = assert_problem(cs.post(USAGE, usage("cust_nobody", "feat_x", True)), 422)
    assert problem["errors"][0]["location"] == "body/customer_id"
    customer_id = cs.customer()
    ahead = (datetime.now(UTC) + timedelta(minutes=6)).strftime("%Y-%m-%dT%H:%M:%SZ")
    problem = assert_problem(cs.post(USAGE, usage(customer_id, "feat_x", True, ahead)), 422)
    assert problem["errors"][0]["location"] == "body/recorded_at"


def test_feature_without_usage_is_404(cs: CsClient) -> None:
    assert_problem(cs.get("/cs-product/adoption/feat_never_used"), 404, "/not-found")
    assert_problem(cs.get(f"{USAGE}/use_nothing"), 404)


@own_database
def test_adoption_by_segment_correlation_and_opportunities(fresh_cs: CsClient) -> None:
    cs = fresh_cs
    big = cs.customer(90)  # enterprise, adopted
    mid = cs.customer(80)  # mid_market, adopted later un-adopted: latest record wins
    small = cs.customer(40)  # small business, not adopted
    churned = cs.customer(30, stage="churned")  # small business, no record
    cs.ok(cs.post(f"/cs-sales/handoff/{big}", handoff(big, 200000)), 201)
    cs.ok(cs.post(f"/cs-sales/handoff/{mid}", handoff(mid, 50000)), 201)
    feature = "feat_analytics"
    cs.ok(cs.post(USAGE, usage(big, feature, True, "2025-12-01T00:00:00Z")), 201)
    cs.ok(cs.post(USAGE, usage(mid, feature, True, "2025-12-02T00:00:00Z")), 201)
    cs.ok(cs.post(USAGE, usage(mid, feature, False, "2025-11-01T00:00:00Z")), 201)  # older
    cs.ok(cs.post(USAGE, usage(small, feature, False, "2025-12-01T00:00:00Z")), 201)
    adoption = cs.ok(cs.get(f"/cs-product/adoption/{feature}"))
    adopted = [1, 1, 0, 0]
    scores = [90, 80, 40, 30]
    retained = [1, 1, 1, 0]
    assert adoption["adoption_metrics"] == {
        "overall_adoption": 0.5,
        "segment_adoption": {"enterprise": 1, "mid_market": 1, "small_business": 0},
    }
    link = round(pearson(adopted, scores), 2)
    assert adoption["success_correlation"] == {
        "adoption_success_link": link,
        "health_impact": "high",
        "retention_correlation": round(pearson(adopted, retained), 2),
    }
    assert adoption["improvement_opportunities"] == [
        "enhanced_onboarding",
        "training_content",
        "feature_discovery",
    ]
    assert churned  # counted as not adopted without a record


@own_database
def test_adoption_ties_take_the_later_received_record(fresh_cs: CsClient) -> None:
    cs = fresh_cs
    customer_id = cs.customer(80)
    at = "2025-12-01T00:00:00Z"
    cs.ok(cs.post(USAGE, usage(customer_id, "feat_tie", False, at)), 201)
    cs.ok(cs.post(USAGE, usage(customer_id, "feat_tie", True, at)), 201)
    adoption = cs.ok(cs.get("/cs-product/adoption/feat_tie"))
    assert adoption["adoption_metrics"]["overall_adoption"] == 1
    # every customer adopted: no variance, correlations are 0, nothing to improve
    assert adoption["success_correlation"]["adoption_success_link"] == 0
    assert adoption["success_correlation"]["health_impact"] == "low"
    assert adoption["improvement_opportunities"] == []


@pytest.mark.parametrize(
    ("xs", "ys", "expected"),
    [([1, 0], [10, 5], 1.0), ([1, 0, 1], [0, 1, 0], -1.0), ([1, 1], [3, 4], 0.0), ([], [], 0.0)],
)
def test_pearson(xs: list[float], ys: list[float], expected: float) -> None:
    assert pearson(xs, ys) == pytest.approx(expected)


def test_feedback_is_stored_as_received(cs: CsClient) -> None:
    customer_id = cs.customer()
    body = {
        "customer_id": customer_id,
        "feedback": {
            "type": "feature_request",
            "category": "workflow_automation",
            "priority": "high",
            "business_impact": "critical_for_success",
            "description": "Need automated health score triggers",
        },
        "success_context": {
            "health_impact": "churn_risk_reduction",
            "efficiency_gain": "40% reduction in manual work",
            "customer_value": "proactive_success_intervention",
        },
    }
    response = cs.post("/cs-product/feedback", body)
    created = cs.ok(response, 201)
    assert created["delivery_status"] == "received"
    assert created["feedback"] == body["feedback"]
    assert cs.ok(cs.get(f"/cs-product/feedback/{created['feedback_id']}")) == created
    body["customer_id"] = "cust_nobody"
    assert_problem(cs.post("/cs-product/feedback", body), 422)
    assert_problem(cs.get("/cs-product/feedback/fb_nothing"), 404)


def test_usage_needs_the_product_write_scope(cs: CsClient, client_with) -> None:
    customer_id = cs.customer()
    reader = client_with(["cs-product.read"])
    assert_problem(reader.post(USAGE, usage(customer_id, "feat_x", True)), 403)
