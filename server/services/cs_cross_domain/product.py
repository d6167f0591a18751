"""Product: CS feedback tickets and feature adoption insights."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from fractions import Fraction
from typing import Any

from server.auth.principal import Principal
from server.services.cs_cross_domain.figures import pearson, percent, rounded_int
from server.services.cs_cross_domain.records import TICKET_PREFIX, public_id, seq_of, timestamp
from server.services.errors import NotFoundError
from server.storage.cs_cross_domain import SqlCrossDomainStore
from server.storage.database import Database
from server.storage.models.base import utcnow
from server.storage.models.cs_cross_domain import Feedback

#: Each barrier and the recommendation answering it, in the spec's order.
RECOMMENDATIONS = {
    "onboarding_friction": "targeted_tutorial",
    "low_perceived_value": "value_messaging",
    "at_risk_users": "cs_outreach",
}
AT_RISK = ("at_risk", "critical")


def priority_of(impact_score: int) -> str:
    """9-10 P1, 7-8 P2, 4-6 P3, 1-3 P4."""
    if impact_score >= 9:
        return "P1"
    if impact_score >= 7:
        return "P2"
    if impact_score >= 4:
        return "P3"
    return "P4"


def roadmap_position(priority: str, created_at: datetime) -> str:
    """P1 the next quarter, P2 the one after, P3 backlog, P4 under review."""
    quarter = (created_at.month - 1) // 3  # 0-based quarter of created_at (UTC)
    if priority == "P1":
        return f"Q{(quarter + 1) % 4 + 1}_target"
    if priority == "P2":
        return f"Q{(quarter + 2) % 4 + 1}_target"
    return "backlog" if priority == "P3" else "under_review"


def feedback_body(feedback: Feedback) -> dict[str, Any]:
    """The API's view of a feedback ticket."""
    priority = priority_of(feedback.impact_score)
    return {
        "ticket_id": public_id(TICKET_PREFIX, feedback.seq),
        "customer_id": feedback.customer_id,
        "feature_id": feedback.feature_id,
        "impact_score": feedback.impact_score,
        "evidence": feedback.evidence,
        "priority": priority,
        "roadmap_position": roadmap_position(priority, feedback.created_at),
        "created_at": timestamp(feedback.created_at),
    }


@dataclass(frozen=True)
class Adoption:
    """A feature's adoption rate (whole percent) and the feedback it was computed from."""

    rate: int
    feedback: Sequence[Feedback]


def adoption_of(store: SqlCrossDomainStore, feature_id: str) -> Adoption:
    """round(100 x customers with feedback on the feature / customers known)."""
    feedback = store.feedback_on(feature_id)
    adopters = {item.customer_id for item in feedback}
    known = store.known_customer_count()
    rate = rounded_int(Fraction(100 * len(adopters), known)) if known else 0
    return Adoption(rate, feedback)


class ProductService:
    """Feedback and adoption over a database; every method is one transaction."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def submit(self, caller: Principal, data: Mapping[str, Any]) -> dict[str, Any]:
        """Record feedback as a new ticket."""
        with self.database.session() as session:
            feedback = Feedback(
                customer_id=str(data["customer_id"]),
                feature_id=str(data["feature_id"]),
                impact_score=int(data["impact_score"]),
                evidence=str(data["evidence"]),
                created_by=caller.client_id,
                created_at=utcnow(),
            )
            SqlCrossDomainStore(session).add(feedback)
            return feedback_body(feedback)

    def ticket(self, ticket_id: str) -> dict[str, Any]:
        """The ticket ``ticket_id``; 404 when unknown."""
        with self.database.session() as session:
            seq = seq_of(TICKET_PREFIX, ticket_id)
            found = SqlCrossDomainStore(session).feedback(seq) if seq is not None else None
            if found is None:
                raise NotFoundError("ticket", ticket_id)
            return feedback_body(found)

    def adoption(self, feature_id: str) -> dict[str, Any]:
        """Adoption rate, health correlation, barriers and recommendations of a feature."""
        with self.database.session() as session:
            store = SqlCrossDomainStore(session)
            adoption = adoption_of(store, feature_id)
            if not adoption.feedback:
                raise NotFoundError("feature", feature_id)
            highest: dict[str, int] = {}
            for item in adoption.feedback:
                highest[item.customer_id] = max(highest.get(item.customer_id, 0), item.impact_score)
            impacts: list[float] = []
            healths: list[float] = []
            at_risk = False
            for customer_id in sorted(highest):
                latest = store.latest_trigger(customer_id)
                if latest is None:
                    continue
                impacts.append(float(highest[customer_id]))
                healths.append(float(latest.health_score))
                at_risk = at_risk or latest.risk_category in AT_RISK
            scores = [item.impact_score for item in adoption.feedback]
            barriers = []
            if adoption.rate < 50:
                barriers.append("onboarding_friction")
            if Fraction(sum(scores), len(scores)) < 5:
                barriers.append("low_perceived_value")
            if at_risk:
                barriers.append("at_risk_users")
            return {
                "feature_id": feature_id,
                "adoption_rate": percent(adoption.rate),
                "health_correlation": pearson(impacts, healths),
                "barriers": barriers,
                "recommendations": [RECOMMENDATIONS[b] for b in barriers],
            }
