"""Finance: renewal forecast versions and the value realization of contracts."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any

from server.auth.principal import Principal
from server.services.concurrency import retry_on_conflict
from server.services.cs_cross_domain.figures import exact, percent, round_half_away, rounded_int
from server.services.cs_cross_domain.product import adoption_of
from server.services.cs_cross_domain.records import FORECAST, public_id, timestamp
from server.services.errors import BusinessRuleError, NotFoundError
from server.storage.cs_cross_domain import SqlCrossDomainStore
from server.storage.database import Database
from server.storage.models.base import utcnow
from server.storage.models.cs_cross_domain import Forecast, Handoff


def forecast_body(forecast: Forecast) -> dict[str, Any]:
    """The API's view of a forecast version."""
    return {
        "forecast_id": public_id(FORECAST, forecast.seq),
        "customer_id": forecast.customer_id,
        "version": forecast.version,
        "renewal_probability": forecast.renewal_probability,
        "confidence_interval": [forecast.interval_lower, forecast.interval_upper],
        "scenarios": dict(forecast.scenarios),
        "previous_renewal_probability": forecast.previous_renewal_probability,
        "created_at": timestamp(forecast.created_at),
    }


def delivery_vs_commit(store: SqlCrossDomainStore, handoff: Handoff) -> int:
    """round(100 x (latest health_score / 10) / nps_target); 0 without either."""
    target = handoff.baseline_kpis.get("nps_target")
    if handoff.customer_id is None or target is None:
        return 0
    latest = store.latest_trigger(handoff.customer_id)
    if latest is None:
        return 0
    return min(1000, rounded_int(Fraction(latest.health_score * 10) / Fraction(exact(target))))


def roi_multiple(delivery: int, renewal_probability: float | None) -> Decimal:
    """round(12 x delivery_vs_commit / 100 x latest renewal_probability, 1)."""
    if renewal_probability is None:
        return Decimal("0.0")
    value = Fraction(12 * delivery, 100) * Fraction(exact(renewal_probability))
    return round_half_away(value, 1)


def latest_probability(store: SqlCrossDomainStore, customer_id: str | None) -> float | None:
    """The renewal probability of the customer's latest forecast, if any."""
    if customer_id is None:
        return None
    latest = store.latest_forecast(customer_id)
    return latest.renewal_probability if latest is not None else None


class FinanceService:
    """Forecasts and value realization over a database; every method is one transaction."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def adjust(
        self, caller: Principal, customer_id: str, data: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Store a new forecast version; 422 when the interval is unordered or misses it."""
        probability = float(data["renewal_probability"])
        lower, upper = (float(bound) for bound in data["confidence_interval"])
        if lower > upper:
            raise BusinessRuleError(
                "interval_order",
                f"the confidence interval [{lower}, {upper}] has its lower bound above its upper.",
                "body/confidence_interval",
            )
        if not lower <= probability <= upper:
            raise BusinessRuleError(
                "interval_contains",
                f"renewal_probability {probability} lies outside the confidence interval "
                f"[{lower}, {upper}].",
                "body/confidence_interval",
            )
        scenarios = dict(data.get("scenarios", {}))
        return retry_on_conflict(
            lambda: self._store(caller, customer_id, probability, (lower, upper), scenarios)
        )

    def _store(
        self,
        caller: Principal,
        customer_id: str,
        probability: float,
        interval: tuple[float, float],
        scenarios: dict[str, Any],
    ) -> dict[str, Any]:
        lower, upper = interval
        with self.database.session() as session:
            store = SqlCrossDomainStore(session)
            previous = store.latest_forecast(customer_id)
            forecast = Forecast(
                customer_id=customer_id,
                version=previous.version + 1 if previous else 1,
                renewal_probability=probability,
                interval_lower=lower,
                interval_upper=upper,
                scenarios=scenarios,
                previous_renewal_probability=previous.renewal_probability if previous else None,
                created_by=caller.client_id,
                created_at=utcnow(),
            )
            store.add(forecast)
            return forecast_body(forecast)

    def latest(self, customer_id: str) -> dict[str, Any]:
        """The customer's latest forecast; 404 when it has none."""
        with self.database.session() as session:
            found = SqlCrossDomainStore(session).latest_forecast(customer_id)
            if found is None:
                raise NotFoundError("forecast", customer_id)
            return forecast_body(found)

    def realization(self, contract_id: str) -> dict[str, Any]:
        """Delivery against commitment, utilization gaps and ROI trajectory of a contract."""
        with self.database.session() as session:
            store = SqlCrossDomainStore(session)
            handoff = store.handoff_by_contract(contract_id)
            if handoff is None:
                raise NotFoundError("contract", contract_id)
            delivery = delivery_vs_commit(store, handoff)
            gaps = []
            if handoff.customer_id is not None:
                for feature_id in store.features_of(handoff.customer_id):
                    rate = adoption_of(store, feature_id).rate
                    if rate < 50:
                        gaps.append(f"{feature_id}_{rate}%")
            roi = roi_multiple(delivery, latest_probability(store, handoff.customer_id))
            return {
                "contract_id": contract_id,
                "customer_id": handoff.customer_id,
                "delivery_vs_commit": percent(delivery),
                "utilization_gaps": gaps,
                "roi_trajectory": f"{roi:.1f}x_projected",
            }
