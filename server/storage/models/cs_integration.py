"""cs-integration tables."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from server.storage.models.base import Base, UtcDateTime, utcnow


class Customer(Base):
    """A customer record (seed 000 "Customer Management API").

    ``health_score``, ``health_trend`` and ``last_updated`` are also moved by other
    resources (health-change events, journeys, handoffs, workflow executions) as the spec's
    field descriptions say; ``risk_level`` is never stored, it is derived from the score.
    """

    __tablename__ = "cs_customers"

    customer_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    health_score: Mapped[int] = mapped_column(Integer)
    health_trend: Mapped[str] = mapped_column(String(16), default="stable")
    lifecycle_stage: Mapped[str] = mapped_column(String(32))
    success_metrics: Mapped[dict[str, Any]] = mapped_column(JSON)
    integration_status: Mapped[dict[str, Any]] = mapped_column(JSON)
    #: The client that created the record (kept for audit).
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    last_updated: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)


class JourneyEntry(Base):
    """One stage of a customer's journey; the newest entry is the current stage.

    ``exited_at`` is not stored: it is the next entry's ``entered_at``.
    """

    __tablename__ = "cs_journey_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    customer_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("cs_customers.customer_id", ondelete="CASCADE"), index=True
    )
    stage: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(String(100))
    entered_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
