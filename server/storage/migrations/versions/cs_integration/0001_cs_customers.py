"""cs-integration: customers.

Revision ID: cs_integration_0001
Revises: core_0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "cs_integration_0001"
down_revision: str | Sequence[str] | None = "core_0001"
branch_labels: str | Sequence[str] | None = ("cs_integration",)
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the customers table."""
    op.create_table(
        "cs_customers",
        sa.Column("customer_id", sa.String(64), nullable=False),
        sa.Column("health_score", sa.Integer(), nullable=False),
        sa.Column("health_trend", sa.String(16), nullable=False),
        sa.Column("lifecycle_stage", sa.String(32), nullable=False),
        sa.Column("success_metrics", sa.JSON(), nullable=False),
        sa.Column("integration_status", sa.JSON(), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_updated", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("customer_id", name=op.f("pk_cs_customers")),
    )


def downgrade() -> None:
    """Drop the customers table."""
    op.drop_table("cs_customers")
