"""event-platform: what the webhook dispatcher needs (claims, outbox link, failure runs).

Revision ID: event_platform_0003
Revises: event_platform_0002
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "event_platform_0003"
down_revision: str | Sequence[str] | None = "event_platform_0002"
branch_labels: str | Sequence[str] | None = None
# Deliveries are fanned out from the shared outbox.
depends_on: str | Sequence[str] | None = "core_0002"


def upgrade() -> None:
    """Add the claim columns, the outbox link and the failure counter."""
    with op.batch_alter_table("ep_webhook_deliveries") as table:
        table.add_column(
            sa.Column(
                "outbox_event_id",
                sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
                nullable=True,
            )
        )
        table.add_column(sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True))
        table.add_column(sa.Column("claim_token", sa.String(length=32), nullable=True))
        table.create_index("ix_ep_webhook_deliveries_due", ["status", "next_attempt_at"])
    with op.batch_alter_table("ep_webhook_subscriptions") as table:
        table.add_column(
            sa.Column("consecutive_failures", sa.Integer(), nullable=False, server_default="0")
        )


def downgrade() -> None:
    """Drop what :func:`upgrade` added."""
    with op.batch_alter_table("ep_webhook_subscriptions") as table:
        table.drop_column("consecutive_failures")
    with op.batch_alter_table("ep_webhook_deliveries") as table:
        table.drop_index("ix_ep_webhook_deliveries_due")
        table.drop_column("claim_token")
        table.drop_column("lease_until")
        table.drop_column("outbox_event_id")
