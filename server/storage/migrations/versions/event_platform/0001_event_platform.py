"""event-platform: users, series, events, sessions and their records, registrations, exports.

Revision ID: event_platform_0001
Revises: core_0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "event_platform_0001"
down_revision: str | Sequence[str] | None = "core_0001"
branch_labels: str | Sequence[str] | None = ("event_platform",)
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create every event-platform table."""
    op.create_table(
        "ep_event_series",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("recurrence_rule", sa.String(length=500), nullable=True),
        sa.Column("timezone", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ep_event_series")),
    )
    op.create_table(
        "ep_export_jobs",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("client_id", sa.String(length=64), nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("format", sa.String(length=8), nullable=False),
        sa.Column("filters", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("progress", sa.Integer(), nullable=False),
        sa.Column("row_count", sa.Integer(), nullable=True),
        sa.Column("error", sa.String(length=500), nullable=True),
        sa.Column("content", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ep_export_jobs")),
    )
    op.create_index(
        op.f("ix_ep_export_jobs_client_id"), "ep_export_jobs", ["client_id"], unique=False
    )
    op.create_table(
        "ep_users",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("email_key", sa.String(length=254), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("display_name", sa.String(length=100), nullable=True),
        sa.Column("phone", sa.String(length=16), nullable=True),
        sa.Column("company", sa.String(length=200), nullable=True),
        sa.Column("job_title", sa.String(length=200), nullable=True),
        sa.Column("locale", sa.String(length=35), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("roles", sa.JSON(), nullable=False),
        sa.Column("roles_updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("preferences", sa.JSON(), nullable=False),
        sa.Column("preferences_updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ep_users")),
        sa.UniqueConstraint("email_key", name=op.f("uq_ep_users_email_key")),
    )
    op.create_table(
        "ep_events",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("format", sa.String(length=16), nullable=False),
        sa.Column("start_time", sa.DateTime(timezone=True), nullable=False),
        sa.Column("end_time", sa.DateTime(timezone=True), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("venue", sa.JSON(), nullable=True),
        sa.Column("online_url", sa.String(length=2000), nullable=True),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("price_amount", sa.Integer(), nullable=True),
        sa.Column("price_currency", sa.String(length=3), nullable=True),
        sa.Column("series_id", sa.String(length=36), nullable=True),
        sa.Column("parent_event_id", sa.String(length=36), nullable=True),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("organizer_id", sa.String(length=36), nullable=True),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("cancelled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("cancellation_reason", sa.String(length=1000), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_event_id"],
            ["ep_events.id"],
            name=op.f("fk_ep_events_parent_event_id_ep_events"),
        ),
        sa.ForeignKeyConstraint(
            ["series_id"],
            ["ep_event_series.id"],
            name=op.f("fk_ep_events_series_id_ep_event_series"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ep_events")),
    )
    op.create_index(op.f("ix_ep_events_organizer_id"), "ep_events", ["organizer_id"], unique=False)
    op.create_index(
        op.f("ix_ep_events_parent_event_id"), "ep_events", ["parent_event_id"], unique=False
    )
    op.create_index(op.f("ix_ep_events_series_id"), "ep_events", ["series_id"], unique=False)
    op.create_table(
        "ep_speaker_profiles",
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("headline", sa.String(length=200), nullable=False),
        sa.Column("bio", sa.Text(), nullable=False),
        sa.Column("photo_url", sa.String(length=500), nullable=True),
        sa.Column("company", sa.String(length=200), nullable=True),
        sa.Column("job_title", sa.String(length=200), nullable=True),
        sa.Column("expertise", sa.JSON(), nullable=False),
        sa.Column("social_links", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["ep_users.id"],
            name=op.f("fk_ep_speaker_profiles_user_id_ep_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_ep_speaker_profiles")),
    )
    op.create_table(
        "ep_registrations",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("email_key", sa.String(length=254), nullable=False),
        sa.Column("company", sa.String(length=200), nullable=True),
        sa.Column("job_title", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=16), nullable=True),
        sa.Column("amount_due", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("payment_status", sa.String(length=24), nullable=False),
        sa.Column("payment_id", sa.String(length=36), nullable=True),
        sa.Column("ticket_code", sa.String(length=16), nullable=True),
        sa.Column("checked_in_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("check_in_method", sa.String(length=16), nullable=True),
        sa.Column("check_in_location", sa.String(length=200), nullable=True),
        sa.Column("check_in_ticket_code", sa.String(length=16), nullable=True),
        sa.Column("notes", sa.String(length=1000), nullable=True),
        sa.Column("confirmed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("cancelled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("cancellation_reason", sa.String(length=1000), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["ep_events.id"], name=op.f("fk_ep_registrations_event_id_ep_events")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ep_registrations")),
    )
    op.create_index(
        op.f("ix_ep_registrations_email_key"), "ep_registrations", ["email_key"], unique=False
    )
    op.create_index(
        op.f("ix_ep_registrations_event_id"), "ep_registrations", ["event_id"], unique=False
    )
    op.create_index(
        op.f("ix_ep_registrations_user_id"), "ep_registrations", ["user_id"], unique=False
    )
    op.create_table(
        "ep_sessions",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("start_time", sa.DateTime(timezone=True), nullable=False),
        sa.Column("end_time", sa.DateTime(timezone=True), nullable=False),
        sa.Column("room", sa.String(length=100), nullable=True),
        sa.Column("track", sa.String(length=100), nullable=True),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("online_url", sa.String(length=2000), nullable=True),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("cancellation_reason", sa.String(length=1000), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["ep_events.id"], name=op.f("fk_ep_sessions_event_id_ep_events")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ep_sessions")),
    )
    op.create_index(op.f("ix_ep_sessions_event_id"), "ep_sessions", ["event_id"], unique=False)
    op.create_table(
        "ep_session_attendance",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("registration_id", sa.String(length=36), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("joined_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("left_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["ep_sessions.id"],
            name=op.f("fk_ep_session_attendance_session_id_ep_sessions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ep_session_attendance")),
        sa.UniqueConstraint(
            "session_id", "registration_id", name=op.f("uq_ep_session_attendance_session_id")
        ),
    )
    op.create_index(
        op.f("ix_ep_session_attendance_registration_id"),
        "ep_session_attendance",
        ["registration_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_ep_session_attendance_session_id"),
        "ep_session_attendance",
        ["session_id"],
        unique=False,
    )
    op.create_table(
        "ep_session_feedback",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("registration_id", sa.String(length=36), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.Column("comment", sa.String(length=2000), nullable=True),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["ep_sessions.id"],
            name=op.f("fk_ep_session_feedback_session_id_ep_sessions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ep_session_feedback")),
        sa.UniqueConstraint(
            "session_id", "registration_id", name=op.f("uq_ep_session_feedback_session_id")
        ),
    )
    op.create_index(
        op.f("ix_ep_session_feedback_registration_id"),
        "ep_session_feedback",
        ["registration_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_ep_session_feedback_session_id"),
        "ep_session_feedback",
        ["session_id"],
        unique=False,
    )
    op.create_table(
        "ep_session_materials",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=False),
        sa.Column("visibility", sa.String(length=16), nullable=False),
        sa.Column("size_bytes", sa.BigInteger(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["ep_sessions.id"],
            name=op.f("fk_ep_session_materials_session_id_ep_sessions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ep_session_materials")),
    )
    op.create_index(
        op.f("ix_ep_session_materials_session_id"),
        "ep_session_materials",
        ["session_id"],
        unique=False,
    )
    op.create_table(
        "ep_session_speakers",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["ep_sessions.id"],
            name=op.f("fk_ep_session_speakers_session_id_ep_sessions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["ep_users.id"],
            name=op.f("fk_ep_session_speakers_user_id_ep_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("session_id", "user_id", name=op.f("pk_ep_session_speakers")),
    )


def downgrade() -> None:
    """Drop every event-platform table (indexes go with them)."""
    op.drop_table("ep_session_speakers")
    op.drop_table("ep_session_materials")
    op.drop_table("ep_session_feedback")
    op.drop_table("ep_session_attendance")
    op.drop_table("ep_sessions")
    op.drop_table("ep_registrations")
    op.drop_table("ep_speaker_profiles")
    op.drop_table("ep_events")
    op.drop_table("ep_users")
    op.drop_table("ep_export_jobs")
    op.drop_table("ep_event_series")
