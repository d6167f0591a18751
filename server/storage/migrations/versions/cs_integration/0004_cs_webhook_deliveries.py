"""cs-integration: the webhook delivery log, and a signing secret for every endpoint.

Endpoints registered before secrets were generated get one now (deliveries are always signed;
their owners read it by registering again, as the API shows a secret only at registration).

Revision ID: cs_integration_0004
Revises: cs_integration_0003
Create Date: 2026-11-23
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "cs_integration_0004"
down_revision: str | Sequence[str] | None = "cs_integration_0003"
branch_labels: str | Sequence[str] | None = None
# Deliveries are fanned out from the shared outbox.
depends_on: str | Sequence[str] | None = "core_0002"


def upgrade() -> None:
    """Create the delivery log; give secret-less endpoints a secret and require one."""
    op.create_table(
        "cs_webhook_deliveries",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("subscription_id", sa.String(length=64), nullable=False),
        sa.Column("event", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.JSON(), nullable=False),
        sa.Column("attempt_count", sa.Integer(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "outbox_event_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("claim_token", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["subscription_id"],
            ["cs_webhooks.webhook_id"],
            name=op.f("fk_cs_webhook_deliveries_subscription_id_cs_webhooks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cs_webhook_deliveries")),
    )
    with op.batch_alter_table("cs_webhook_deliveries") as table:
        table.create_index("ix_cs_webhook_deliveries_due", ["status", "next_attempt_at"])
        table.create_index(table.f("ix_cs_webhook_deliveries_subscription_id"), ["subscription_id"])
    webhooks = sa.table("cs_webhooks", sa.column("seq", sa.Integer), sa.column("secret"))
    connection = op.get_bind()
    for (seq,) in connection.execute(sa.select(webhooks.c.seq).where(webhooks.c.secret.is_(None))):
        connection.execute(
            webhooks.update()
            .where(webhooks.c.seq == seq)
            .values(secret="whsec_" + secrets.token_hex(16))
        )
    with op.batch_alter_table("cs_webhooks") as table:
        table.alter_column("secret", existing_type=sa.String(length=200), nullable=False)


def downgrade() -> None:
    """Drop the delivery log; secrets become optional again (the generated ones stay)."""
    with op.batch_alter_table("cs_webhooks") as table:
        table.alter_column("secret", existing_type=sa.String(length=200), nullable=True)
    op.drop_table("cs_webhook_deliveries")
