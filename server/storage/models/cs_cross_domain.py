"""cs-cross-domain tables: the records each domain writes and the audit log.

Every record table has an integer ``seq`` primary key: "latest" in the spec's rules means the
most recently recorded record, and ``seq`` is the order of recording. Public identifiers are
derived from it (``camp_<seq>``, ``PROD-<999 + seq>``, ``fc_<seq>``, ``exec_<seq>``).
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Float, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from server.storage.models.base import Base, UtcDateTime

_ESCAPED = re.compile(r"\\(.)", re.DOTALL)


class NulSafeText(TypeDecorator[str]):
    """Free text that may hold NUL, which PostgreSQL text cannot: ``\\`` and NUL escaped."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: object) -> str | None:
        if value is None:
            return None
        return value.replace("\\", "\\\\").replace("\x00", "\\0")

    def process_result_value(self, value: str | None, dialect: object) -> str | None:
        if value is None:
            return None
        return _ESCAPED.sub(lambda m: "\x00" if m.group(1) == "0" else m.group(1), value)


class Trigger(Base):
    """A marketing trigger and the campaign it started (``campaign_id`` names both)."""

    __tablename__ = "ccd_triggers"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    customer_id: Mapped[str] = mapped_column(String(64), index=True)
    health_score: Mapped[int] = mapped_column(Integer)
    risk_category: Mapped[str] = mapped_column(String(16))
    milestones: Mapped[list[Any]] = mapped_column(JSON)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class Handoff(Base):
    """A completed sales-to-CS handoff; it opens the contract ``contract_id``."""

    __tablename__ = "ccd_handoffs"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    deal_id: Mapped[str] = mapped_column(String(64), unique=True)
    contract_id: Mapped[str] = mapped_column(String(64), unique=True)
    customer_id: Mapped[str | None] = mapped_column(String(64), index=True, default=None)
    success_plan_id: Mapped[str] = mapped_column(String(64))
    baseline_kpis: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_by: Mapped[str] = mapped_column(String(64))
    completed_at: Mapped[datetime] = mapped_column(UtcDateTime())


class Feedback(Base):
    """CS feedback about a feature, recorded as ticket ``PROD-<number>``."""

    __tablename__ = "ccd_feedback"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    customer_id: Mapped[str] = mapped_column(String(64), index=True)
    feature_id: Mapped[str] = mapped_column(String(64), index=True)
    impact_score: Mapped[int] = mapped_column(Integer)
    #: Free text up to 2000 characters, NUL included.
    evidence: Mapped[str] = mapped_column(NulSafeText())
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class Forecast(Base):
    """One version of a customer's renewal forecast."""

    __tablename__ = "ccd_forecasts"
    __table_args__ = (UniqueConstraint("customer_id", "version"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    customer_id: Mapped[str] = mapped_column(String(64), index=True)
    version: Mapped[int] = mapped_column(Integer)
    renewal_probability: Mapped[float] = mapped_column(Float)
    interval_lower: Mapped[float] = mapped_column(Float)
    interval_upper: Mapped[float] = mapped_column(Float)
    scenarios: Mapped[dict[str, Any]] = mapped_column(JSON)
    previous_renewal_probability: Mapped[float | None] = mapped_column(Float, default=None)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class Execution(Base):
    """A simulated workflow execution: in progress until ``due_at``."""

    __tablename__ = "ccd_executions"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    workflow_id: Mapped[str] = mapped_column(String(32))
    customer_id: Mapped[str] = mapped_column(String(64), index=True)
    escalation_tier: Mapped[int] = mapped_column(Integer)
    sla_hours: Mapped[int] = mapped_column(Integer)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    due_at: Mapped[datetime] = mapped_column(UtcDateTime())


class AuditEntry(Base):
    """One authenticated request and the status it was answered with."""

    __tablename__ = "ccd_audit_entries"

    audit_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    request_id: Mapped[str] = mapped_column(String(200))
    client_id: Mapped[str] = mapped_column(String(200), index=True)
    method: Mapped[str] = mapped_column(String(16))
    path: Mapped[str] = mapped_column(String(2000))
    status: Mapped[int] = mapped_column(Integer)
    scopes: Mapped[list[Any]] = mapped_column(JSON)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime())
