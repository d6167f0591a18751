"""event-platform: payments, refunds, tickets, webhook subscriptions and their deliveries.

Revision ID: event_platform_0002
Revises: event_platform_0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "event_platform_0002"
down_revision: str | Sequence[str] | None = "event_platform_0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the payment, ticket and webhook tables."""
    op.create_table(
        "ep_webhook_subscriptions",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("client_id", sa.String(length=64), nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=False),
        sa.Column("description", sa.String(length=500), nullable=True),
        sa.Column("event_types", sa.JSON(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("retry_policy", sa.JSON(), nullable=False),
        sa.Column("secret", sa.String(length=128), nullable=False),
        sa.Column("version", sa.String(length=8), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ep_webhook_subscriptions")),
    )
    op.create_index(
        op.f("ix_ep_webhook_subscriptions_client_id"),
        "ep_webhook_subscriptions",
        ["client_id"],
        unique=False,
    )
    op.create_table(
        "ep_webhook_deliveries",
        sa.Column("id", sa.String(length=28), nullable=False),
        sa.Column("subscription_id", sa.String(length=36), nullable=False),
        sa.Column("event", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("test", sa.Boolean(), nullable=False),
        sa.Column("attempts", sa.JSON(), nullable=False),
        sa.Column("attempt_count", sa.Integer(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["subscription_id"],
            ["ep_webhook_subscriptions.id"],
            name=op.f("fk_ep_webhook_deliveries_subscription_id_ep_webhook_subscriptions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ep_webhook_deliveries")),
    )
    op.create_index(
        op.f("ix_ep_webhook_deliveries_subscription_id"),
        "ep_webhook_deliveries",
        ["subscription_id"],
        unique=False,
    )
    op.create_table(
        "ep_payments",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("registration_id", sa.String(length=36), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=True),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("method", sa.JSON(), nullable=False),
        sa.Column("provider", sa.String(length=16), nullable=False),
        sa.Column("provider_reference", sa.String(length=255), nullable=True),
        sa.Column("billing_details", sa.JSON(), nullable=False),
        sa.Column("failure_code", sa.String(length=32), nullable=True),
        sa.Column("failure_reason", sa.String(length=500), nullable=True),
        sa.Column("invoice_number", sa.String(length=20), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["registration_id"],
            ["ep_registrations.id"],
            name=op.f("fk_ep_payments_registration_id_ep_registrations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ep_payments")),
        sa.UniqueConstraint("invoice_number", name=op.f("uq_ep_payments_invoice_number")),
    )
    op.create_index(op.f("ix_ep_payments_event_id"), "ep_payments", ["event_id"], unique=False)
    op.create_index(
        op.f("ix_ep_payments_registration_id"), "ep_payments", ["registration_id"], unique=False
    )
    op.create_index(op.f("ix_ep_payments_user_id"), "ep_payments", ["user_id"], unique=False)
    op.create_table(
        "ep_tickets",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("registration_id", sa.String(length=36), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("voided_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["registration_id"],
            ["ep_registrations.id"],
            name=op.f("fk_ep_tickets_registration_id_ep_registrations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ep_tickets")),
        sa.UniqueConstraint("code", name=op.f("uq_ep_tickets_code")),
    )
    op.create_index(
        op.f("ix_ep_tickets_registration_id"), "ep_tickets", ["registration_id"], unique=False
    )
    op.create_table(
        "ep_refunds",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("payment_id", sa.String(length=36), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("note", sa.String(length=1000), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["payment_id"], ["ep_payments.id"], name=op.f("fk_ep_refunds_payment_id_ep_payments")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ep_refunds")),
    )
    op.create_index(op.f("ix_ep_refunds_payment_id"), "ep_refunds", ["payment_id"], unique=False)


def downgrade() -> None:
    """Drop them again."""
    op.drop_index(op.f("ix_ep_refunds_payment_id"), table_name="ep_refunds")
    op.drop_table("ep_refunds")
    op.drop_index(op.f("ix_ep_tickets_registration_id"), table_name="ep_tickets")
    op.drop_table("ep_tickets")
    op.drop_index(op.f("ix_ep_payments_user_id"), table_name="ep_payments")
    op.drop_index(op.f("ix_ep_payments_registration_id"), table_name="ep_payments")
    op.drop_index(op.f("ix_ep_payments_event_id"), table_name="ep_payments")
    op.drop_table("ep_payments")
    op.drop_index(
        op.f("ix_ep_webhook_deliveries_subscription_id"), table_name="ep_webhook_deliveries"
    )
    op.drop_table("ep_webhook_deliveries")
    op.drop_index(
        op.f("ix_ep_webhook_subscriptions_client_id"), table_name="ep_webhook_subscriptions"
    )
    op.drop_table("ep_webhook_subscriptions")
