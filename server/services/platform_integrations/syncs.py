"""Sync jobs: asynchronous, simulated, and deterministic.

A job is ``queued`` when requested, ``running`` from one second later and ``succeeded`` two
seconds after the request: its status is computed from the clock against those scheduled
times, never from when someone happens to look. The import itself is applied the first time
anything reads the integration (or its data) after the job's ``finishedAt``, and the imported
records carry that ``finishedAt``, so the outcome does not depend on when the read came.
A Keap access token older than 24 hours is refreshed on the same occasions.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta
from typing import Any

from server.auth.principal import Principal
from server.services.platform_integrations import clock
from server.services.platform_integrations.connectors import ITERABLE_CAMPAIGNS, KEAP_CONTACTS
from server.services.platform_integrations.errors import IntegrationNotFoundError
from server.services.platform_integrations.publishers import check_publisher
from server.storage.database import Database
from server.storage.models.platform_integrations import (
    Integration,
    SyncedCampaign,
    SyncedContact,
    SyncJob,
)
from server.storage.platform_integrations import SqlIntegrationStore

QUEUED_FOR = timedelta(seconds=1)
RUNS_FOR = timedelta(seconds=1)
TOKEN_LIFETIME = timedelta(hours=24)


def token_expires_at(integration: Integration) -> datetime | None:
    """When the stored Keap access token expires (24 h after it was stored or refreshed)."""
    issued = integration.token_refreshed_at or integration.token_stored_at
    return issued + TOKEN_LIFETIME if issued is not None else None


def bring_up_to_date(store: SqlIntegrationStore, integration: Integration, now: datetime) -> None:
    """Apply the jobs finished by ``now`` and refresh an expired Keap token."""
    for job in store.finished_unapplied(integration, now):
        _apply(store, integration, job)
    expires = token_expires_at(integration)
    if expires is not None and now >= expires:
        # Simulated refresh with the stored refresh token: the token is kept, its clock reset.
        integration.token_refreshed_at = now
    store.session.flush()


def job_body(job: SyncJob, integration: Integration, now: datetime) -> dict[str, Any]:
    """The API's view of a job, its status as of ``now``."""
    started = now >= job.starts_at
    finished = now >= job.finishes_at
    return {
        "syncId": job.sync_id,
        "publisherId": integration.publisher_id,
        "platform": integration.platform,
        "status": "succeeded" if finished else "running" if started else "queued",
        "requestedAt": clock.timestamp(job.requested_at),
        "startedAt": clock.timestamp(job.starts_at) if started else None,
        "finishedAt": clock.timestamp(job.finishes_at) if finished else None,
        "recordsSynced": job.records_synced if finished else None,
    }


def _plan(integration: Integration) -> tuple[dict[str, Any], int]:
    config = integration.config
    if integration.platform == "iterable":
        return {"campaigns": len(ITERABLE_CAMPAIGNS)}, len(ITERABLE_CAMPAIGNS)
    if integration.platform == "keap":
        return {"leadSourceId": config.get("leadSourceId")}, KEAP_CONTACTS
    count = len(config.get("segmentIds", [])) + len(config.get("journeyIds", []))
    return {"segmentsAndJourneys": count}, count


def _apply(store: SqlIntegrationStore, integration: Integration, job: SyncJob) -> None:
    at = job.finishes_at
    if integration.platform == "iterable":
        store.replace_campaigns(
            integration,
            [
                SyncedCampaign(
                    integration_id=integration.id,
                    id=number,
                    name=name,
                    type=kind,
                    campaign_state=state,
                    message_medium=medium,
                    created_at=at,
                    updated_at=at,
                )
                for number, name, kind, state, medium in ITERABLE_CAMPAIGNS
            ],
        )
    elif integration.platform == "keap":
        store.replace_contacts(
            integration,
            [
                SyncedContact(
                    integration_id=integration.id,
                    id=1000 + n,
                    given_name="Contact",
                    family_name=str(n),
                    email=f"contact{n}@example.com",
                    lead_source_id=job.plan.get("leadSourceId"),
                    date_created=at,
                )
                for n in range(1, KEAP_CONTACTS + 1)
            ],
        )
    job.applied = True
    if integration.last_synced_at is None or at > integration.last_synced_at:
        integration.last_synced_at = at


class SyncService:
    """Starts and reads sync jobs; every method is one transaction."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def start(self, caller: Principal, publisher_id: str, platform: str) -> dict[str, Any]:
        """A new job, or the one already queued or running."""
        check_publisher(caller, publisher_id)
        now = clock.now()
        with self.database.session() as session:
            store = SqlIntegrationStore(session)
            integration = existing(store, publisher_id, platform)
            bring_up_to_date(store, integration, now)
            job = store.active_job(integration, now)
            if job is None:
                plan, records = _plan(integration)
                job = SyncJob(
                    sync_id="sync_" + secrets.token_hex(8),
                    integration_id=integration.id,
                    requested_at=now,
                    starts_at=now + QUEUED_FOR,
                    finishes_at=now + QUEUED_FOR + RUNS_FOR,
                    plan=plan,
                    records_synced=records,
                    applied=False,
                )
                store.add_job(job)
            return job_body(job, integration, now)

    def get(
        self, caller: Principal, publisher_id: str, platform: str, sync_id: str
    ) -> dict[str, Any]:
        """The job ``sync_id`` of the integration; 404 when either is unknown."""
        check_publisher(caller, publisher_id)
        now = clock.now()
        with self.database.session() as session:
            store = SqlIntegrationStore(session)
            integration = existing(store, publisher_id, platform)
            bring_up_to_date(store, integration, now)
            job = store.job(integration, sync_id)
            if job is None:
                raise IntegrationNotFoundError(publisher_id, platform, sync_id)
            return job_body(job, integration, now)


def existing(store: SqlIntegrationStore, publisher_id: str, platform: str) -> Integration:
    """The publisher's integration with ``platform`` (locked for update); 404 when none."""
    integration = store.get(publisher_id, platform, for_update=True)
    if integration is None:
        raise IntegrationNotFoundError(publisher_id, platform)
    return integration
