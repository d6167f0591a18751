"""cs-integration tables beyond customers: what clients submit about customers, and webhooks.

Rows recorded *about* a customer reference ``cs_customers`` with ``ON DELETE CASCADE`` (the
spec: deleting a customer deletes everything recorded for it). Forecasts are historical
records and keep the customer ids they name without a foreign key. Tables whose order of
receipt matters carry an autoincrement ``seq``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from server.storage.models.base import Base, UtcDateTime

CUSTOMER_FK = "cs_customers.customer_id"


def _customer_column() -> Mapped[str]:
    return mapped_column(String(64), ForeignKey(CUSTOMER_FK, ondelete="CASCADE"), index=True)


class HealthChangeEvent(Base):
    """A health-change event as received (seed 000 Customer Health Events)."""

    __tablename__ = "cs_health_events"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(String(64), unique=True)
    customer_id: Mapped[str] = _customer_column()
    previous_score: Mapped[int] = mapped_column(Integer)
    new_score: Mapped[int] = mapped_column(Integer)
    change_reason: Mapped[str] = mapped_column(String(100))
    trigger_events: Mapped[list[str]] = mapped_column(JSON)
    recommended_actions: Mapped[list[str]] = mapped_column(JSON)
    timestamp: Mapped[datetime] = mapped_column(UtcDateTime())
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)


class Campaign(Base):
    """A lifecycle campaign with the audience size and impact computed at its creation."""

    __tablename__ = "cs_campaigns"

    campaign_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    trigger_type: Mapped[str] = mapped_column(String(32))
    campaign_type: Mapped[str] = mapped_column(String(32))
    customer_segments: Mapped[list[str]] = mapped_column(JSON)
    audience_size: Mapped[int] = mapped_column(Integer)
    retention_improvement: Mapped[str] = mapped_column(String(8))
    engagement_lift: Mapped[str] = mapped_column(String(8))
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class Handoff(Base):
    """A completed sales-to-CS handoff; at most one per customer."""

    __tablename__ = "cs_handoffs"

    handoff_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    customer_id: Mapped[str] = mapped_column(
        String(64), ForeignKey(CUSTOMER_FK, ondelete="CASCADE"), unique=True
    )
    deal_value: Mapped[float] = mapped_column(Float)
    handoff_data: Mapped[dict[str, Any]] = mapped_column(JSON)
    success_initiation: Mapped[dict[str, Any]] = mapped_column(JSON)
    onboarding_start: Mapped[date] = mapped_column(Date)
    baseline_metrics: Mapped[dict[str, Any]] = mapped_column(JSON)
    completed_at: Mapped[datetime] = mapped_column(UtcDateTime())


class Milestone(Base):
    """A success milestone a customer reached; each kind at most once per customer."""

    __tablename__ = "cs_milestones"
    __table_args__ = (UniqueConstraint("customer_id", "milestone"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    milestone_id: Mapped[str] = mapped_column(String(64), unique=True)
    customer_id: Mapped[str] = _customer_column()
    milestone: Mapped[str] = mapped_column(String(64))
    achieved_on: Mapped[date] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text, nullable=True)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime())


class FeatureUsage(Base):
    """Whether a customer had adopted a feature, as observed at ``recorded_at``."""

    __tablename__ = "cs_feature_usage"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    usage_id: Mapped[str] = mapped_column(String(64), unique=True)
    customer_id: Mapped[str] = _customer_column()
    feature_id: Mapped[str] = mapped_column(String(64), index=True)
    adopted: Mapped[bool] = mapped_column(Boolean)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime())


class Feedback(Base):
    """Prioritized customer feedback with its success context."""

    __tablename__ = "cs_feedback"

    feedback_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    customer_id: Mapped[str] = _customer_column()
    feedback: Mapped[dict[str, Any]] = mapped_column(JSON)
    success_context: Mapped[dict[str, Any]] = mapped_column(JSON)
    delivery_status: Mapped[str] = mapped_column(String(32))
    submitted_at: Mapped[datetime] = mapped_column(UtcDateTime())


class Realization(Base):
    """Value a customer realized."""

    __tablename__ = "cs_realizations"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    realization_id: Mapped[str] = mapped_column(String(64), unique=True)
    customer_id: Mapped[str] = _customer_column()
    category: Mapped[str] = mapped_column(String(32))
    amount: Mapped[float] = mapped_column(Float)
    realized_on: Mapped[date] = mapped_column(Date)
    description: Mapped[str | None] = mapped_column(Text, nullable=True)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime())


class Forecast(Base):
    """A submitted revenue forecast with the metrics computed at submission."""

    __tablename__ = "cs_forecasts"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    forecast_id: Mapped[str] = mapped_column(String(64), unique=True)
    forecast_period: Mapped[str] = mapped_column(String(7))
    customer_forecasts: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    aggregate_metrics: Mapped[dict[str, Any]] = mapped_column(JSON)
    computed_metrics: Mapped[dict[str, Any]] = mapped_column(JSON)
    submitted_at: Mapped[datetime] = mapped_column(UtcDateTime())


class ForecastLine(Base):
    """One customer's renewal probability in a forecast (indexed for value realization)."""

    __tablename__ = "cs_forecast_lines"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    forecast_seq: Mapped[int] = mapped_column(
        Integer, ForeignKey("cs_forecasts.seq", ondelete="CASCADE"), index=True
    )
    # No foreign key: forecasts keep the ids they name after the customer is deleted.
    customer_id: Mapped[str] = mapped_column(String(64), index=True)
    renewal_probability: Mapped[float] = mapped_column(Float)


class WorkflowExecution(Base):
    """An automated CS workflow execution and, once closed, its resolution."""

    __tablename__ = "cs_workflow_executions"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    execution_id: Mapped[str] = mapped_column(String(64), unique=True)
    customer_id: Mapped[str] = _customer_column()
    workflow_type: Mapped[str] = mapped_column(String(64))
    trigger_conditions: Mapped[dict[str, Any]] = mapped_column(JSON)
    automation_steps: Mapped[list[str]] = mapped_column(JSON)
    step_results: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(32), index=True)
    escalated: Mapped[bool] = mapped_column(Boolean)
    started_at: Mapped[datetime] = mapped_column(UtcDateTime())
    outcome: Mapped[str | None] = mapped_column(String(32), nullable=True)
    handled_by: Mapped[str | None] = mapped_column(String(254), nullable=True)
    skill_match: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    customer_satisfaction: Mapped[float | None] = mapped_column(Float, nullable=True)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
