"""The data syncs imported: Iterable campaigns and Keap contacts, one page at a time."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from server.auth.principal import Principal
from server.services.platform_integrations import clock
from server.services.platform_integrations.publishers import check_publisher
from server.services.platform_integrations.syncs import bring_up_to_date, existing
from server.storage.database import Database
from server.storage.models.platform_integrations import SyncedCampaign, SyncedContact
from server.storage.platform_integrations import SqlIntegrationStore


@dataclass(frozen=True)
class SyncedPage:
    """One page of synced records and how many there are."""

    items: list[dict[str, Any]]
    total: int


def campaign_body(campaign: SyncedCampaign) -> dict[str, Any]:
    """An Iterable campaign in Iterable's field names."""
    return {
        "id": campaign.id,
        "name": campaign.name,
        "type": campaign.type,
        "campaignState": campaign.campaign_state,
        "messageMedium": campaign.message_medium,
        "createdAt": clock.timestamp(campaign.created_at),
        "updatedAt": clock.timestamp(campaign.updated_at),
    }


def contact_body(contact: SyncedContact) -> dict[str, Any]:
    """A Keap contact."""
    return {
        "id": contact.id,
        "givenName": contact.given_name,
        "familyName": contact.family_name,
        "email": contact.email,
        "leadSourceId": contact.lead_source_id,
        "dateCreated": clock.timestamp(contact.date_created),
    }


class SyncedDataService:
    """Reads of synced data; every method is one transaction."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def campaigns(
        self, caller: Principal, publisher_id: str, limit: int, offset: int
    ) -> SyncedPage:
        """The Iterable campaigns of the last successful sync, ordered by id."""
        check_publisher(caller, publisher_id)
        with self.database.session() as session:
            store = SqlIntegrationStore(session)
            integration = existing(store, publisher_id, "iterable")
            bring_up_to_date(store, integration, clock.now())
            rows, total = store.campaigns(integration, limit, offset)
            return SyncedPage([campaign_body(row) for row in rows], total)

    def contacts(self, caller: Principal, publisher_id: str, limit: int, offset: int) -> SyncedPage:
        """The Keap contacts of the last successful sync, ordered by id."""
        check_publisher(caller, publisher_id)
        with self.database.session() as session:
            store = SqlIntegrationStore(session)
            integration = existing(store, publisher_id, "keap")
            bring_up_to_date(store, integration, clock.now())
            rows, total = store.contacts(integration, limit, offset)
            return SyncedPage([contact_body(row) for row in rows], total)
