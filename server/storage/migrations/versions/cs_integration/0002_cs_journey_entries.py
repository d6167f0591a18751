"""cs-integration: journey entries (opened by customer create/replace, read by journeys).

Revision ID: cs_integration_0002
Revises: cs_integration_0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "cs_integration_0002"
down_revision: str | Sequence[str] | None = "cs_integration_0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the journey entries table."""
    op.create_table(
        "cs_journey_entries",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("customer_id", sa.String(64), nullable=False),
        sa.Column("stage", sa.String(32), nullable=False),
        sa.Column("reason", sa.String(100), nullable=False),
        sa.Column("entered_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["cs_customers.customer_id"],
            name=op.f("fk_cs_journey_entries_customer_id_cs_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cs_journey_entries")),
    )
    op.create_index(
        op.f("ix_cs_journey_entries_customer_id"), "cs_journey_entries", ["customer_id"]
    )


def downgrade() -> None:
    """Drop the journey entries table."""
    op.drop_index(op.f("ix_cs_journey_entries_customer_id"), table_name="cs_journey_entries")
    op.drop_table("cs_journey_entries")
