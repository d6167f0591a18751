"""SQL access to platform integrations, their credentials, sync jobs and synced data."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from server.storage.models.platform_integrations import (
    Integration,
    IntegrationCredentials,
    SyncedCampaign,
    SyncedContact,
    SyncJob,
)


class SqlIntegrationStore:
    """The ``pi_*`` tables, through one session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def get(
        self, publisher_id: str, platform: str, *, for_update: bool = False
    ) -> Integration | None:
        """The publisher's integration with ``platform``."""
        statement = select(Integration).where(
            Integration.publisher_id == publisher_id, Integration.platform == platform
        )
        if for_update:
            statement = statement.with_for_update()
        return self.session.scalars(statement).one_or_none()

    def page(self, publisher_id: str, limit: int, offset: int) -> tuple[Sequence[Integration], int]:
        """The publisher's integrations ordered by platform, one page, and how many in all."""
        where = Integration.publisher_id == publisher_id
        rows = self.session.scalars(
            select(Integration)
            .where(where)
            .order_by(Integration.platform)
            .limit(limit)
            .offset(offset)
        ).all()
        total = self.session.scalar(select(func.count()).select_from(Integration).where(where))
        return rows, int(total or 0)

    def add(self, integration: Integration) -> None:
        """Store a new integration."""
        self.session.add(integration)
        self.session.flush()

    def keep_credentials(self, integration: Integration, secrets: dict[str, str]) -> None:
        """Store (or replace) the integration's credentials."""
        stored = self.session.get(IntegrationCredentials, integration.id)
        if stored is None:
            self.session.add(IntegrationCredentials(integration_id=integration.id, secrets=secrets))
        else:
            stored.secrets = secrets
        self.session.flush()

    def credentials(self, integration: Integration) -> dict[str, str]:
        """The stored credentials (for the connector only; never part of a response)."""
        stored = self.session.get(IntegrationCredentials, integration.id)
        return dict(stored.secrets) if stored is not None else {}

    def delete(self, integration: Integration) -> None:
        """Remove an integration with its credentials, jobs and synced data."""
        for model in (SyncedContact, SyncedCampaign, SyncJob, IntegrationCredentials):
            self.session.execute(delete(model).where(model.integration_id == integration.id))
        self.session.delete(integration)
        self.session.flush()

    # Sync jobs

    def add_job(self, job: SyncJob) -> None:
        """Store a new sync job."""
        self.session.add(job)
        self.session.flush()

    def job(self, integration: Integration, sync_id: str) -> SyncJob | None:
        """The integration's job ``sync_id``."""
        return self.session.scalars(
            select(SyncJob).where(
                SyncJob.sync_id == sync_id, SyncJob.integration_id == integration.id
            )
        ).one_or_none()

    def active_job(self, integration: Integration, now: datetime) -> SyncJob | None:
        """The integration's job still queued or running at ``now``."""
        return self.session.scalars(
            select(SyncJob)
            .where(SyncJob.integration_id == integration.id, SyncJob.finishes_at > now)
            .order_by(SyncJob.requested_at)
            .limit(1)
        ).first()

    def finished_unapplied(self, integration: Integration, now: datetime) -> Sequence[SyncJob]:
        """Jobs finished by ``now`` whose data has not been imported yet, oldest first."""
        return self.session.scalars(
            select(SyncJob)
            .where(
                SyncJob.integration_id == integration.id,
                SyncJob.finishes_at <= now,
                SyncJob.applied.is_(False),
            )
            .order_by(SyncJob.finishes_at, SyncJob.requested_at)
        ).all()

    # Synced data

    def replace_campaigns(self, integration: Integration, rows: list[SyncedCampaign]) -> None:
        """Make ``rows`` the integration's campaigns."""
        self.session.execute(
            delete(SyncedCampaign).where(SyncedCampaign.integration_id == integration.id)
        )
        self.session.add_all(rows)
        self.session.flush()

    def replace_contacts(self, integration: Integration, rows: list[SyncedContact]) -> None:
        """Make ``rows`` the integration's contacts."""
        self.session.execute(
            delete(SyncedContact).where(SyncedContact.integration_id == integration.id)
        )
        self.session.add_all(rows)
        self.session.flush()

    def campaigns(
        self, integration: Integration, limit: int, offset: int
    ) -> tuple[Sequence[SyncedCampaign], int]:
        """A page of the integration's campaigns ordered by id, and how many in all."""
        where = SyncedCampaign.integration_id == integration.id
        rows = self.session.scalars(
            select(SyncedCampaign)
            .where(where)
            .order_by(SyncedCampaign.id)
            .limit(limit)
            .offset(offset)
        ).all()
        total = self.session.scalar(select(func.count()).select_from(SyncedCampaign).where(where))
        return rows, int(total or 0)

    def contacts(
        self, integration: Integration, limit: int, offset: int
    ) -> tuple[Sequence[SyncedContact], int]:
        """A page of the integration's contacts ordered by id, and how many in all."""
        where = SyncedContact.integration_id == integration.id
        rows = self.session.scalars(
            select(SyncedContact)
            .where(where)
            .order_by(SyncedContact.id)
            .limit(limit)
            .offset(offset)
        ).all()
        total = self.session.scalar(select(func.count()).select_from(SyncedContact).where(where))
        return rows, int(total or 0)
