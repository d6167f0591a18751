"""Value realizations, the value realization report derived from them, and forecasts."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from server.auth.principal import Principal
from server.services.cs_integration.customer_state import customer_in_path
from server.services.cs_integration.customers import API
from server.services.cs_integration.expansion import expansion_for, pipeline_value
from server.services.cs_integration.ids import new_id
from server.services.cs_integration.periods import utc_today, whole_months
from server.services.cs_integration.sales import handoff_of
from server.services.cs_integration.wire import (
    day,
    number,
    parse_day,
    round_half_up,
    timestamp,
    whole_percentage,
)
from server.services.errors import BusinessRuleError, NotFoundError
from server.services.outbox import record_event
from server.storage.cs_records import SqlRecordStore
from server.storage.customers import SqlCustomerStore
from server.storage.database import Database
from server.storage.models.base import utcnow
from server.storage.models.cs_domains import Forecast, ForecastLine, Realization

#: Realization categories that count as CS's contribution to realized value.
SUCCESS_CATEGORIES = ("adoption_value", "expansion", "churn_prevention")


class FinanceService:
    """Realizations, value reports and forecasts; every method is one transaction."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def record_realization(self, customer_id: str, data: Mapping[str, Any]) -> dict[str, Any]:
        """Record realized value; 422 when ``realized_on`` is after today."""
        with self.database.session() as session:
            customer_in_path(session, customer_id, for_update=True)
            realized_on = parse_day(str(data["realized_on"]))
            if realized_on > utc_today():
                raise BusinessRuleError(
                    "realized_on_not_future", "realized_on is after today.", "body/realized_on"
                )
            realization = _realizations(session).add(
                Realization(
                    realization_id=new_id("real"),
                    customer_id=customer_id,
                    category=str(data["category"]),
                    amount=float(data["amount"]),
                    realized_on=realized_on,
                    description=data.get("description"),
                    recorded_at=utcnow(),
                )
            )
            return realization_body(realization)

    def get_realization(self, customer_id: str, realization_id: str) -> dict[str, Any]:
        """A realization of the customer; 404 when it belongs to another customer."""
        with self.database.read_session() as session:
            customer_in_path(session, customer_id)
            realization = _realizations(session).get(realization_id)
            if realization is None or realization.customer_id != customer_id:
                raise NotFoundError("realization", realization_id)
            return realization_body(realization)

    def value(self, customer_id: str) -> dict[str, Any]:
        """The customer's value realization report; 404 when unknown."""
        with self.database.session() as session:
            _, state = customer_in_path(session, customer_id)
            handoff = handoff_of(session, customer_id)
            realizations = _realizations(session).where(Realization.customer_id == customer_id)
            contracted = handoff.deal_value if handoff is not None else 0.0
            realized = sum(r.amount for r in realizations)

            def total(*categories: str) -> float:
                return sum(r.amount for r in realizations if r.category in categories)

            start = handoff.onboarding_start if handoff is not None else state.created_at.date()
            end = max((r.realized_on for r in realizations), default=utc_today())
            latest = _latest_forecast_line(session, customer_id)
            renewal = (
                latest.renewal_probability
                if latest is not None
                else round_half_up(state.health_score / 100, 2)
            )
            return {
                "customer_id": customer_id,
                "value_realization": {
                    "contracted_value": number(contracted),
                    "realized_value": number(realized),
                    "roi_percentage": whole_percentage(realized, contracted),
                    "realization_timeline": f"{whole_months(start, end)}_months",
                },
                "revenue_attribution": {
                    "success_contribution": (
                        round_half_up(total(*SUCCESS_CATEGORIES) / realized, 2) if realized else 0
                    ),
                    "churn_prevention_value": number(total("churn_prevention")),
                    "expansion_revenue": number(total("expansion")),
                },
                "financial_health": {
                    "payment_status": state.integration_status["finance"],
                    "renewal_probability": number(renewal),
                    "expansion_pipeline": pipeline_value(expansion_for(session, state)),
                },
            }

    def submit_forecast(self, caller: Principal, data: Mapping[str, Any]) -> dict[str, Any]:
        """Store a forecast with its computed metrics; 422 on unknown or repeated customers
        and on a risk-adjusted value above the total."""
        entries = [
            {**entry, "risk_factors": list(entry.get("risk_factors", []))}
            for entry in data["customer_forecasts"]
        ]
        aggregate = dict(data["aggregate_metrics"])
        with self.database.session() as session:
            customers = SqlCustomerStore(session)
            seen: set[str] = set()
            for index, entry in enumerate(entries):
                location = f"body/customer_forecasts/{index}/customer_id"
                customer_id = str(entry["customer_id"])
                if customer_id in seen:
                    raise BusinessRuleError(
                        "customer_once", f"The customer {customer_id} appears twice.", location
                    )
                seen.add(customer_id)
                if customers.get(customer_id) is None:
                    raise BusinessRuleError(
                        "customer_exists", f"No customer has the id {customer_id}.", location
                    )
            if aggregate["risk_adjusted_value"] > aggregate["total_forecasted_revenue"]:
                raise BusinessRuleError(
                    "risk_adjusted_not_above_total",
                    "risk_adjusted_value exceeds total_forecasted_revenue.",
                    "body/aggregate_metrics/risk_adjusted_value",
                )
            renewals = [float(e["renewal_probability"]) for e in entries]
            expected = sum(
                float(e["expansion_probability"]) * float(e["expansion_value"]) for e in entries
            )
            forecast = _forecasts(session).add(
                Forecast(
                    forecast_id=new_id("fc"),
                    forecast_period=str(data["forecast_period"]),
                    customer_forecasts=entries,
                    aggregate_metrics=aggregate,
                    computed_metrics={
                        "customer_count": len(entries),
                        "average_renewal_probability": round_half_up(
                            sum(renewals) / len(renewals), 2
                        ),
                        "expected_expansion_value": number(round_half_up(expected, 2)),
                        "at_risk_customers": sum(1 for p in renewals if p < 0.5),
                    },
                    submitted_at=utcnow(),
                )
            )
            for entry, probability in zip(entries, renewals, strict=True):
                session.add(
                    ForecastLine(
                        forecast_seq=forecast.seq,
                        customer_id=str(entry["customer_id"]),
                        renewal_probability=probability,
                    )
                )
            body = forecast_body(forecast)
            record_event(session, API, "forecast.submitted", body, caller.client_id)
            return body

    def get_forecast(self, forecast_id: str) -> dict[str, Any]:
        """A submitted forecast; 404 when unknown."""
        with self.database.read_session() as session:
            forecast = _forecasts(session).get(forecast_id)
            if forecast is None:
                raise NotFoundError("forecast", forecast_id)
            return forecast_body(forecast)


