"""Sales: deal handoffs (which open contracts) and customers' expansion readiness."""

from __future__ import annotations

import math
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from server.auth.principal import Principal
from server.services.concurrency import retry_on_conflict
from server.services.cs_cross_domain.figures import exact, parse_money, rounded_int
from server.services.cs_cross_domain.finance import (
    delivery_vs_commit,
    latest_probability,
    roi_multiple,
)
from server.services.cs_cross_domain.records import timestamp
from server.services.errors import ConflictError, NotFoundError
from server.storage.cs_cross_domain import SqlCrossDomainStore
from server.storage.database import Database
from server.storage.models.base import utcnow
from server.storage.models.cs_cross_domain import Handoff


def knowledge_gaps(handoff: Handoff) -> list[str]:
    """Every gap of the handoff, in the KnowledgeGap enum's order."""
    gaps = []
    if handoff.baseline_kpis.get("nps_target") is None:
        gaps.append("nps_target_missing")
    if handoff.customer_id is None:
        gaps.append("customer_unlinked")
    return gaps


def handoff_body(handoff: Handoff) -> dict[str, Any]:
    """The API's view of a handoff."""
    gaps = knowledge_gaps(handoff)
    return {
        "deal_id": handoff.deal_id,
        "customer_id": handoff.customer_id,
        "contract_id": handoff.contract_id,
        "success_plan_id": handoff.success_plan_id,
        "baseline_kpis": dict(handoff.baseline_kpis),
        "transition_complete": not gaps,
        "knowledge_gaps": gaps,
        "pipeline_sync": "pending" if gaps else "confirmed",
        "completed_at": timestamp(handoff.completed_at),
    }


class SalesService:
    """Handoffs and expansion readiness over a database; every method is one transaction."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def complete(self, caller: Principal, deal_id: str, data: Mapping[str, Any]) -> dict[str, Any]:
        """Record the handoff; the same plan again is a no-op, another plan a 409."""
        return retry_on_conflict(lambda: self._complete(caller, deal_id, data))

    def _complete(self, caller: Principal, deal_id: str, data: Mapping[str, Any]) -> dict[str, Any]:
        plan = str(data["success_plan_id"])
        with self.database.session() as session:
            store = SqlCrossDomainStore(session)
            stored = store.handoff(deal_id, for_update=True)
            if stored is not None:
                if stored.success_plan_id != plan:
                    raise ConflictError(
                        "handoff",
                        deal_id,
                        f"deal {deal_id} was already handed off with success plan "
                        f"{stored.success_plan_id}.",
                    )
                return handoff_body(stored)
            handoff = Handoff(
                deal_id=deal_id,
                contract_id="ctr_" + deal_id.removeprefix("deal_"),
                customer_id=data.get("customer_id"),
                success_plan_id=plan,
                baseline_kpis=dict(data["baseline_kpis"]),
                created_by=caller.client_id,
                completed_at=utcnow(),
            )
            store.add(handoff)
            return handoff_body(handoff)

    def handoff(self, deal_id: str) -> dict[str, Any]:
        """The handoff of ``deal_id``; 404 when none was completed."""
        with self.database.session() as session:
            found = SqlCrossDomainStore(session).handoff(deal_id)
            if found is None:
                raise NotFoundError("handoff", deal_id)
            return handoff_body(found)

    def expansion(self, customer_id: str) -> dict[str, Any]:
        """Readiness score, value portfolio and white space of a known customer."""
        with self.database.session() as session:
            store = SqlCrossDomainStore(session)
            if not store.customer_known(customer_id):
                raise NotFoundError("customer", customer_id)
            trigger = store.latest_trigger(customer_id)
            forecast = store.latest_forecast(customer_id)
            probability = latest_probability(store, customer_id)
            readiness = Decimal(0)
            if trigger is not None:
                readiness += Decimal(trigger.health_score) / 2
            if probability is not None:
                readiness += 50 * exact(probability)
            deliveries = [delivery_vs_commit(store, h) for h in store.handoffs_of(customer_id)]
            best = max((roi_multiple(d, probability) for d in deliveries), default=Decimal(0))
            portfolio = []
            if math.floor(best) >= 1:
                portfolio.append(f"{math.floor(best)}x_roi_demonstrated")
            if any(delivery >= 100 for delivery in deliveries):
                portfolio.append("nps_target_met")
            if probability is not None and probability >= 0.9:
                portfolio.append("renewal_likely")
            expansion = Decimal(0)
            if forecast is not None and "expansion" in forecast.scenarios:
                expansion = parse_money(forecast.scenarios["expansion"])
            return {
                "customer_id": customer_id,
                "readiness_score": rounded_int(readiness),
                "value_portfolio": portfolio,
                "white_space": f"${rounded_int(expansion / 1000)}k_annualized",
            }
