"""Health-to-marketing signals and campaigns: segments and triggers from customer state."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from server.auth.principal import Principal
from server.services.cs_integration.customer_state import (
    CustomerState,
    all_states,
    customer_in_path,
)
from server.services.cs_integration.customers import API
from server.services.cs_integration.ids import new_id
from server.services.cs_integration.wire import timestamp
from server.services.errors import NotFoundError
from server.services.outbox import record_event
from server.storage.cs_records import SqlRecordStore
from server.storage.database import Database
from server.storage.models.base import utcnow
from server.storage.models.cs_domains import Campaign

RESOURCE = "campaign"

#: ``campaign_type`` -> (retention_improvement, engagement_lift), fixed by the spec.
ESTIMATED_IMPACT: Mapping[str, tuple[str, str]] = {
    "retention": ("15-20%", "25%"),
    "re_engagement": ("10-15%", "30%"),
    "expansion": ("5-10%", "15%"),
    "onboarding": ("10-15%", "35%"),
    "renewal": ("10-20%", "10%"),
    "advocacy": ("5%", "20%"),
}


def in_segment(state: CustomerState, segment: str) -> bool:
    """Whether the customer belongs to a ``CustomerSegment`` now."""
    if segment == "at_risk":
        return state.risk_level in ("high", "critical")
    if segment == "low_engagement":
        return state.engagement_score < 5
    if segment == "healthy":
        return state.health_score >= 75
    if segment == "expansion_ready":
        return state.health_score >= 75 and state.adoption_rate >= 0.7
    if segment == "onboarding":
        return state.lifecycle_stage == "onboarding"
    if segment == "champions":
        return state.nps_score >= 50
    raise ValueError(f"unknown segment {segment!r}")


def recommended_triggers(state: CustomerState) -> list[str]:
    """The campaign triggers the customer's state calls for, in the spec's order."""
    conditions = (
        ("health_decline", state.health_trend == "declining"),
        ("low_engagement", state.engagement_score < 5),
        ("expansion_ready", state.health_score >= 75 and state.adoption_rate >= 0.7),
        ("onboarding", state.lifecycle_stage == "onboarding"),
        ("renewal_approaching", state.lifecycle_stage == "renewal"),
        ("advocacy", state.nps_score >= 50),
    )
    return [trigger for trigger, holds in conditions if holds]


def audience_size(states: Sequence[CustomerState], segments: Sequence[str]) -> int:
    """Distinct customers in at least one of ``segments``."""
    return sum(1 for state in states if any(in_segment(state, s) for s in segments))


class MarketingService:
    """Marketing health and campaigns; every method is one transaction."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def health(self, customer_id: str) -> dict[str, Any]:
        """The customer's health signals for marketing; 404 when unknown."""
        with self.database.session() as session:
            _, state = customer_in_path(session, customer_id)
            return {
                "customer_id": state.customer_id,
                "health_score": state.health_score,
                "health_trend": state.health_trend,
                "risk_level": state.risk_level,
                "lifecycle_stage": state.lifecycle_stage,
                "recommended_triggers": recommended_triggers(state),
                "last_updated": timestamp(state.last_updated),
            }

    def create_campaign(self, caller: Principal, data: Mapping[str, Any]) -> dict[str, Any]:
        """Trigger a campaign; its audience size is computed now and stored with it."""
        segments = list(data["target_audience"]["customer_segments"])
        retention, engagement = ESTIMATED_IMPACT[str(data["campaign_type"])]
        with self.database.session() as session:
            campaign = _store(session).add(
                Campaign(
                    campaign_id=new_id("camp"),
                    trigger_type=str(data["trigger_type"]),
                    campaign_type=str(data["campaign_type"]),
                    customer_segments=segments,
                    audience_size=audience_size(all_states(session), segments),
                    retention_improvement=retention,
                    engagement_lift=engagement,
                    created_by=caller.client_id,
                    created_at=utcnow(),
                )
            )
            body = campaign_body(campaign)
            record_event(session, API, "campaign.created", body, caller.client_id)
            return body

    def get_campaign(self, campaign_id: str) -> dict[str, Any]:
        """A campaign as created; 404 when unknown."""
        with self.database.read_session() as session:
            campaign = _store(session).get(campaign_id)
            if campaign is None:
                raise NotFoundError(RESOURCE, campaign_id)
            return campaign_body(campaign)


def campaign_body(campaign: Campaign) -> dict[str, Any]:
    """The API's view of a campaign."""
    return {
        "campaign_id": campaign.campaign_id,
        "trigger_type": campaign.trigger_type,
        "campaign_type": campaign.campaign_type,
        "target_audience": {
            "customer_segments": list(campaign.customer_segments),
            "size": campaign.audience_size,
        },
        "estimated_impact": {
            "retention_improvement": campaign.retention_improvement,
            "engagement_lift": campaign.engagement_lift,
        },
    }


def _store(session: Any) -> SqlRecordStore[Campaign]:
    return SqlRecordStore(session, Campaign, Campaign.campaign_id)