def realization_body(realization: Realization) -> dict[str, Any]:
    """The API's view of a realization."""
    body: dict[str, Any] = {
        "realization_id": realization.realization_id,
        "customer_id": realization.customer_id,
        "category": realization.category,
        "amount": number(realization.amount),
        "realized_on": day(realization.realized_on),
    }
    if realization.description is not None:
        body["description"] = realization.description
    body["recorded_at"] = timestamp(realization.recorded_at)
    return body


def forecast_body(forecast: Forecast) -> dict[str, Any]:
    """The API's view of a forecast."""
    return {
        "forecast_id": forecast.forecast_id,
        "forecast_period": forecast.forecast_period,
        "customer_forecasts": [dict(entry) for entry in forecast.customer_forecasts],
        "aggregate_metrics": dict(forecast.aggregate_metrics),
        "computed_metrics": dict(forecast.computed_metrics),
        "submitted_at": timestamp(forecast.submitted_at),
    }


def _latest_forecast_line(session: Session, customer_id: str) -> ForecastLine | None:
    lines = SqlRecordStore(session, ForecastLine, ForecastLine.seq).where(
        ForecastLine.customer_id == customer_id, order_by=ForecastLine.forecast_seq.desc()
    )
    return lines[0] if lines else None


def _realizations(session: Session) -> SqlRecordStore[Realization]:
    return SqlRecordStore(session, Realization, Realization.realization_id)


def _forecasts(session: Session) -> SqlRecordStore[Forecast]:
    return SqlRecordStore(session, Forecast, Forecast.forecast_id)
