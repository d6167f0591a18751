"""Marketing triggers and campaign performance, derived from stored triggers and forecasts."""

from __future__ import annotations

import pytest

from tests.server.conftest import Api
from tests.server.cs_cross_domain.conftest import (
    BASE,
    assert_problem,
    forecast,
    get,
    post,
    trigger,
    unique,
)


@pytest.mark.parametrize(
    ("risk", "sequence"),
    [
        ("healthy", "advocacy_program"),
        ("monitor", "onboarding_nurture"),
        ("at_risk", "re_engagement"),
        ("critical", "executive_outreach"),
    ],
)
def test_trigger_starts_the_sequence_of_its_risk_category(
    api: Api, headers: dict[str, str], risk: str, sequence: str
) -> None:
    assert trigger(api, headers, unique("cust_"), 50, risk)["triggered_sequences"] == [sequence]


@pytest.mark.parametrize(
    ("score", "uplift"),
    [(75, 15), (0, 30), (50, 30), (58, 25), (55, 27), (99, 1), (100, 0), (96, 2)],
)
def test_estimated_impact_is_sixty_percent_of_the_gap_capped_at_30(
    api: Api, headers: dict[str, str], score: int, uplift: int
) -> None:
    # 0.6 x 4 = 2.4 -> 2; 0.6 x 45 = 27; 0.6 x 42 = 25.2 -> 25
    created = trigger(api, headers, unique("cust_"), score)
    assert created["estimated_impact"] == f"{uplift}% health_uplift"


def test_trigger_is_accepted_with_location_and_read_back(api: Api, headers: dict[str, str]) -> None:
    customer_id = unique("cust_")
    body = {"health_score": 75, "risk_category": "monitor", "milestones": ["adoption_complete"]}
    response = post(api, headers, f"/marketing/triggers/{customer_id}", body)
    assert response.status_code == 202
    created = response.json()
    assert created["campaign_id"].startswith("camp_")
    assert created["milestones"] == ["adoption_complete"]
    location = response.headers["location"]
    assert location == f"{BASE}/marketing/campaigns/{created['campaign_id']}"
    assert api.request("GET", location, headers=headers).json() == created


def test_unknown_campaign_is_404_problem(api: Api, headers: dict[str, str]) -> None:
    assert_problem(get(api, headers, "/marketing/campaigns/camp_999999"), 404, "not-found")
    assert_problem(get(api, headers, "/marketing/performance/camp_0"), 404, "not-found")


def test_performance_measures_uplift_correlation_and_revenue(
    api: Api, headers: dict[str, str]
) -> None:
    customer_id = unique("cust_")
    campaign = trigger(api, headers, customer_id, 60)["campaign_id"]
    url = f"/marketing/performance/{campaign}"
    before = get(api, headers, url).json()
    assert before["attribution_to_cs"] == "0%"
    assert before["health_correlation"] == 0
    assert before["revenue_impact"] == "$0"
    trigger(api, headers, customer_id, 70)
    trigger(api, headers, customer_id, 77)
    forecast(api, headers, customer_id, 0.9, {"expansion": "$75k", "renewal": "$50,000"})
    after = get(api, headers, url).json()
    # (77 - 60) / (100 - 60) = 42.5% -> 43%; $125,000 x 43% = $53,750
    assert after["attribution_to_cs"] == "43%"
    # order 1, 2, 3 against 60, 70, 77: r = 0.9948... -> 0.99
    assert after["health_correlation"] == 0.99
    assert after["revenue_impact"] == "$53,750"
    assert after["customer_id"] == customer_id


def test_attribution_ignores_triggers_before_the_campaign_and_drops(
    api: Api, headers: dict[str, str]
) -> None:
    customer_id = unique("cust_")
    trigger(api, headers, customer_id, 90)
    campaign = trigger(api, headers, customer_id, 80)["campaign_id"]
    trigger(api, headers, customer_id, 70)
    body = get(api, headers, f"/marketing/performance/{campaign}").json()
    assert body["attribution_to_cs"] == "0%"
    assert body["health_correlation"] == -1.0


def test_invalid_trigger_is_400_listing_every_violation(api: Api, headers: dict[str, str]) -> None:
    response = post(
        api, headers, "/marketing/triggers/cust_1", {"health_score": 150, "risk_category": "x"}
    )
    problem = assert_problem(response, 400, "validation-error")
    locations = {error["location"] for error in problem["errors"]}
    assert {"body/health_score", "body/risk_category"} <= locations


def test_write_scope_is_needed_to_trigger(api: Api) -> None:
    read_only = api.bearer(["cs-marketing.read"])
    response = post(
        api,
        read_only,
        "/marketing/triggers/cust_1",
        {"health_score": 1, "risk_category": "monitor"},
    )
    assert_problem(response, 403, "forbidden")


def test_missing_token_is_401(api: Api) -> None:
    response = api.request("GET", f"{BASE}/marketing/campaigns/camp_1")
    assert_problem(response, 401, "unauthorized")


def test_largest_scenario_amounts_still_fit_the_money_strings(
    api: Api, headers: dict[str, str]
) -> None:
    customer_id = unique("cust_")
    campaign = trigger(api, headers, customer_id, 0)["campaign_id"]
    trigger(api, headers, customer_id, 100)
    huge = "$999999999999999999m"
    forecast(api, headers, customer_id, 0.5, {"expansion": huge, "renewal": huge})
    revenue = get(api, headers, f"/marketing/performance/{campaign}").json()["revenue_impact"]
    assert revenue == "$1,999,999,999,999,999,998,000,000"
    white_space = get(api, headers, f"/sales/expansion/{customer_id}").json()["white_space"]
    assert white_space == "$999999999999999999000k_annualized"
    assert len(revenue) <= 40
    assert len(white_space) <= 40
