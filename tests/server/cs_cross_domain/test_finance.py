"""Forecast versions (422 on bad intervals) and value realization of contracts."""

from __future__ import annotations

import pytest

from tests.server.conftest import Api
from tests.server.cs_cross_domain.conftest import (
    BASE,
    assert_problem,
    feedback,
    forecast,
    get,
    handoff,
    needs_own_database,
    post,
    trigger,
    unique,
)


def test_forecasts_are_versions_of_the_customer(api: Api, headers: dict[str, str]) -> None:
    customer_id = unique("cust_")
    body = {
        "renewal_probability": 0.94,
        "confidence_interval": [0.88, 0.97],
        "scenarios": {"expansion": "$75k"},
    }
    response = post(api, headers, f"/finance/forecast/{customer_id}", body)
    assert response.status_code == 201
    first = response.json()
    assert response.headers["location"] == f"{BASE}/finance/forecast/{customer_id}"
    assert first["version"] == 1
    assert first["previous_renewal_probability"] is None
    assert first["renewal_probability"] == 0.94
    assert first["confidence_interval"] == [0.88, 0.97]
    assert first["scenarios"] == {"expansion": "$75k"}
    second = forecast(api, headers, customer_id, 0.81)
    assert second["version"] == 2
    assert second["previous_renewal_probability"] == 0.94
    assert second["scenarios"] == {}
    assert get(api, headers, f"/finance/forecast/{customer_id}").json() == second


@pytest.mark.parametrize(
    ("probability", "interval"),
    [(0.5, [0.9, 0.1]), (0.94, [0.95, 0.97]), (0.99, [0.88, 0.97])],
    ids=["unordered", "below", "above"],
)
def test_interval_must_be_ordered_and_contain_the_probability(
    api: Api, headers: dict[str, str], probability: float, interval: list[float]
) -> None:
    customer_id = unique("cust_")
    body = {"renewal_probability": probability, "confidence_interval": interval}
    problem = assert_problem(
        post(api, headers, f"/finance/forecast/{customer_id}", body), 422, "business-rule"
    )
    assert problem["errors"][0]["location"] == "body/confidence_interval"
    assert_problem(get(api, headers, f"/finance/forecast/{customer_id}"), 404, "not-found")


def test_unknown_contract_is_404(api: Api, headers: dict[str, str]) -> None:
    assert_problem(get(api, headers, f"/finance/realization/{unique('ctr_')}"), 404, "not-found")


def test_realization_of_an_unlinked_contract_is_zero(api: Api, headers: dict[str, str]) -> None:
    deal = unique("deal_")
    contract = handoff(api, headers, deal, None).json()["contract_id"]
    assert get(api, headers, f"/finance/realization/{contract}").json() == {
        "contract_id": contract,
        "customer_id": None,
        "delivery_vs_commit": "0%",
        "utilization_gaps": [],
        "roi_trajectory": "0.0x_projected",
    }


def test_realization_compares_health_with_the_nps_target(api: Api, headers: dict[str, str]) -> None:
    customer_id = unique("cust_")
    contract = handoff(api, headers, unique("deal_"), customer_id, nps_target=8).json()[
        "contract_id"
    ]
    url = f"/finance/realization/{contract}"
    assert get(api, headers, url).json()["delivery_vs_commit"] == "0%"  # no trigger yet
    trigger(api, headers, customer_id, 82)
    forecast(api, headers, customer_id, 0.94)
    body = get(api, headers, url).json()
    # 8.2 / 8 = 102.5% -> 103%; 12 x 1.03 x 0.94 = 11.6184 -> 11.6
    assert body["delivery_vs_commit"] == "103%"
    assert body["roi_trajectory"] == "11.6x_projected"
    assert body["customer_id"] == customer_id


@needs_own_database
def test_utilization_gaps_are_features_adopted_by_under_half(fresh_api: Api) -> None:
    api = fresh_api
    headers = api.bearer(["cs-product.write", "cs-sales.write", "cs-finance.read"])
    feedback(api, headers, "cust_a", "feat_x", 5)
    feedback(api, headers, "cust_a", "feat_y", 5)
    feedback(api, headers, "cust_b", "feat_y", 5)
    feedback(api, headers, "cust_c", "feat_z", 5)
    contract = handoff(api, headers, "deal_1", "cust_a").json()["contract_id"]
    body = get(api, headers, f"/finance/realization/{contract}").json()
    # three customers known: feat_x 1/3 = 33%, feat_y 2/3 = 67%
    assert body["utilization_gaps"] == ["feat_x_33%"]
