"""Feedback tickets (priority, roadmap) and feature adoption computed from stored records."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from server.services.cs_cross_domain.product import roadmap_position
from tests.server.conftest import Api
from tests.server.cs_cross_domain.conftest import (
    BASE,
    assert_problem,
    feedback,
    get,
    needs_own_database,
    post,
    trigger,
    unique,
)


@pytest.mark.parametrize(
    ("impact", "priority"),
    [(10, "P1"), (9, "P1"), (8, "P2"), (7, "P2"), (6, "P3"), (4, "P3"), (3, "P4"), (1, "P4")],
)
def test_priority_follows_impact_score(
    api: Api, headers: dict[str, str], impact: int, priority: str
) -> None:
    ticket = feedback(api, headers, unique("cust_"), unique("feat_"), impact)
    assert ticket["priority"] == priority


@pytest.mark.parametrize(
    ("priority", "month", "position"),
    [
        ("P1", 11, "Q1_target"),
        ("P1", 2, "Q2_target"),
        ("P2", 11, "Q2_target"),
        ("P2", 8, "Q1_target"),
        ("P3", 5, "backlog"),
        ("P4", 5, "under_review"),
    ],
)
def test_roadmap_position_counts_quarters_from_creation(
    priority: str, month: int, position: str
) -> None:
    assert roadmap_position(priority, datetime(2025, month, 16, tzinfo=UTC)) == position


def test_feedback_is_a_ticket_read_back_at_its_location(api: Api, headers: dict[str, str]) -> None:
    body = {
        "customer_id": "cust_789",
        "feature_id": "feat_101",
        "impact_score": 9,
        "evidence": "usage_screenshot_url",
    }
    response = post(api, headers, "/product/feedback", body)
    assert response.status_code == 201
    ticket = response.json()
    number = int(ticket["ticket_id"].removeprefix("PROD-"))
    assert number >= 1000
    assert response.headers["location"] == f"{BASE}/product/feedback/{ticket['ticket_id']}"
    assert api.request("GET", response.headers["location"], headers=headers).json() == ticket
    following = feedback(api, headers, "cust_789", "feat_101", 2)
    assert int(following["ticket_id"].removeprefix("PROD-")) > number


def test_unknown_ticket_and_feature_are_404(api: Api, headers: dict[str, str]) -> None:
    assert_problem(get(api, headers, "/product/feedback/PROD-999999"), 404, "not-found")
    assert_problem(get(api, headers, "/product/feedback/PROD-12"), 404, "not-found")
    assert_problem(get(api, headers, f"/product/adoption/{unique('feat_')}"), 404, "not-found")


@needs_own_database
def test_adoption_counts_customers_barriers_and_correlation(
    fresh_api: Api,
) -> None:
    api = fresh_api
    headers = api.bearer(["cs-product.read", "cs-product.write", "cs-marketing.write"])
    # Five known customers; three gave feedback on feat_a.
    trigger(api, headers, "cust_a", 80, "healthy")
    trigger(api, headers, "cust_b", 50, "monitor")
    trigger(api, headers, "cust_c", 20, "critical")
    trigger(api, headers, "cust_d", 90, "healthy")
    feedback(api, headers, "cust_e", "feat_b", 9)
    feedback(api, headers, "cust_a", "feat_a", 3)
    feedback(api, headers, "cust_a", "feat_a", 8)
    feedback(api, headers, "cust_b", "feat_a", 2)
    feedback(api, headers, "cust_c", "feat_a", 1)
    body = get(api, headers, "/product/adoption/feat_a").json()
    assert body["adoption_rate"] == "60%"  # 3 of 5
    # highest impact 8, 2, 1 against latest health 80, 50, 20: r = 0.9245 -> 0.92
    assert body["health_correlation"] == 0.92
    # mean impact (3 + 8 + 2 + 1) / 4 = 3.5 < 5; cust_c is critical
    assert body["barriers"] == ["low_perceived_value", "at_risk_users"]
    assert body["recommendations"] == ["value_messaging", "cs_outreach"]
    lonely = get(api, headers, "/product/adoption/feat_b").json()
    assert lonely["adoption_rate"] == "20%"
    assert lonely["barriers"] == ["onboarding_friction"]
    assert lonely["recommendations"] == ["targeted_tutorial"]
    assert lonely["health_correlation"] == 0  # cust_e has no trigger


def test_evidence_keeps_any_text_including_nul_and_backslashes(
    api: Api, headers: dict[str, str]
) -> None:
    evidence = "screenshot\x00 at C:\\shots\\0.png \\\\0"
    body = {
        "customer_id": unique("cust_"),
        "feature_id": unique("feat_"),
        "impact_score": 5,
        "evidence": evidence,
    }
    created = post(api, headers, "/product/feedback", body).json()
    assert created["evidence"] == evidence
    read = get(api, headers, f"/product/feedback/{created['ticket_id']}").json()
    assert read["evidence"] == evidence


@pytest.mark.parametrize(
    "path",
    [
        "/product/feedback/PROD-524395780202",
        "/marketing/campaigns/camp_99999999999999",
        "/operations/executions/exec_2147483648",
    ],
)
def test_identifiers_beyond_any_record_are_404(
    api: Api, headers: dict[str, str], path: str
) -> None:
    assert_problem(get(api, headers, path), 404, "not-found")
