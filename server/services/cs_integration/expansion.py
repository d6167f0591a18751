"""A customer's expansion pipeline: readiness from health, adoption and milestones.

The rules (spec ``Expansion``): score = round(0.6 x health_score + 20 x adoption_rate +
4 x min(milestones, 5)); opportunities only with a handoff and a score of 60 or more.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy.orm import Session

from server.services.cs_integration.customer_state import CustomerState, customer_in_path
from server.services.cs_integration.periods import next_quarter, utc_today
from server.services.cs_integration.sales import handoff_of, milestones
from server.services.cs_integration.wire import number, whole
from server.storage.database import Database
from server.storage.models.cs_domains import Handoff, Milestone

#: A milestone achieved this many days up to today (today included) is recent.
RECENT_DAYS = 90


def readiness_score(state: CustomerState, milestone_count: int) -> int:
    """The expansion readiness score, 0-100."""
    raw = 0.6 * state.health_score + 20 * state.adoption_rate + 4 * min(milestone_count, 5)
    return max(0, min(100, whole(raw)))


def readiness_factors(
    state: CustomerState, recorded: Sequence[Milestone], today: date
) -> list[str]:
    """The factors behind the score, in the spec's order."""
    earliest_recent = today - timedelta(days=RECENT_DAYS - 1)
    conditions = (
        ("high_product_adoption", state.adoption_rate >= 0.7),
        ("strong_health_score", state.health_score >= 75),
        (
            "recent_success_milestones",
            any(earliest_recent <= m.achieved_on <= today for m in recorded),
        ),
    )
    return [factor for factor, holds in conditions if holds]


def opportunities(
    score: int, handoff: Handoff | None, kinds: Sequence[str], today: date
) -> list[dict[str, Any]]:
    """Upsell (and cross-sell with the adoption target reached) for ready, handed-off customers."""
    if handoff is None or score < 60:
        return []
    probability = (score // 5 * 5) / 100
    timeline = next_quarter(today)
    found = [
        {
            "type": "upsell",
            "product": "premium_features",
            "value_estimate": whole(handoff.deal_value / 3),
            "probability": probability,
            "timeline": timeline,
        }
    ]
    if "achieved_adoption_target" in kinds:
        found.append(
            {
                "type": "cross_sell",
                "product": "integration_suite",
                "value_estimate": whole(handoff.deal_value / 5),
                "probability": probability,
                "timeline": timeline,
            }
        )
    return found


def expansion_for(session: Session, state: CustomerState) -> dict[str, Any]:
    """The expansion pipeline of the customer whose state is ``state``."""
    today = utc_today()
    recorded = sorted(
        milestones(session).where(Milestone.customer_id == state.customer_id),
        key=lambda m: (m.achieved_on, m.seq),
    )
    kinds = [m.milestone for m in recorded]
    score = readiness_score(state, len(recorded))
    return {
        "expansion_readiness": {
            "score": score,
            "readiness_factors": readiness_factors(state, recorded, today),
        },
        "opportunities": opportunities(score, handoff_of(session, state.customer_id), kinds, today),
        "success_evidence": kinds,
    }


def pipeline_value(expansion: dict[str, Any]) -> int | float:
    """Sum of the opportunities' value estimates."""
    return number(sum(item["value_estimate"] for item in expansion["opportunities"]))


class ExpansionService:
    """Expansion pipelines; every method is one transaction."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def get(self, customer_id: str) -> dict[str, Any]:
        """The customer's expansion pipeline; 404 when unknown."""
        with self.database.read_session() as session:
            _, state = customer_in_path(session, customer_id)
            return expansion_for(session, state)
