"""cs-finance: realizations, the value report derived from them, and forecasts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from server.services.cs_integration.periods import whole_months
from tests.server.cs_integration.conftest import CsClient, assert_problem


def realization(category: str, amount: float, on: str = "2025-11-30") -> dict:
    return {"category": category, "amount": amount, "realized_on": on}


def handoff(customer_id: str, deal_value: float, start: str = "2024-05-15") -> dict:
    return {
        "customer_id": customer_id,
        "handoff_data": {
            "deal_value": deal_value,
            "contract_terms": "3_year",
            "key_stakeholders": ["john.doe@company.com"],
            "success_criteria": ["roi_target"],
        },
        "success_initiation": {
            "onboarding_start": start,
            "success_manager": "sarah.smith@company.com",
            "first_check_in": start,
        },
    }


def forecast(*entries: dict, total: float = 2500000, adjusted: float = 2200000) -> dict:
    return {
        "forecast_period": "q2_2026",
        "customer_forecasts": list(entries),
        "aggregate_metrics": {
            "total_forecasted_revenue": total,
            "confidence_level": 0.88,
            "risk_adjusted_value": adjusted,
        },
    }


def entry(customer_id: str, renewal: float, expansion: float = 0.7, value: float = 50000) -> dict:
    return {
        "customer_id": customer_id,
        "renewal_probability": renewal,
        "expansion_probability": expansion,
        "expansion_value": value,
    }


def test_realization_records_read_back(cs: CsClient) -> None:
    customer_id = cs.customer()
    url = f"/cs-finance/value/{customer_id}/realizations"
    response = cs.post(url, {**realization("expansion", 30000), "description": "Second BU"})
    created = cs.ok(response, 201)
    assert created["amount"] == 30000 and created["description"] == "Second BU"
    item = f"{url}/{created['realization_id']}"
    assert response.headers["location"] == f"/api/v1{item}"
    assert cs.ok(cs.get(item)) == created
    other = cs.customer()
    assert_problem(
        cs.get(f"/cs-finance/value/{other}/realizations/{created['realization_id']}"), 404
    )


def test_realization_after_today_is_422(cs: CsClient) -> None:
    customer_id = cs.customer()
    tomorrow = (datetime.now(UTC) + timedelta(days=1)).date().isoformat()
    problem = assert_problem(
        cs.post(
            f"/cs-finance/value/{customer_id}/realizations", realization("expansion", 1, tomorrow)
        ),
        422,
    )
    assert problem["errors"][0]["location"] == "body/realized_on"


def test_value_report_sums_realizations_against_the_handoff(cs: CsClient) -> None:
    customer_id = cs.customer(85, adoption_rate=0.75)
    cs.ok(cs.post(f"/cs-sales/handoff/{customer_id}", handoff(customer_id, 150000)), 201)
    url = f"/cs-finance/value/{customer_id}/realizations"
    for body in (
        realization("expansion", 30000, "2025-10-01"),
        realization("churn_prevention", 25000, "2025-11-30"),
        realization("adoption_value", 62000, "2025-06-01"),
        realization("efficiency_savings", 63000, "2025-07-01"),
    ):
        cs.ok(cs.post(url, body), 201)
    report = cs.ok(cs.get(f"/cs-finance/value/{customer_id}"))
    assert report["value_realization"] == {
        "contracted_value": 150000,
        "realized_value": 180000,
        "roi_percentage": 120,
        "realization_timeline": "18_months",  # 2024-05-15 -> 2025-11-30
    }
    assert report["revenue_attribution"] == {
        "success_contribution": 0.65,  # 117000 / 180000
        "churn_prevention_value": 25000,
        "expansion_revenue": 30000,
    }
    # round(0.6*85 + 20*0.75) = 66 >= 60 with a handoff: upsell 50000, no cross-sell
    assert report["financial_health"] == {
        "payment_status": "current",
        "renewal_probability": 0.85,
        "expansion_pipeline": 50000,
    }


def test_value_report_without_handoff_or_realizations(cs: CsClient) -> None:
    customer_id = cs.customer(73, integration_status={"finance": "overdue"})
    report = cs.ok(cs.get(f"/cs-finance/value/{customer_id}"))
    assert report["value_realization"] == {
        "contracted_value": 0,
        "realized_value": 0,
        "roi_percentage": 0,
        "realization_timeline": "0_months",
    }
    assert report["revenue_attribution"]["success_contribution"] == 0
    assert report["financial_health"] == {
        "payment_status": "overdue",
        "renewal_probability": 0.73,
        "expansion_pipeline": 0,
    }


def test_whole_months() -> None:
    assert whole_months(datetime(2024, 5, 15).date(), datetime(2025, 11, 30).date()) == 18
    assert whole_months(datetime(2024, 5, 31).date(), datetime(2024, 6, 30).date()) == 0
    assert whole_months(datetime(2025, 1, 1).date(), datetime(2024, 1, 1).date()) == 0


def test_forecast_computed_metrics_and_renewal_in_value(cs: CsClient) -> None:
    first, second = cs.customer(), cs.customer()
    response = cs.post(
        "/cs-finance/forecast",
        forecast(
            entry(first, 0.95, 0.7, 50000),
            {**entry(second, 0.4, 0.5, 10001), "risk_factors": ["x"]},
        ),
    )
    created = cs.ok(response, 201)
    assert created["computed_metrics"] == {
        "customer_count": 2,
        "average_renewal_probability": 0.68,  # 0.675 rounded half up
        "expected_expansion_value": 40000.5,
        "at_risk_customers": 1,
    }
    assert created["customer_forecasts"][0]["risk_factors"] == []
    assert cs.ok(cs.get(f"/cs-finance/forecast/{created['forecast_id']}")) == created
    cs.ok(cs.post("/cs-finance/forecast", forecast(entry(first, 0.55))), 201)
    assert (
        cs.ok(cs.get(f"/cs-finance/value/{first}"))["financial_health"]["renewal_probability"]
        == 0.55
    )
    assert (
        cs.ok(cs.get(f"/cs-finance/value/{second}"))["financial_health"]["renewal_probability"]
        == 0.4
    )


def test_forecast_business_rules_are_422(cs: CsClient) -> None:
    customer_id = cs.customer()
    problem = assert_problem(
        cs.post(
            "/cs-finance/forecast", forecast(entry(customer_id, 0.9), entry("cust_nobody", 0.9))
        ),
        422,
    )
    assert problem["errors"][0]["location"] == "body/customer_forecasts/1/customer_id"
    problem = assert_problem(
        cs.post("/cs-finance/forecast", forecast(entry(customer_id, 0.9), entry(customer_id, 0.8))),
        422,
    )
    assert problem["errors"][0]["location"] == "body/customer_forecasts/1/customer_id"
    problem = assert_problem(
        cs.post("/cs-finance/forecast", forecast(entry(customer_id, 0.9), total=10, adjusted=11)),
        422,
    )
    assert problem["errors"][0]["location"] == "body/aggregate_metrics/risk_adjusted_value"


def test_forecasts_outlive_their_customers(cs: CsClient) -> None:
    customer_id = cs.customer()
    created = cs.ok(cs.post("/cs-finance/forecast", forecast(entry(customer_id, 0.9))), 201)
    assert cs.delete(f"/cs-integration/customers/{customer_id}").status_code == 204
    kept = cs.ok(cs.get(f"/cs-finance/forecast/{created['forecast_id']}"))
    assert kept["customer_forecasts"][0]["customer_id"] == customer_id


def test_unknown_forecast_and_customer_are_404(cs: CsClient) -> None:
    assert_problem(cs.get("/cs-finance/forecast/fc_nothing"), 404)
    assert_problem(cs.get("/cs-finance/value/cust_nobody"), 404)
    assert_problem(
        cs.post("/cs-finance/value/cust_nobody/realizations", realization("expansion", 1)), 404
    )


def test_finance_reads_need_the_finance_scope(cs: CsClient, client_with) -> None:
    customer_id = cs.customer()
    other = client_with(["cs-sales.read"])
    assert_problem(other.get(f"/cs-finance/value/{customer_id}"), 403, "/forbidden")
