"""Feature usage records, adoption insights computed from them, and customer feedback."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import timedelta
from typing import Any

from sqlalchemy.orm import Session

from server.auth.principal import Principal
from server.services.cs_integration.customer_state import all_states, customer_in_body
from server.services.cs_integration.customers import API
from server.services.cs_integration.ids import new_id
from server.services.cs_integration.scoring import company_segment
from server.services.cs_integration.wire import parse_timestamp, round_half_up, timestamp
from server.services.errors import BusinessRuleError, NotFoundError
from server.services.outbox import record_event
from server.storage.cs_records import SqlRecordStore
from server.storage.database import Database
from server.storage.models.base import utcnow
from server.storage.models.cs_domains import FeatureUsage, Feedback, Handoff

FUTURE_TOLERANCE = timedelta(minutes=5)
SEGMENTS = ("enterprise", "mid_market", "small_business")


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Pearson's correlation coefficient; 0 when either series has no variance."""
    n = len(xs)
    if n == 0:
        return 0.0
    mean_x, mean_y = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mean_x) ** 2 for x in xs)
    syy = sum((y - mean_y) ** 2 for y in ys)
    if sxx == 0 or syy == 0:
        return 0.0
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    return max(-1.0, min(1.0, sxy / math.sqrt(sxx * syy)))


def ratio(part: int, whole: int) -> float:
    """``part / whole`` rounded to 2 decimals; 0 for an empty whole."""
    return round_half_up(part / whole, 2) if whole else 0.0


class ProductService:
    """Usage, adoption and feedback; every method is one transaction."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def record_usage(self, data: Mapping[str, Any]) -> dict[str, Any]:
        """Store a usage record; 422 for an unknown customer or a future ``recorded_at``."""
        now = utcnow()
        observed = parse_timestamp(str(data["recorded_at"])) if "recorded_at" in data else now
        with self.database.session() as session:
            customer = customer_in_body(session, str(data["customer_id"]))
            if observed > now + FUTURE_TOLERANCE:
                raise BusinessRuleError(
                    "recorded_at_not_future",
                    "recorded_at is more than 5 minutes in the future.",
                    "body/recorded_at",
                )
            usage = _usage(session).add(
                FeatureUsage(
                    usage_id=new_id("use"),
                    customer_id=customer.customer_id,
                    feature_id=str(data["feature_id"]),
                    adopted=bool(data["adopted"]),
                    recorded_at=observed,
                )
            )
            return usage_body(usage)

    def get_usage(self, usage_id: str) -> dict[str, Any]:
        """One usage record; 404 when unknown."""
        with self.database.read_session() as session:
            usage = _usage(session).get(usage_id)
            if usage is None:
                raise NotFoundError("usage record", usage_id)
            return usage_body(usage)

    def adoption(self, feature_id: str) -> dict[str, Any]:
        """Adoption insights of a feature over every customer; 404 before its first record."""
        with self.database.session() as session:
            records = _usage(session).where(FeatureUsage.feature_id == feature_id)
            if not records:
                raise NotFoundError("feature", feature_id)
            latest: dict[str, FeatureUsage] = {}
            for record in records:
                known = latest.get(record.customer_id)
                if known is None or (record.recorded_at, record.seq) > (
                    known.recorded_at,
                    known.seq,
                ):
                    latest[record.customer_id] = record
            deal_values = {
                h.customer_id: h.deal_value
                for h in SqlRecordStore(session, Handoff, Handoff.handoff_id).where()
            }
            states = all_states(session)
            adopted = [
                1.0 if s.customer_id in latest and latest[s.customer_id].adopted else 0.0
                for s in states
            ]
            segments = [company_segment(deal_values.get(s.customer_id)) for s in states]
            overall = ratio(int(sum(adopted)), len(states))
            by_segment = {
                segment: ratio(
                    int(sum(a for a, s in zip(adopted, segments, strict=True) if s == segment)),
                    segments.count(segment),
                )
                for segment in SEGMENTS
            }
            link = round_half_up(pearson(adopted, [float(s.health_score) for s in states]), 2)
            retention = round_half_up(
                pearson(adopted, [0.0 if s.lifecycle_stage == "churned" else 1.0 for s in states]),
                2,
            )
            opportunities = [
                name
                for name, holds in (
                    ("enhanced_onboarding", overall < 0.7),
                    (
                        "training_content",
                        any(by_segment[seg] < 0.5 for seg in SEGMENTS if seg in set(segments)),
                    ),
                    ("feature_discovery", any(s.customer_id not in latest for s in states)),
                )
                if holds
            ]
            return {
                "feature_id": feature_id,
                "adoption_metrics": {"overall_adoption": overall, "segment_adoption": by_segment},
                "success_correlation": {
                    "adoption_success_link": link,
                    "health_impact": "high" if link >= 0.5 else "medium" if link >= 0.2 else "low",
                    "retention_correlation": retention,
                },
                "improvement_opportunities": opportunities,
            }

    def submit_feedback(self, caller: Principal, data: Mapping[str, Any]) -> dict[str, Any]:
        """Store feedback as ``received``; 422 for an unknown customer."""
        with self.database.session() as session:
            customer = customer_in_body(session, str(data["customer_id"]))
            feedback = _feedback(session).add(
                Feedback(
                    feedback_id=new_id("fb"),
                    customer_id=customer.customer_id,
                    feedback=dict(data["feedback"]),
                    success_context=dict(data["success_context"]),
                    delivery_status="received",
                    submitted_at=utcnow(),
                )
            )
            body = feedback_body(feedback)
            record_event(session, API, "feedback.submitted", body, caller.client_id)
            return body

    def get_feedback(self, feedback_id: str) -> dict[str, Any]:
        """Submitted feedback; 404 when unknown."""
        with self.database.read_session() as session:
            feedback = _feedback(session).get(feedback_id)
            if feedback is None:
                raise NotFoundError("feedback", feedback_id)
            return feedback_body(feedback)


def usage_body(usage: FeatureUsage) -> dict[str, Any]:
    """The API's view of a usage record."""
    return {
        "usage_id": usage.usage_id,
        "customer_id": usage.customer_id,
        "feature_id": usage.feature_id,
        "adopted": usage.adopted,
        "recorded_at": timestamp(usage.recorded_at),
    }


def feedback_body(feedback: Feedback) -> dict[str, Any]:
    """The API's view of feedback."""
    return {
        "feedback_id": feedback.feedback_id,
        "customer_id": feedback.customer_id,
        "feedback": dict(feedback.feedback),
        "success_context": dict(feedback.success_context),
        "delivery_status": feedback.delivery_status,
        "submitted_at": timestamp(feedback.submitted_at),
    }


def _usage(session: Session) -> SqlRecordStore[FeatureUsage]:
    return SqlRecordStore(session, FeatureUsage, FeatureUsage.usage_id)


def _feedback(session: Session) -> SqlRecordStore[Feedback]:
    return SqlRecordStore(session, Feedback, Feedback.feedback_id)
