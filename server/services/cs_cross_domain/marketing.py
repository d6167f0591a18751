"""Marketing: health triggers that start campaigns, and each campaign's measured performance."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any

from server.auth.principal import Principal
from server.services.cs_cross_domain.figures import (
    format_dollars,
    parse_money,
    pearson,
    percent,
    rounded_int,
)
from server.services.cs_cross_domain.records import CAMPAIGN, public_id, seq_of, timestamp
from server.services.errors import NotFoundError
from server.storage.cs_cross_domain import SqlCrossDomainStore
from server.storage.database import Database
from server.storage.models.base import utcnow
from server.storage.models.cs_cross_domain import Forecast, Trigger

#: One nurture sequence per risk category.
SEQUENCES = {
    "healthy": "advocacy_program",
    "monitor": "onboarding_nurture",
    "at_risk": "re_engagement",
    "critical": "executive_outreach",
}


def estimated_uplift(health_score: int) -> int:
    """min(30, round(0.6 x (100 - health_score))) health points."""
    return min(30, rounded_int(Decimal("0.6") * (100 - health_score)))


def trigger_body(trigger: Trigger) -> dict[str, Any]:
    """The API's view of a trigger and its campaign."""
    return {
        "campaign_id": public_id(CAMPAIGN, trigger.seq),
        "customer_id": trigger.customer_id,
        "health_score": trigger.health_score,
        "risk_category": trigger.risk_category,
        "milestones": list(trigger.milestones),
        "triggered_sequences": [SEQUENCES[trigger.risk_category]],
        "estimated_impact": f"{estimated_uplift(trigger.health_score)}% health_uplift",
        "created_at": timestamp(trigger.created_at),
    }


def attribution(campaign_score: int, latest_score: int) -> int:
    """Share of the available uplift realised since the campaign, in whole percent."""
    if campaign_score >= 100:
        return 0
    gained = max(0, latest_score - campaign_score)
    return rounded_int(Fraction(100 * gained, 100 - campaign_score))


def forecast_revenue(forecast: Forecast | None) -> Decimal:
    """The ``expansion`` plus ``renewal`` scenario amounts of a forecast (0 without one)."""
    if forecast is None:
        return Decimal(0)
    scenarios = forecast.scenarios
    return sum(
        (parse_money(scenarios[name]) for name in ("expansion", "renewal") if name in scenarios),
        Decimal(0),
    )


class MarketingService:
    """Triggers and campaign performance over a database; every method is one transaction."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def trigger(
        self, caller: Principal, customer_id: str, data: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Record a trigger and start its campaign."""
        with self.database.session() as session:
            trigger = Trigger(
                customer_id=customer_id,
                health_score=int(data["health_score"]),
                risk_category=str(data["risk_category"]),
                milestones=list(data.get("milestones", [])),
                created_by=caller.client_id,
                created_at=utcnow(),
            )
            SqlCrossDomainStore(session).add(trigger)
            return trigger_body(trigger)

    def campaign(self, campaign_id: str) -> dict[str, Any]:
        """The trigger recorded under ``campaign_id``; 404 when unknown."""
        with self.database.session() as session:
            return trigger_body(_existing(SqlCrossDomainStore(session), campaign_id))

    def performance(self, campaign_id: str) -> dict[str, Any]:
        """Attribution, health correlation and revenue impact of a campaign."""
        with self.database.session() as session:
            store = SqlCrossDomainStore(session)
            campaign = _existing(store, campaign_id)
            since = store.triggers_of(campaign.customer_id, since_seq=campaign.seq)
            share = attribution(campaign.health_score, since[-1].health_score)
            order = [float(n) for n in range(1, len(since) + 1)]
            correlation = pearson(order, [float(t.health_score) for t in since])
            revenue = forecast_revenue(store.latest_forecast(campaign.customer_id))
            return {
                "campaign_id": campaign_id,
                "customer_id": campaign.customer_id,
                "attribution_to_cs": percent(share),
                "health_correlation": correlation,
                "revenue_impact": format_dollars(revenue * share / 100),
            }


def _existing(store: SqlCrossDomainStore, campaign_id: str) -> Trigger:
    seq = seq_of(CAMPAIGN, campaign_id)
    trigger = store.trigger(seq) if seq is not None else None
    if trigger is None:
        raise NotFoundError("campaign", campaign_id)
    return trigger
