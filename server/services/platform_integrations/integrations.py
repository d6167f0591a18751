"""Integrations: test credentials, connect (or reconnect), read, list and disconnect.

Credentials are kept as submitted, in their own table, because the connector needs them to
call the platform (a hash could not be used); representations are built from the integration
row only and show hints (last four characters, the non-secret site and client ids).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from server.auth.principal import Principal
from server.services.concurrency import retry_on_conflict
from server.services.platform_integrations import clock
from server.services.platform_integrations.connectors import (
    capabilities,
    check_credentials,
    credentials_in,
    last4,
)
from server.services.platform_integrations.publishers import check_publisher
from server.services.platform_integrations.syncs import (
    bring_up_to_date,
    existing,
    token_expires_at,
)
from server.storage.database import Database
from server.storage.models.platform_integrations import Integration
from server.storage.platform_integrations import SqlIntegrationStore


@dataclass(frozen=True)
class Connected:
    """The stored integration and whether this request created it (201) or replaced it (200)."""

    body: dict[str, Any]
    created: bool


@dataclass(frozen=True)
class IntegrationPage:
    """One page of a publisher's integrations and how many it has."""

    items: list[dict[str, Any]]
    total: int


def connection_test(platform: str, region: str | None, now: datetime) -> dict[str, Any]:
    """The body of a successful credential test."""
    return {
        "platform": platform,
        "region": region,
        "connected": True,
        "checkedAt": clock.timestamp(now),
        "capabilities": capabilities(platform),
    }


def hints(platform: str, body: Mapping[str, Any]) -> dict[str, Any]:
    """What may be shown of the credentials in a connect request."""
    if platform == "iterable":
        return {"apiKeyLast4": last4(body["apiKey"])}
    if platform == "customerio":
        tracking = body.get("trackingKey")
        return {
            "siteId": body["siteId"],
            "apiKeyLast4": last4(body["apiKey"]),
            "trackingKeyLast4": last4(tracking) if tracking else None,
        }
    return {"clientId": body["clientId"], "accessTokenLast4": last4(body["accessToken"])}


def stored_config(platform: str, config: Mapping[str, Any]) -> dict[str, Any]:
    """The config with every field present (null or empty where the request left it out)."""
    if platform == "iterable":
        return {"fromEmail": config.get("fromEmail"), "replyTo": config.get("replyTo")}
    if platform == "customerio":
        return {
            "segmentIds": list(config.get("segmentIds", [])),
            "journeyIds": list(config.get("journeyIds", [])),
        }
    return {
        "leadSourceId": config.get("leadSourceId"),
        "campaignIds": list(config.get("campaignIds", [])),
    }


def representation(
    store: SqlIntegrationStore, integration: Integration, now: datetime
) -> dict[str, Any]:
    """The API's view of an integration as of ``now`` (never its credentials)."""
    syncing = store.active_job(integration, now) is not None
    body: dict[str, Any] = {
        "publisherId": integration.publisher_id,
        "platform": integration.platform,
        "status": "syncing" if syncing else "connected",
    }
    if integration.platform != "keap":
        body["region"] = integration.region
    if integration.platform == "customerio":
        tracked = integration.hints.get("trackingKeyLast4") is not None
        body["apiTypes"] = ["track", "app", "cdp"] if tracked else ["app", "cdp"]
    body["credentials"] = dict(integration.hints)
    if integration.platform == "keap":
        expires = token_expires_at(integration)
        assert expires is not None, "a Keap integration always has a stored token"
        body["tokenExpiresAt"] = clock.timestamp(expires)
        refreshed = integration.token_refreshed_at
        body["tokenRefreshedAt"] = clock.timestamp(refreshed) if refreshed else None
    body["config"] = dict(integration.config)
    body["capabilities"] = capabilities(integration.platform)
    body["connectedAt"] = clock.timestamp(integration.connected_at)
    body["updatedAt"] = clock.timestamp(integration.updated_at)
    synced = integration.last_synced_at
    body["lastSyncedAt"] = clock.timestamp(synced) if synced else None
    return body


class IntegrationService:
    """Connections of publishers to platforms; every method is one transaction."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def test(self, platform: str, body: Mapping[str, Any]) -> dict[str, Any]:
        """Judge the credentials without storing anything."""
        region = None if platform == "keap" else str(body.get("region", "us"))
        check_credentials(platform, credentials_in(body), region)
        return connection_test(platform, region, clock.now())

    def connect(self, caller: Principal, platform: str, body: Mapping[str, Any]) -> Connected:
        """Judge the credentials, then store the integration (new or replaced)."""
        publisher_id = str(body["publisherId"])
        check_publisher(caller, publisher_id)
        region = None if platform == "keap" else str(body.get("region", "us"))
        secrets = credentials_in(body)
        check_credentials(platform, secrets, region)
        return retry_on_conflict(lambda: self._store(caller, platform, body, region, secrets))

    def _store(
        self,
        caller: Principal,
        platform: str,
        body: Mapping[str, Any],
        region: str | None,
        secrets: dict[str, str],
    ) -> Connected:
        publisher_id = str(body["publisherId"])
        now = clock.now()
        with self.database.session() as session:
            store = SqlIntegrationStore(session)
            integration = store.get(publisher_id, platform, for_update=True)
            created = integration is None
            if integration is None:
                integration = Integration(
                    publisher_id=publisher_id,
                    platform=platform,
                    connected_at=now,
                    created_by=caller.client_id,
                )
            integration.region = region
            integration.hints = hints(platform, body)
            integration.config = stored_config(platform, body.get("config", {}))
            integration.updated_at = now
            if platform == "keap":
                integration.token_stored_at = now
                integration.token_refreshed_at = None
            if created:
                store.add(integration)
            store.keep_credentials(integration, secrets)
            return Connected(representation(store, integration, now), created)

    def get(self, caller: Principal, publisher_id: str, platform: str) -> dict[str, Any]:
        """One integration; 404 when the publisher has none with ``platform``."""
        check_publisher(caller, publisher_id)
        now = clock.now()
        with self.database.session() as session:
            store = SqlIntegrationStore(session)
            integration = existing(store, publisher_id, platform)
            bring_up_to_date(store, integration, now)
            return representation(store, integration, now)

    def list(
        self, caller: Principal, publisher_id: str, limit: int, offset: int
    ) -> IntegrationPage:
        """A page of the publisher's integrations, ordered by platform."""
        check_publisher(caller, publisher_id)
        now = clock.now()
        with self.database.session() as session:
            store = SqlIntegrationStore(session)
            rows: Sequence[Integration]
            rows, total = store.page(publisher_id, limit, offset)
            for integration in rows:
                bring_up_to_date(store, integration, now)
            return IntegrationPage([representation(store, i, now) for i in rows], total)

    def disconnect(self, caller: Principal, publisher_id: str, platform: str) -> dict[str, Any]:
        """Delete the integration with everything stored for it."""
        check_publisher(caller, publisher_id)
        now = clock.now()
        with self.database.session() as session:
            store = SqlIntegrationStore(session)
            store.delete(existing(store, publisher_id, platform))
            return {
                "publisherId": publisher_id,
                "platform": platform,
                "disconnectedAt": clock.timestamp(now),
            }
