"""cs-marketing: health signals, campaigns and customer journeys."""

from __future__ import annotations

from tests.server.cs_integration.conftest import CsClient, assert_problem, own_database

EVENTS = "/cs-integration/events/health-change"


def event(customer_id: str, previous: int, new: int) -> dict[str, object]:
    return {
        "customer_id": customer_id,
        "previous_score": previous,
        "new_score": new,
        "change_reason": "decreased_usage",
        "timestamp": "2025-12-05T08:20:00Z",
    }


def test_triggers_follow_the_customer_state_in_order(cs: CsClient) -> None:
    customer_id = cs.customer(
        90, stage="renewal", adoption_rate=0.8, engagement_score=4.9, nps_score=50
    )
    cs.ok(cs.post(EVENTS, event(customer_id, 95, 90)), 201)
    health = cs.ok(cs.get(f"/cs-marketing/health/{customer_id}"))
    assert health["recommended_triggers"] == [
        "health_decline",
        "low_engagement",
        "expansion_ready",
        "renewal_approaching",
        "advocacy",
    ]
    quiet = cs.customer(60, adoption_rate=0.5, engagement_score=7, nps_score=10)
    assert cs.ok(cs.get(f"/cs-marketing/health/{quiet}"))["recommended_triggers"] == []
    onboarding = cs.customer(60, stage="onboarding", engagement_score=7, nps_score=10)
    health = cs.ok(cs.get(f"/cs-marketing/health/{onboarding}"))
    assert health["recommended_triggers"] == ["onboarding"]


def test_marketing_health_of_unknown_customer_is_404(cs: CsClient) -> None:
    assert_problem(cs.get("/cs-marketing/health/cust_nobody"), 404, "/not-found")


@own_database
def test_campaign_audience_counts_distinct_customers_in_any_segment(fresh_cs: CsClient) -> None:
    cs = fresh_cs
    cs.customer(30, engagement_score=4)  # at_risk and low_engagement: counted once
    cs.customer(80, adoption_rate=0.9, nps_score=60)  # healthy, expansion_ready, champions
    cs.customer(60, stage="onboarding", engagement_score=6)  # onboarding only
    body = {
        "trigger_type": "health_decline",
        "campaign_type": "retention",
        "target_audience": {"customer_segments": ["at_risk", "low_engagement"]},
    }
    response = cs.post("/cs-marketing/campaigns", body)
    campaign = cs.ok(response, 201)
    assert campaign["target_audience"] == {
        "customer_segments": ["at_risk", "low_engagement"],
        "size": 1,
    }
    assert campaign["estimated_impact"] == {
        "retention_improvement": "15-20%",
        "engagement_lift": "25%",
    }
    assert response.headers["location"].endswith(campaign["campaign_id"])
    body["target_audience"] = {"customer_segments": ["expansion_ready", "onboarding", "healthy"]}
    body["campaign_type"] = "advocacy"
    other = cs.ok(cs.post("/cs-marketing/campaigns", body), 201)
    assert other["target_audience"]["size"] == 2
    assert other["estimated_impact"] == {"retention_improvement": "5%", "engagement_lift": "20%"}


def test_campaign_size_is_kept_as_created(cs: CsClient) -> None:
    body = {
        "trigger_type": "onboarding",
        "campaign_type": "onboarding",
        "target_audience": {"customer_segments": ["champions"]},
    }
    campaign = cs.ok(cs.post("/cs-marketing/campaigns", body), 201)
    cs.customer(80, nps_score=90)  # a new champion does not change the stored size
    assert cs.ok(cs.get(f"/cs-marketing/campaigns/{campaign['campaign_id']}")) == campaign


def test_unknown_campaign_is_404_and_bad_segments_400(cs: CsClient) -> None:
    assert_problem(cs.get("/cs-marketing/campaigns/camp_nothing"), 404)
    body = {
        "trigger_type": "onboarding",
        "campaign_type": "onboarding",
        "target_audience": {"customer_segments": []},
    }
    assert_problem(cs.post("/cs-marketing/campaigns", body), 400)


def test_journey_opens_at_creation_and_records_every_update(cs: CsClient) -> None:
    customer_id = cs.customer(80, stage="onboarding")
    status = cs.ok(cs.get(f"/cs-marketing/journey/{customer_id}/status"))
    assert [(e["stage"], e["reason"]) for e in status["history"]] == [
        ("onboarding", "customer_created")
    ]
    assert status["next_recommended_actions"] == [
        "complete_onboarding_plan",
        "schedule_kickoff_call",
    ]
    url = f"/cs-marketing/journey/{customer_id}"
    updated = cs.ok(cs.post(url, {"stage": "adoption", "reason": "onboarding_completed"}))
    again = cs.ok(cs.post(url, {"stage": "adoption"}))
    assert [(e["stage"], e["reason"]) for e in again["history"]] == [
        ("onboarding", "customer_created"),
        ("adoption", "onboarding_completed"),
        ("adoption", "journey_updated"),
    ]
    assert all("exited_at" in e for e in again["history"][:-1])
    assert "exited_at" not in again["history"][-1]
    assert again["stage_entered_at"] == again["history"][-1]["entered_at"]
    assert updated["current_stage"] == again["current_stage"] == "adoption"
    assert (
        cs.ok(cs.get(f"/cs-integration/customers/{customer_id}"))["lifecycle_stage"] == "adoption"
    )
    assert cs.ok(cs.get(f"{url}/status")) == again


def test_replace_changing_stage_continues_the_journey(cs: CsClient) -> None:
    customer_id = cs.customer(80, stage="adoption")
    replace = {
        "health_score": 20,
        "lifecycle_stage": "churned",
        "success_metrics": {"adoption_rate": 0.1, "engagement_score": 1, "nps_score": -50},
        "integration_status": {
            "marketing": "active",
            "sales": "handed_off",
            "product": "standard",
            "finance": "current",
            "operations": "supported",
        },
    }
    cs.ok(cs.put(f"/cs-integration/customers/{customer_id}", replace))
    cs.ok(cs.put(f"/cs-integration/customers/{customer_id}", replace))  # same stage: no entry
    status = cs.ok(cs.get(f"/cs-marketing/journey/{customer_id}/status"))
    assert [(e["stage"], e["reason"]) for e in status["history"]] == [
        ("adoption", "customer_created"),
        ("churned", "customer_replaced"),
    ]
    # critical risk puts the check-in first
    assert status["next_recommended_actions"] == ["schedule_check_in", "launch_win_back_campaign"]


def test_journey_of_unknown_customer_is_404(cs: CsClient) -> None:
    assert_problem(cs.post("/cs-marketing/journey/cust_nobody", {"stage": "adoption"}), 404)
    assert_problem(cs.get("/cs-marketing/journey/cust_nobody/status"), 404)


def test_marketing_reads_need_the_marketing_scope(cs: CsClient, client_with) -> None:
    customer_id = cs.customer()
    other = client_with(["cs-integration.read", "cs-sales.read"])
    assert_problem(other.get(f"/cs-marketing/health/{customer_id}"), 403, "/forbidden")
