"""platform-integrations tables: integrations, their credentials, sync jobs and synced data.

Credentials live in their own table, apart from everything an API response is built from:
the simulated connectors (and real ones) need them in the clear to call the platform, so they
are kept as given, and no representation ever reads that table.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from server.storage.models.base import Base, UtcDateTime


class Integration(Base):
    """One publisher's connection to one platform, with hints about its credentials."""

    __tablename__ = "pi_integrations"
    __table_args__ = (UniqueConstraint("publisher_id", "platform"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    publisher_id: Mapped[str] = mapped_column(String(64), index=True)
    platform: Mapped[str] = mapped_column(String(16))
    region: Mapped[str | None] = mapped_column(String(8), default=None)
    #: Non-secret hints shown back (last four characters, site id, client id).
    hints: Mapped[dict[str, Any]] = mapped_column(JSON)
    config: Mapped[dict[str, Any]] = mapped_column(JSON)
    connected_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
    #: Keap: when the access token was stored or last refreshed, and when last refreshed.
    token_stored_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)
    token_refreshed_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)
    last_synced_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)
    created_by: Mapped[str] = mapped_column(String(64))


class IntegrationCredentials(Base):
    """The platform credentials of an integration, as submitted (never serialised)."""

    __tablename__ = "pi_credentials"

    integration_id: Mapped[int] = mapped_column(
        ForeignKey("pi_integrations.id", ondelete="CASCADE"), primary_key=True
    )
    secrets: Mapped[dict[str, Any]] = mapped_column(JSON)


class SyncJob(Base):
    """A sync job; its status follows from its scheduled start and finish times."""

    __tablename__ = "pi_sync_jobs"

    sync_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    integration_id: Mapped[int] = mapped_column(
        ForeignKey("pi_integrations.id", ondelete="CASCADE"), index=True
    )
    requested_at: Mapped[datetime] = mapped_column(UtcDateTime())
    starts_at: Mapped[datetime] = mapped_column(UtcDateTime())
    finishes_at: Mapped[datetime] = mapped_column(UtcDateTime())
    #: What the job imports, fixed when it is requested (config may change meanwhile).
    plan: Mapped[dict[str, Any]] = mapped_column(JSON)
    records_synced: Mapped[int] = mapped_column(Integer)
    #: Whether the finished job's data has replaced the integration's synced data.
    applied: Mapped[bool] = mapped_column(default=False)


class SyncedCampaign(Base):
    """An Iterable campaign imported by a sync."""

    __tablename__ = "pi_campaigns"

    integration_id: Mapped[int] = mapped_column(
        ForeignKey("pi_integrations.id", ondelete="CASCADE"), primary_key=True
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    name: Mapped[str] = mapped_column(String(200))
    type: Mapped[str] = mapped_column(String(16))
    campaign_state: Mapped[str] = mapped_column(String(16))
    message_medium: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())


class SyncedContact(Base):
    """A Keap contact imported by a sync."""

    __tablename__ = "pi_contacts"

    integration_id: Mapped[int] = mapped_column(
        ForeignKey("pi_integrations.id", ondelete="CASCADE"), primary_key=True
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    given_name: Mapped[str] = mapped_column(String(200))
    family_name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(254))
    lead_source_id: Mapped[int | None] = mapped_column(Integer, default=None)
    date_created: Mapped[datetime] = mapped_column(UtcDateTime())
