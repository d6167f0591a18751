"""cs-sales: handoffs, success milestones and the expansion pipeline derived from them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from server.services.cs_integration.periods import next_quarter
from tests.server.cs_integration.conftest import CsClient, assert_problem


def today() -> datetime:
    return datetime.now(UTC)


def handoff(customer_id: str, deal_value: float = 150000, **initiation: str) -> dict:
    return {
        "customer_id": customer_id,
        "handoff_data": {
            "deal_value": deal_value,
            "contract_terms": "3_year",
            "key_stakeholders": ["john.doe@company.com"],
            "success_criteria": ["adoption_target"],
        },
        "success_initiation": {
            "onboarding_start": "2025-12-05",
            "success_manager": "sarah.smith@company.com",
            "first_check_in": "2025-12-12",
            **initiation,
        },
    }


def milestone(kind: str, days_ago: int = 10) -> dict:
    achieved = (today() - timedelta(days=days_ago)).date().isoformat()
    return {"milestone": kind, "achieved_on": achieved}


def test_handoff_snapshots_baseline_and_hands_over(cs: CsClient) -> None:
    customer_id = cs.customer(85, adoption_rate=0.75, engagement_score=8.2, nps_score=45)
    url = f"/cs-sales/handoff/{customer_id}"
    response = cs.post(url, handoff(customer_id))
    created = cs.ok(response, 201)
    assert created["status"] == "completed" and created["customer_segment"] == "enterprise"
    assert created["baseline_metrics"] == {
        "health_score": 85,
        "adoption_rate": 0.75,
        "engagement_score": 8.2,
        "nps_score": 45,
    }
    assert response.headers["location"] == f"/api/v1{url}"
    assert cs.ok(cs.get(url)) == created
    customer = cs.ok(cs.get(f"/cs-integration/customers/{customer_id}"))
    assert customer["integration_status"]["sales"] == "handed_off"
    assert_problem(cs.post(url, handoff(customer_id)), 409, "/conflict")


def test_company_segment_from_deal_value(cs: CsClient) -> None:
    for value, segment in (
        (100000, "enterprise"),
        (99999.5, "mid_market"),
        (25000, "mid_market"),
        (24999, "small_business"),
    ):
        customer_id = cs.customer()
        created = cs.ok(
            cs.post(f"/cs-sales/handoff/{customer_id}", handoff(customer_id, value)), 201
        )
        assert created["customer_segment"] == segment


def test_handoff_business_rules_are_422(cs: CsClient) -> None:
    customer_id = cs.customer()
    url = f"/cs-sales/handoff/{customer_id}"
    problem = assert_problem(cs.post(url, handoff("cust_someoneelse")), 422)
    assert problem["errors"][0]["location"] == "body/customer_id"
    problem = assert_problem(cs.post(url, handoff(customer_id, first_check_in="2025-12-04")), 422)
    assert problem["errors"][0]["location"] == "body/success_initiation/first_check_in"
    assert_problem(cs.get(url), 404)  # nothing was stored


def test_handoff_of_unknown_customer_is_404(cs: CsClient) -> None:
    assert_problem(cs.post("/cs-sales/handoff/cust_nobody", handoff("cust_nobody")), 404)
    assert_problem(cs.get("/cs-sales/handoff/cust_nobody"), 404)


def test_milestones_record_read_withdraw(cs: CsClient) -> None:
    customer_id = cs.customer()
    url = f"/cs-sales/milestones/{customer_id}"
    response = cs.post(url, {**milestone("achieved_roi_target"), "notes": "signed off"})
    created = cs.ok(response, 201)
    assert created["notes"] == "signed off"
    item = f"{url}/{created['milestone_id']}"
    assert response.headers["location"] == f"/api/v1{item}"
    assert cs.ok(cs.get(item)) == created
    assert_problem(cs.post(url, milestone("achieved_roi_target", 3)), 409)
    other = cs.customer()
    assert_problem(cs.get(f"/cs-sales/milestones/{other}/{created['milestone_id']}"), 404)
    assert cs.delete(item).status_code == 204
    assert_problem(cs.get(item), 404)
    cs.ok(cs.post(url, milestone("achieved_roi_target")), 201)  # withdrawn, may be recorded again


def test_milestone_after_today_is_422(cs: CsClient) -> None:
    customer_id = cs.customer()
    problem = assert_problem(
        cs.post(f"/cs-sales/milestones/{customer_id}", milestone("renewal_committed", -1)), 422
    )
    assert problem["errors"][0]["location"] == "body/achieved_on"
    cs.ok(cs.post(f"/cs-sales/milestones/{customer_id}", milestone("renewal_committed", 0)), 201)


def test_expansion_without_handoff_has_no_opportunities(cs: CsClient) -> None:
    customer_id = cs.customer(85, adoption_rate=0.75)
    expansion = cs.ok(cs.get(f"/cs-sales/expansion/{customer_id}"))
    # round(0.6 * 85 + 20 * 0.75 + 0) = 66
    assert expansion == {
        "expansion_readiness": {
            "score": 66,
            "readiness_factors": ["high_product_adoption", "strong_health_score"],
        },
        "opportunities": [],
        "success_evidence": [],
    }


def test_expansion_score_factors_opportunities_and_evidence(cs: CsClient) -> None:
    customer_id = cs.customer(80, adoption_rate=0.65)
    url = f"/cs-sales/milestones/{customer_id}"
    cs.ok(cs.post(url, milestone("executive_sponsorship", 200)), 201)
    cs.ok(cs.post(url, milestone("achieved_adoption_target", 120)), 201)
    cs.ok(cs.post(url, milestone("achieved_roi_target", 89)), 201)  # recent (90 days)
    cs.ok(cs.post(f"/cs-sales/handoff/{customer_id}", handoff(customer_id, 150001)), 201)
    expansion = cs.ok(cs.get(f"/cs-sales/expansion/{customer_id}"))
    # round(48 + 13 + 12) = 73 -> probability 0.70
    assert expansion["expansion_readiness"] == {
        "score": 73,
        "readiness_factors": ["strong_health_score", "recent_success_milestones"],
    }
    quarter = next_quarter(today().date())
    assert expansion["opportunities"] == [
        {
            "type": "upsell",
            "product": "premium_features",
            "value_estimate": 50000,
            "probability": 0.7,
            "timeline": quarter,
        },
        {
            "type": "cross_sell",
            "product": "integration_suite",
            "value_estimate": 30000,
            "probability": 0.7,
            "timeline": quarter,
        },
    ]
    assert expansion["success_evidence"] == [
        "executive_sponsorship",
        "achieved_adoption_target",
        "achieved_roi_target",
    ]


def test_milestones_older_than_90_days_are_not_recent_and_score_caps_at_five(cs: CsClient) -> None:
    customer_id = cs.customer(50, adoption_rate=0.5)
    url = f"/cs-sales/milestones/{customer_id}"
    kinds = [
        "achieved_roi_target",
        "achieved_adoption_target",
        "executive_sponsorship",
        "expansion_requested_by_customer",
        "renewal_committed",
        "case_study_published",
    ]
    for kind in kinds:
        cs.ok(cs.post(url, milestone(kind, 90)), 201)
    expansion = cs.ok(cs.get(f"/cs-sales/expansion/{customer_id}"))
    # round(30 + 10 + 4 * 5) = 60; no handoff, so still no opportunities
    assert expansion["expansion_readiness"] == {"score": 60, "readiness_factors": []}
    assert expansion["opportunities"] == []


def test_next_quarter_wraps_the_year() -> None:
    assert next_quarter(datetime(2025, 12, 31).date()) == "q1_2026"
    assert next_quarter(datetime(2026, 4, 1).date()) == "q3_2026"


def test_expansion_of_unknown_customer_is_404(cs: CsClient) -> None:
    assert_problem(cs.get("/cs-sales/expansion/cust_nobody"), 404)


def test_handoff_needs_the_sales_write_scope(cs: CsClient, client_with) -> None:
    customer_id = cs.customer()
    reader = client_with(["cs-sales.read"])
    assert_problem(reader.post(f"/cs-sales/handoff/{customer_id}", handoff(customer_id)), 403)
