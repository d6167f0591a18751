"""platform-integrations: integrations, credentials, sync jobs, synced campaigns and contacts.

Revision ID: platform_integrations_0001
Revises: core_0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "platform_integrations_0001"
down_revision: str | Sequence[str] | None = "core_0001"
branch_labels: str | Sequence[str] | None = ("platform_integrations",)
depends_on: str | Sequence[str] | None = None

TZ = sa.DateTime(timezone=True)


def _owned_by_integration(table: str) -> sa.Column[int]:
    return sa.Column(
        "integration_id",
        sa.Integer(),
        sa.ForeignKey(
            "pi_integrations.id",
            name=op.f(f"fk_{table}_integration_id_pi_integrations"),
            ondelete="CASCADE",
        ),
        nullable=False,
    )


def upgrade() -> None:
    """Create the integration tables."""
    op.create_table(
        "pi_integrations",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("publisher_id", sa.String(64), nullable=False),
        sa.Column("platform", sa.String(16), nullable=False),
        sa.Column("region", sa.String(8), nullable=True),
        sa.Column("hints", sa.JSON(), nullable=False),
        sa.Column("config", sa.JSON(), nullable=False),
        sa.Column("connected_at", TZ, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
        sa.Column("token_stored_at", TZ, nullable=True),
        sa.Column("token_refreshed_at", TZ, nullable=True),
        sa.Column("last_synced_at", TZ, nullable=True),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pi_integrations")),
        sa.UniqueConstraint(
            "publisher_id", "platform", name=op.f("uq_pi_integrations_publisher_id")
        ),
    )
    op.create_index(op.f("ix_pi_integrations_publisher_id"), "pi_integrations", ["publisher_id"])
    op.create_table(
        "pi_credentials",
        _owned_by_integration("pi_credentials"),
        sa.Column("secrets", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("integration_id", name=op.f("pk_pi_credentials")),
    )
    op.create_table(
        "pi_sync_jobs",
        sa.Column("sync_id", sa.String(64), nullable=False),
        _owned_by_integration("pi_sync_jobs"),
        sa.Column("requested_at", TZ, nullable=False),
        sa.Column("starts_at", TZ, nullable=False),
        sa.Column("finishes_at", TZ, nullable=False),
        sa.Column("plan", sa.JSON(), nullable=False),
        sa.Column("records_synced", sa.Integer(), nullable=False),
        sa.Column("applied", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("sync_id", name=op.f("pk_pi_sync_jobs")),
    )
    op.create_index(op.f("ix_pi_sync_jobs_integration_id"), "pi_sync_jobs", ["integration_id"])
    op.create_table(
        "pi_campaigns",
        _owned_by_integration("pi_campaigns"),
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("campaign_state", sa.String(16), nullable=False),
        sa.Column("message_medium", sa.String(16), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("integration_id", "id", name=op.f("pk_pi_campaigns")),
    )
    op.create_table(
        "pi_contacts",
        _owned_by_integration("pi_contacts"),
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("given_name", sa.String(200), nullable=False),
        sa.Column("family_name", sa.String(200), nullable=False),
        sa.Column("email", sa.String(254), nullable=False),
        sa.Column("lead_source_id", sa.Integer(), nullable=True),
        sa.Column("date_created", TZ, nullable=False),
        sa.PrimaryKeyConstraint("integration_id", "id", name=op.f("pk_pi_contacts")),
    )


def downgrade() -> None:
    """Drop every platform-integrations table."""
    for table in (
        "pi_contacts",
        "pi_campaigns",
        "pi_sync_jobs",
        "pi_credentials",
        "pi_integrations",
    ):
        op.drop_table(table)
