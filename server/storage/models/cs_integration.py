"""cs-integration tables."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from server.storage.models.base import Base, UtcDateTime, utcnow


class Customer(Base):
    """A customer record of the CS core API (seed 000 "Customer Management API")."""

    __tablename__ = "cs_customers"

    customer_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    health_score: Mapped[int] = mapped_column(Integer)
    health_trend: Mapped[str] = mapped_column(String(32))
    risk_level: Mapped[str] = mapped_column(String(32))
    lifecycle_stage: Mapped[str] = mapped_column(String(32))
    success_metrics: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    integration_status: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    #: Client that created the record (audit; object-level authorization uses token bindings).
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    last_updated: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    #: Incremented on every change; SQLAlchemy refuses a stale concurrent update.
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
