"""cs-cross-domain: triggers, handoffs, feedback, forecasts, executions and the audit log.

Revision ID: cs_cross_domain_0001
Revises: core_0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "cs_cross_domain_0001"
down_revision: str | Sequence[str] | None = "core_0001"
branch_labels: str | Sequence[str] | None = ("cs_cross_domain",)
depends_on: str | Sequence[str] | None = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    """Create the record tables and the audit log."""
    op.create_table(
        "ccd_triggers",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("customer_id", sa.String(64), nullable=False),
        sa.Column("health_score", sa.Integer(), nullable=False),
        sa.Column("risk_category", sa.String(16), nullable=False),
        sa.Column("milestones", sa.JSON(), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_ccd_triggers")),
    )
    op.create_index(op.f("ix_ccd_triggers_customer_id"), "ccd_triggers", ["customer_id"])
    op.create_table(
        "ccd_handoffs",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("deal_id", sa.String(64), nullable=False),
        sa.Column("contract_id", sa.String(64), nullable=False),
        sa.Column("customer_id", sa.String(64), nullable=True),
        sa.Column("success_plan_id", sa.String(64), nullable=False),
        sa.Column("baseline_kpis", sa.JSON(), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("completed_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_ccd_handoffs")),
        sa.UniqueConstraint("deal_id", name=op.f("uq_ccd_handoffs_deal_id")),
        sa.UniqueConstraint("contract_id", name=op.f("uq_ccd_handoffs_contract_id")),
    )
    op.create_index(op.f("ix_ccd_handoffs_customer_id"), "ccd_handoffs", ["customer_id"])
    op.create_table(
        "ccd_feedback",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("customer_id", sa.String(64), nullable=False),
        sa.Column("feature_id", sa.String(64), nullable=False),
        sa.Column("impact_score", sa.Integer(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_ccd_feedback")),
    )
    op.create_index(op.f("ix_ccd_feedback_customer_id"), "ccd_feedback", ["customer_id"])
    op.create_index(op.f("ix_ccd_feedback_feature_id"), "ccd_feedback", ["feature_id"])
    op.create_table(
        "ccd_forecasts",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("customer_id", sa.String(64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("renewal_probability", sa.Float(), nullable=False),
        sa.Column("interval_lower", sa.Float(), nullable=False),
        sa.Column("interval_upper", sa.Float(), nullable=False),
        sa.Column("scenarios", sa.JSON(), nullable=False),
        sa.Column("previous_renewal_probability", sa.Float(), nullable=True),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_ccd_forecasts")),
        sa.UniqueConstraint("customer_id", "version", name=op.f("uq_ccd_forecasts_customer_id")),
    )
    op.create_index(op.f("ix_ccd_forecasts_customer_id"), "ccd_forecasts", ["customer_id"])
    op.create_table(
        "ccd_executions",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("workflow_id", sa.String(32), nullable=False),
        sa.Column("customer_id", sa.String(64), nullable=False),
        sa.Column("escalation_tier", sa.Integer(), nullable=False),
        sa.Column("sla_hours", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("due_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_ccd_executions")),
    )
    op.create_index(op.f("ix_ccd_executions_customer_id"), "ccd_executions", ["customer_id"])
    op.create_index(op.f("ix_ccd_executions_created_at"), "ccd_executions", ["created_at"])
    op.create_table(
        "ccd_audit_entries",
        sa.Column("audit_id", sa.String(64), nullable=False),
        sa.Column("request_id", sa.String(200), nullable=False),
        sa.Column("client_id", sa.String(200), nullable=False),
        sa.Column("method", sa.String(16), nullable=False),
        sa.Column("path", sa.String(2000), nullable=False),
        sa.Column("status", sa.Integer(), nullable=False),
        sa.Column("scopes", sa.JSON(), nullable=False),
        sa.Column("recorded_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("audit_id", name=op.f("pk_ccd_audit_entries")),
    )
    op.create_index(op.f("ix_ccd_audit_entries_client_id"), "ccd_audit_entries", ["client_id"])


def downgrade() -> None:
    """Drop every cs-cross-domain table."""
    for table in (
        "ccd_audit_entries",
        "ccd_executions",
        "ccd_forecasts",
        "ccd_feedback",
        "ccd_handoffs",
        "ccd_triggers",
    ):
        op.drop_table(table)
