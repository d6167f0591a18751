"""Sales handoffs (idempotent per plan, contracts opened) and expansion readiness."""

from __future__ import annotations

from tests.server.conftest import Api
from tests.server.cs_cross_domain.conftest import (
    assert_problem,
    feedback,
    forecast,
    get,
    handoff,
    trigger,
    unique,
)


def test_complete_handoff_opens_the_deals_contract(api: Api, headers: dict[str, str]) -> None:
    deal = unique("deal_")
    customer_id = unique("cust_")
    response = handoff(api, headers, deal, customer_id)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["contract_id"] == "ctr_" + deal.removeprefix("deal_")
    assert body["transition_complete"] is True
    assert body["knowledge_gaps"] == []
    assert body["pipeline_sync"] == "confirmed"
    assert get(api, headers, f"/sales/handoff/{deal}").json() == body


def test_handoff_gaps_follow_missing_nps_target_and_customer(
    api: Api, headers: dict[str, str]
) -> None:
    body = handoff(api, headers, unique("deal_"), None, nps_target=None).json()
    assert body["knowledge_gaps"] == ["nps_target_missing", "customer_unlinked"]
    assert body["transition_complete"] is False
    assert body["pipeline_sync"] == "pending"
    assert body["customer_id"] is None
    only_customer = handoff(api, headers, unique("deal_"), None).json()
    assert only_customer["knowledge_gaps"] == ["customer_unlinked"]


def test_same_plan_again_returns_the_first_completion(api: Api, headers: dict[str, str]) -> None:
    deal = unique("deal_")
    first = handoff(api, headers, deal, unique("cust_")).json()
    again = handoff(api, headers, deal, None, nps_target=None)
    assert again.status_code == 200
    assert again.json() == first


def test_other_plan_for_a_completed_deal_is_409(api: Api, headers: dict[str, str]) -> None:
    deal = unique("deal_")
    handoff(api, headers, deal, None)
    assert_problem(handoff(api, headers, deal, None, plan="sp_other"), 409, "conflict")


def test_unknown_handoff_and_unknown_customer_are_404(api: Api, headers: dict[str, str]) -> None:
    assert_problem(get(api, headers, f"/sales/handoff/{unique('deal_')}"), 404, "not-found")
    assert_problem(get(api, headers, f"/sales/expansion/{unique('cust_')}"), 404, "not-found")


def test_expansion_of_a_customer_known_only_from_feedback_is_all_zero(
    api: Api, headers: dict[str, str]
) -> None:
    customer_id = unique("cust_")
    feedback(api, headers, customer_id, unique("feat_"), 5)
    body = get(api, headers, f"/sales/expansion/{customer_id}").json()
    assert body == {
        "customer_id": customer_id,
        "readiness_score": 0,
        "value_portfolio": [],
        "white_space": "$0k_annualized",
    }


def test_expansion_combines_health_forecast_and_contracts(
    api: Api, headers: dict[str, str]
) -> None:
    customer_id = unique("cust_")
    trigger(api, headers, customer_id, 85)
    forecast(api, headers, customer_id, 0.94, {"expansion": "$150k"})
    handoff(api, headers, unique("deal_"), customer_id, nps_target=8.5)
    handoff(api, headers, unique("deal_"), customer_id, nps_target=10)
    body = get(api, headers, f"/sales/expansion/{customer_id}").json()
    # 0.5 x 85 + 50 x 0.94 = 89.5 -> 90 (halves away from zero)
    assert body["readiness_score"] == 90
    # best contract: delivery 8.5 / 8.5 = 100%, roi 12 x 1.00 x 0.94 = 11.28 -> 11.3 -> 11x
    assert body["value_portfolio"] == ["11x_roi_demonstrated", "nps_target_met", "renewal_likely"]
    assert body["white_space"] == "$150k_annualized"


def test_low_renewal_and_unmet_target_leave_only_roi(api: Api, headers: dict[str, str]) -> None:
    customer_id = unique("cust_")
    trigger(api, headers, customer_id, 40)
    forecast(api, headers, customer_id, 0.5, {"expansion": "$1.5m"})
    handoff(api, headers, unique("deal_"), customer_id, nps_target=8)
    body = get(api, headers, f"/sales/expansion/{customer_id}").json()
    # delivery 4 / 8 = 50%; roi 12 x 0.5 x 0.5 = 3.0
    assert body["value_portfolio"] == ["3x_roi_demonstrated"]
    assert body["white_space"] == "$1500k_annualized"
    assert body["readiness_score"] == 45


def test_line_break_in_a_path_parameter_is_400_not_404(api: Api, headers: dict[str, str]) -> None:
    response = api.request(
        "POST",
        "/v1/cs-integrations/sales/handoff/complete/deal%0A1",
        json={"success_plan_id": "sp_1", "baseline_kpis": {}},
        headers=headers,
    )
    assert response.status_code == 400
    problem = response.json()
    assert problem["type"] == "https://api.penguinmails.com/errors/validation-error"
    assert problem["errors"][0]["location"] == "path"
