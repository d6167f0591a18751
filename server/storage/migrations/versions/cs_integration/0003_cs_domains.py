"""cs-integration: what is recorded about customers (health events, campaigns, handoffs,
milestones, feature usage, feedback, realizations, forecasts, workflow executions) and
webhook endpoints.

Customers stored before journeys were kept get the journey entry their creation opens.

Revision ID: cs_integration_0003
Revises: cs_integration_0002
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "cs_integration_0003"
down_revision: str | Sequence[str] | None = "cs_integration_0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the tables."""
    op.create_table(
        "cs_campaigns",
        sa.Column("campaign_id", sa.String(length=64), nullable=False),
        sa.Column("trigger_type", sa.String(length=32), nullable=False),
        sa.Column("campaign_type", sa.String(length=32), nullable=False),
        sa.Column("customer_segments", sa.JSON(), nullable=False),
        sa.Column("audience_size", sa.Integer(), nullable=False),
        sa.Column("retention_improvement", sa.String(length=8), nullable=False),
        sa.Column("engagement_lift", sa.String(length=8), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("campaign_id", name=op.f("pk_cs_campaigns")),
    )
    op.create_table(
        "cs_forecasts",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("forecast_id", sa.String(length=64), nullable=False),
        sa.Column("forecast_period", sa.String(length=7), nullable=False),
        sa.Column("customer_forecasts", sa.JSON(), nullable=False),
        sa.Column("aggregate_metrics", sa.JSON(), nullable=False),
        sa.Column("computed_metrics", sa.JSON(), nullable=False),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_cs_forecasts")),
        sa.UniqueConstraint("forecast_id", name=op.f("uq_cs_forecasts_forecast_id")),
    )
    op.create_table(
        "cs_webhooks",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("webhook_id", sa.String(length=64), nullable=False),
        sa.Column("client_id", sa.String(length=64), nullable=False),
        sa.Column("url", sa.String(length=2048), nullable=False),
        sa.Column("events", sa.JSON(), nullable=False),
        sa.Column("description", sa.String(length=500), nullable=True),
        sa.Column("secret", sa.String(length=200), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("consecutive_failures", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_cs_webhooks")),
        sa.UniqueConstraint("client_id", "url", name=op.f("uq_cs_webhooks_client_id")),
        sa.UniqueConstraint("webhook_id", name=op.f("uq_cs_webhooks_webhook_id")),
    )
    with op.batch_alter_table("cs_webhooks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cs_webhooks_client_id"), ["client_id"], unique=False)

    op.create_table(
        "cs_feature_usage",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("usage_id", sa.String(length=64), nullable=False),
        sa.Column("customer_id", sa.String(length=64), nullable=False),
        sa.Column("feature_id", sa.String(length=64), nullable=False),
        sa.Column("adopted", sa.Boolean(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["cs_customers.customer_id"],
            name=op.f("fk_cs_feature_usage_customer_id_cs_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_cs_feature_usage")),
        sa.UniqueConstraint("usage_id", name=op.f("uq_cs_feature_usage_usage_id")),
    )
    with op.batch_alter_table("cs_feature_usage", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_cs_feature_usage_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_cs_feature_usage_feature_id"), ["feature_id"], unique=False
        )

    op.create_table(
        "cs_feedback",
        sa.Column("feedback_id", sa.String(length=64), nullable=False),
        sa.Column("customer_id", sa.String(length=64), nullable=False),
        sa.Column("feedback", sa.JSON(), nullable=False),
        sa.Column("success_context", sa.JSON(), nullable=False),
        sa.Column("delivery_status", sa.String(length=32), nullable=False),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["cs_customers.customer_id"],
            name=op.f("fk_cs_feedback_customer_id_cs_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("feedback_id", name=op.f("pk_cs_feedback")),
    )
    with op.batch_alter_table("cs_feedback", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_cs_feedback_customer_id"), ["customer_id"], unique=False
        )

    op.create_table(
        "cs_forecast_lines",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("forecast_seq", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.String(length=64), nullable=False),
        sa.Column("renewal_probability", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["forecast_seq"],
            ["cs_forecasts.seq"],
            name=op.f("fk_cs_forecast_lines_forecast_seq_cs_forecasts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_cs_forecast_lines")),
    )
    with op.batch_alter_table("cs_forecast_lines", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_cs_forecast_lines_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_cs_forecast_lines_forecast_seq"), ["forecast_seq"], unique=False
        )

    op.create_table(
        "cs_handoffs",
        sa.Column("handoff_id", sa.String(length=64), nullable=False),
        sa.Column("customer_id", sa.String(length=64), nullable=False),
        sa.Column("deal_value", sa.Float(), nullable=False),
        sa.Column("handoff_data", sa.JSON(), nullable=False),
        sa.Column("success_initiation", sa.JSON(), nullable=False),
        sa.Column("onboarding_start", sa.Date(), nullable=False),
        sa.Column("baseline_metrics", sa.JSON(), nullable=False),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["cs_customers.customer_id"],
            name=op.f("fk_cs_handoffs_customer_id_cs_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("handoff_id", name=op.f("pk_cs_handoffs")),
        sa.UniqueConstraint("customer_id", name=op.f("uq_cs_handoffs_customer_id")),
    )
    op.create_table(
        "cs_health_events",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("event_id", sa.String(length=64), nullable=False),
        sa.Column("customer_id", sa.String(length=64), nullable=False),
        sa.Column("previous_score", sa.Integer(), nullable=False),
        sa.Column("new_score", sa.Integer(), nullable=False),
        sa.Column("change_reason", sa.String(length=100), nullable=False),
        sa.Column("trigger_events", sa.JSON(), nullable=False),
        sa.Column("recommended_actions", sa.JSON(), nullable=False),
        sa.Column("timestamp", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["cs_customers.customer_id"],
            name=op.f("fk_cs_health_events_customer_id_cs_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_cs_health_events")),
        sa.UniqueConstraint("event_id", name=op.f("uq_cs_health_events_event_id")),
    )
    with op.batch_alter_table("cs_health_events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_cs_health_events_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_cs_health_events_recorded_at"), ["recorded_at"], unique=False
        )

    op.create_table(
        "cs_milestones",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("milestone_id", sa.String(length=64), nullable=False),
        sa.Column("customer_id", sa.String(length=64), nullable=False),
        sa.Column("milestone", sa.String(length=64), nullable=False),
        sa.Column("achieved_on", sa.Date(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["cs_customers.customer_id"],
            name=op.f("fk_cs_milestones_customer_id_cs_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_cs_milestones")),
        sa.UniqueConstraint("customer_id", "milestone", name=op.f("uq_cs_milestones_customer_id")),
        sa.UniqueConstraint("milestone_id", name=op.f("uq_cs_milestones_milestone_id")),
    )
    with op.batch_alter_table("cs_milestones", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_cs_milestones_customer_id"), ["customer_id"], unique=False
        )

    op.create_table(
        "cs_realizations",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("realization_id", sa.String(length=64), nullable=False),
        sa.Column("customer_id", sa.String(length=64), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("amount", sa.Float(), nullable=False),
        sa.Column("realized_on", sa.Date(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["cs_customers.customer_id"],
            name=op.f("fk_cs_realizations_customer_id_cs_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_cs_realizations")),
        sa.UniqueConstraint("realization_id", name=op.f("uq_cs_realizations_realization_id")),
    )
    with op.batch_alter_table("cs_realizations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_cs_realizations_customer_id"), ["customer_id"], unique=False
        )

    op.create_table(
        "cs_workflow_executions",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("execution_id", sa.String(length=64), nullable=False),
        sa.Column("customer_id", sa.String(length=64), nullable=False),
        sa.Column("workflow_type", sa.String(length=64), nullable=False),
        sa.Column("trigger_conditions", sa.JSON(), nullable=False),
        sa.Column("automation_steps", sa.JSON(), nullable=False),
        sa.Column("step_results", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("escalated", sa.Boolean(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("outcome", sa.String(length=32), nullable=True),
        sa.Column("handled_by", sa.String(length=254), nullable=True),
        sa.Column("skill_match", sa.Boolean(), nullable=True),
        sa.Column("customer_satisfaction", sa.Float(), nullable=True),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["cs_customers.customer_id"],
            name=op.f("fk_cs_workflow_executions_customer_id_cs_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_cs_workflow_executions")),
        sa.UniqueConstraint("execution_id", name=op.f("uq_cs_workflow_executions_execution_id")),
    )
    with op.batch_alter_table("cs_workflow_executions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_cs_workflow_executions_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_cs_workflow_executions_status"), ["status"], unique=False
        )

    # Every customer's journey starts at its creation (reason ``customer_created``).
    op.execute(
        "INSERT INTO cs_journey_entries (customer_id, stage, reason, entered_at) "
        "SELECT customer_id, lifecycle_stage, 'customer_created', created_at FROM cs_customers "
        "WHERE customer_id NOT IN (SELECT customer_id FROM cs_journey_entries)"
    )


def downgrade() -> None:
    """Drop the tables."""
    with op.batch_alter_table("cs_workflow_executions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cs_workflow_executions_status"))
        batch_op.drop_index(batch_op.f("ix_cs_workflow_executions_customer_id"))

    op.drop_table("cs_workflow_executions")
    with op.batch_alter_table("cs_realizations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cs_realizations_customer_id"))

    op.drop_table("cs_realizations")
    with op.batch_alter_table("cs_milestones", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cs_milestones_customer_id"))

    op.drop_table("cs_milestones")
    with op.batch_alter_table("cs_health_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cs_health_events_recorded_at"))
        batch_op.drop_index(batch_op.f("ix_cs_health_events_customer_id"))

    op.drop_table("cs_health_events")
    op.drop_table("cs_handoffs")
    with op.batch_alter_table("cs_forecast_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cs_forecast_lines_forecast_seq"))
        batch_op.drop_index(batch_op.f("ix_cs_forecast_lines_customer_id"))

    op.drop_table("cs_forecast_lines")
    with op.batch_alter_table("cs_feedback", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cs_feedback_customer_id"))

    op.drop_table("cs_feedback")
    with op.batch_alter_table("cs_feature_usage", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cs_feature_usage_feature_id"))
        batch_op.drop_index(batch_op.f("ix_cs_feature_usage_customer_id"))

    op.drop_table("cs_feature_usage")
    with op.batch_alter_table("cs_webhooks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cs_webhooks_client_id"))

    op.drop_table("cs_webhooks")
    op.drop_table("cs_forecasts")
    op.drop_table("cs_campaigns")
