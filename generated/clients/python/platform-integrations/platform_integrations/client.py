"""Typed client of Platform Integrations API 1.0.0: one method per operation."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import cast

from . import models
from ._core import Paging, Request, expand
from ._transport import AsyncTransport, SyncTransport

SERVER_PATH = "/api/integrations"


def _test_iterable_connection_request(
    *,
    body: models.IterableTestConnectionRequest,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=SERVER_PATH + "/iterable/test-connection",
        headers={
            "X-Request-ID": x_request_id,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _connect_iterable_request(
    *,
    body: models.IterableConnectRequest,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=SERVER_PATH + "/iterable/connect",
        headers={
            "X-Request-ID": x_request_id,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _list_iterable_campaigns_request(
    publisher_id: str,
    *,
    x_request_id: str | None = None,
    limit: int | None = None,
    offset: int | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/iterable/{publisherId}/campaigns",
            {
                "publisherId": publisher_id,
            },
        ),
        query={
            "limit": limit,
            "offset": offset,
        },
        headers={
            "X-Request-ID": x_request_id,
        },
        auth=True,
    )


def _test_customerio_connection_request(
    *,
    body: models.CustomerioTestConnectionRequest,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=SERVER_PATH + "/customerio/test-connection",
        headers={
            "X-Request-ID": x_request_id,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _connect_customerio_request(
    *,
    body: models.CustomerioConnectRequest,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=SERVER_PATH + "/customerio/connect",
        headers={
            "X-Request-ID": x_request_id,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _test_keap_connection_request(
    *,
    body: models.KeapTestConnectionRequest,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=SERVER_PATH + "/keap/test-connection",
        headers={
            "X-Request-ID": x_request_id,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _connect_keap_request(
    *,
    body: models.KeapConnectRequest,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=SERVER_PATH + "/keap/connect",
        headers={
            "X-Request-ID": x_request_id,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _list_keap_contacts_request(
    publisher_id: str,
    *,
    x_request_id: str | None = None,
    limit: int | None = None,
    offset: int | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/keap/{publisherId}/contacts",
            {
                "publisherId": publisher_id,
            },
        ),
        query={
            "limit": limit,
            "offset": offset,
        },
        headers={
            "X-Request-ID": x_request_id,
        },
        auth=True,
    )


def _list_integrations_request(
    publisher_id: str,
    *,
    x_request_id: str | None = None,
    limit: int | None = None,
    offset: int | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/{publisherId}",
            {
                "publisherId": publisher_id,
            },
        ),
        query={
            "limit": limit,
            "offset": offset,
        },
        headers={
            "X-Request-ID": x_request_id,
        },
        auth=True,
    )


def _get_integration_request(
    publisher_id: str,
    platform: models.Platform,
    *,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/{publisherId}/{platform}",
            {
                "publisherId": publisher_id,
                "platform": platform,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
        },
        auth=True,
    )


def _disconnect_integration_request(
    publisher_id: str,
    platform: models.Platform,
    *,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="DELETE",
        path=expand(
            SERVER_PATH + "/{publisherId}/{platform}",
            {
                "publisherId": publisher_id,
                "platform": platform,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
        },
        auth=True,
    )


def _start_sync_request(
    publisher_id: str,
    platform: models.Platform,
    *,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=expand(
            SERVER_PATH + "/{publisherId}/{platform}/sync",
            {
                "publisherId": publisher_id,
                "platform": platform,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
        },
        auth=True,
    )


def _get_sync_request(
    publisher_id: str,
    platform: models.Platform,
    sync_id: str,
    *,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/{publisherId}/{platform}/sync/{syncId}",
            {
                "publisherId": publisher_id,
                "platform": platform,
                "syncId": sync_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
        },
        auth=True,
    )


class Client(SyncTransport):
    """Blocking client of Platform Integrations API.

    ``Client(base_url, client_id=..., client_secret=...)`` fetches tokens from
    ``/auth/token``; ``access_token=`` or ``api_key=`` pass credentials directly.
    Errors raise :mod:`.errors` exceptions; 429 answers are retried per ``retry=``.
    """

    default_base_url = "http://localhost:8000"
    api_key_header = "X-API-Key"
    default_token_url = "/auth/token"

    def test_iterable_connection(
        self,
        *,
        body: models.IterableTestConnectionRequest,
        x_request_id: str | None = None,
    ) -> models.ConnectionTestEnvelope:
        """Test Iterable credentials

        ``connections.test_iterable_connection``: ``POST
        /api/integrations/iterable/test-connection``.
        Scopes: integrations.write.
        """
        request = _test_iterable_connection_request(
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.ConnectionTestEnvelope", self._call(request))

    def connect_iterable(
        self,
        *,
        body: models.IterableConnectRequest,
        x_request_id: str | None = None,
    ) -> models.IterableIntegrationEnvelope:
        """Connect a publisher to Iterable

        ``connections.connect_iterable``: ``POST /api/integrations/iterable/connect``.
        Scopes: integrations.write.
        """
        request = _connect_iterable_request(
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.IterableIntegrationEnvelope", self._call(request))

    def list_iterable_campaigns(
        self,
        publisher_id: str,
        *,
        x_request_id: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> models.IterableCampaignList:
        """List the publisher's Iterable campaigns

        ``campaigns.list_iterable_campaigns``: ``GET
        /api/integrations/iterable/{publisherId}/campaigns``.
        Scopes: integrations.read.
        """
        request = _list_iterable_campaigns_request(
            publisher_id,
            x_request_id=x_request_id,
            limit=limit,
            offset=offset,
        )
        return cast("models.IterableCampaignList", self._call(request))

    def iter_list_iterable_campaigns_pages(
        self,
        publisher_id: str,
        *,
        x_request_id: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> Iterator[models.IterableCampaignList]:
        """Every page of ``list_iterable_campaigns``: List the publisher's Iterable
        campaigns

        ``campaigns.list_iterable_campaigns``: ``GET
        /api/integrations/iterable/{publisherId}/campaigns``.
        Scopes: integrations.read.
        Follows ``Link: rel="next"``, else moves the page parameters until a short page.
        """
        request = _list_iterable_campaigns_request(
            publisher_id,
            x_request_id=x_request_id,
            limit=limit,
            offset=offset,
        )
        for page in self._pages(request, Paging("offset", "offset", "limit", 50)):
            yield cast("models.IterableCampaignList", page)

    def test_customerio_connection(
        self,
        *,
        body: models.CustomerioTestConnectionRequest,
        x_request_id: str | None = None,
    ) -> models.ConnectionTestEnvelope:
        """Test Customer.io credentials

        ``connections.test_customerio_connection``: ``POST
        /api/integrations/customerio/test-connection``.
        Scopes: integrations.write.
        """
        request = _test_customerio_connection_request(
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.ConnectionTestEnvelope", self._call(request))

    def connect_customerio(
        self,
        *,
        body: models.CustomerioConnectRequest,
        x_request_id: str | None = None,
    ) -> models.CustomerioIntegrationEnvelope:
        """Connect a publisher to Customer.io

        ``connections.connect_customerio``: ``POST /api/integrations/customerio/connect``.
        Scopes: integrations.write.
        """
        request = _connect_customerio_request(
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.CustomerioIntegrationEnvelope", self._call(request))

    def test_keap_connection(
        self,
        *,
        body: models.KeapTestConnectionRequest,
        x_request_id: str | None = None,
    ) -> models.ConnectionTestEnvelope:
        """Test a Keap access token

        ``connections.test_keap_connection``: ``POST
        /api/integrations/keap/test-connection``.
        Scopes: integrations.write.
        """
        request = _test_keap_connection_request(
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.ConnectionTestEnvelope", self._call(request))

    def connect_keap(
        self,
        *,
        body: models.KeapConnectRequest,
        x_request_id: str | None = None,
    ) -> models.KeapIntegrationEnvelope:
        """Connect a publisher to Keap

        ``connections.connect_keap``: ``POST /api/integrations/keap/connect``.
        Scopes: integrations.write.
        """
        request = _connect_keap_request(
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.KeapIntegrationEnvelope", self._call(request))

    def list_keap_contacts(
        self,
        publisher_id: str,
        *,
        x_request_id: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> models.KeapContactList:
        """List the publisher's Keap contacts

        ``contacts.list_keap_contacts``: ``GET
        /api/integrations/keap/{publisherId}/contacts``.
        Scopes: integrations.read.
        """
        request = _list_keap_contacts_request(
            publisher_id,
            x_request_id=x_request_id,
            limit=limit,
            offset=offset,
        )
        return cast("models.KeapContactList", self._call(request))

    def iter_list_keap_contacts_pages(
        self,
        publisher_id: str,
        *,
        x_request_id: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> Iterator[models.KeapContactList]:
        """Every page of ``list_keap_contacts``: List the publisher's Keap contacts

        ``contacts.list_keap_contacts``: ``GET
        /api/integrations/keap/{publisherId}/contacts``.
        Scopes: integrations.read.
        Follows ``Link: rel="next"``, else moves the page parameters until a short page.
        """
        request = _list_keap_contacts_request(
            publisher_id,
            x_request_id=x_request_id,
            limit=limit,
            offset=offset,
        )
        for page in self._pages(request, Paging("offset", "offset", "limit", 50)):
            yield cast("models.KeapContactList", page)

    def list_integrations(
        self,
        publisher_id: str,
        *,
        x_request_id: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> models.IntegrationList:
        """List a publisher's integrations

        ``integrations.list_integrations``: ``GET /api/integrations/{publisherId}``.
        Scopes: integrations.read.
        """
        request = _list_integrations_request(
            publisher_id,
            x_request_id=x_request_id,
            limit=limit,
            offset=offset,
        )
        return cast("models.IntegrationList", self._call(request))

    def iter_list_integrations_pages(
        self,
        publisher_id: str,
        *,
        x_request_id: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> Iterator[models.IntegrationList]:
        """Every page of ``list_integrations``: List a publisher's integrations

        ``integrations.list_integrations``: ``GET /api/integrations/{publisherId}``.
        Scopes: integrations.read.
        Follows ``Link: rel="next"``, else moves the page parameters until a short page.
        """
        request = _list_integrations_request(
            publisher_id,
            x_request_id=x_request_id,
            limit=limit,
            offset=offset,
        )
        for page in self._pages(request, Paging("offset", "offset", "limit", 50)):
            yield cast("models.IntegrationList", page)

    def get_integration(
        self,
        publisher_id: str,
        platform: models.Platform,
        *,
        x_request_id: str | None = None,
    ) -> models.IntegrationEnvelope:
        """Read one integration's connection state

        ``integrations.get_integration``: ``GET
        /api/integrations/{publisherId}/{platform}``.
        Scopes: integrations.read.
        """
        request = _get_integration_request(
            publisher_id,
            platform,
            x_request_id=x_request_id,
        )
        return cast("models.IntegrationEnvelope", self._call(request))

    def disconnect_integration(
        self,
        publisher_id: str,
        platform: models.Platform,
        *,
        x_request_id: str | None = None,
    ) -> models.DisconnectionEnvelope:
        """Disconnect an integration

        ``integrations.disconnect_integration``: ``DELETE
        /api/integrations/{publisherId}/{platform}``.
        Scopes: integrations.write.
        """
        request = _disconnect_integration_request(
            publisher_id,
            platform,
            x_request_id=x_request_id,
        )
        return cast("models.DisconnectionEnvelope", self._call(request))

    def start_sync(
        self,
        publisher_id: str,
        platform: models.Platform,
        *,
        x_request_id: str | None = None,
    ) -> models.SyncJobEnvelope:
        """Sync an integration's data

        ``syncs.start_sync``: ``POST /api/integrations/{publisherId}/{platform}/sync``.
        Scopes: integrations.write.
        """
        request = _start_sync_request(
            publisher_id,
            platform,
            x_request_id=x_request_id,
        )
        return cast("models.SyncJobEnvelope", self._call(request))

    def get_sync(
        self,
        publisher_id: str,
        platform: models.Platform,
        sync_id: str,
        *,
        x_request_id: str | None = None,
    ) -> models.SyncJobEnvelope:
        """Read a sync job

        ``syncs.get_sync``: ``GET
        /api/integrations/{publisherId}/{platform}/sync/{syncId}``.
        Scopes: integrations.read.
        """
        request = _get_sync_request(
            publisher_id,
            platform,
            sync_id,
            x_request_id=x_request_id,
        )
        return cast("models.SyncJobEnvelope", self._call(request))


class AsyncClient(AsyncTransport):
    """Non-blocking client of Platform Integrations API; see :class:`Client`."""

    default_base_url = "http://localhost:8000"
    api_key_header = "X-API-Key"
    default_token_url = "/auth/token"

    async def test_iterable_connection(
        self,
        *,
        body: models.IterableTestConnectionRequest,
        x_request_id: str | None = None,
    ) -> models.ConnectionTestEnvelope:
        """Test Iterable credentials

        ``connections.test_iterable_connection``: ``POST
        /api/integrations/iterable/test-connection``.
        Scopes: integrations.write.
        """
        request = _test_iterable_connection_request(
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.ConnectionTestEnvelope", await self._call(request))

    async def connect_iterable(
        self,
        *,
        body: models.IterableConnectRequest,
        x_request_id: str | None = None,
    ) -> models.IterableIntegrationEnvelope:
        """Connect a publisher to Iterable

        ``connections.connect_iterable``: ``POST /api/integrations/iterable/connect``.
        Scopes: integrations.write.
        """
        request = _connect_iterable_request(
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.IterableIntegrationEnvelope", await self._call(request))

    async def list_iterable_campaigns(
        self,
        publisher_id: str,
        *,
        x_request_id: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> models.IterableCampaignList:
        """List the publisher's Iterable campaigns

        ``campaigns.list_iterable_campaigns``: ``GET
        /api/integrations/iterable/{publisherId}/campaigns``.
        Scopes: integrations.read.
        """
        request = _list_iterable_campaigns_request(
            publisher_id,
            x_request_id=x_request_id,
            limit=limit,
            offset=offset,
        )
        return cast("models.IterableCampaignList", await self._call(request))

    async def iter_list_iterable_campaigns_pages(
        self,
        publisher_id: str,
        *,
        x_request_id: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> AsyncIterator[models.IterableCampaignList]:
        """Every page of ``list_iterable_campaigns``: List the publisher's Iterable
        campaigns

        ``campaigns.list_iterable_campaigns``: ``GET
        /api/integrations/iterable/{publisherId}/campaigns``.
        Scopes: integrations.read.
        Follows ``Link: rel="next"``, else moves the page parameters until a short page.
        """
        request = _list_iterable_campaigns_request(
            publisher_id,
            x_request_id=x_request_id,
            limit=limit,
            offset=offset,
        )
        async for page in self._pages(request, Paging("offset", "offset", "limit", 50)):
            yield cast("models.IterableCampaignList", page)

    async def test_customerio_connection(
        self,
        *,
        body: models.CustomerioTestConnectionRequest,
        x_request_id: str | None = None,
    ) -> models.ConnectionTestEnvelope:
        """Test Customer.io credentials

        ``connections.test_customerio_connection``: ``POST
        /api/integrations/customerio/test-connection``.
        Scopes: integrations.write.
        """
        request = _test_customerio_connection_request(
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.ConnectionTestEnvelope", await self._call(request))

    async def connect_customerio(
        self,
        *,
        body: models.CustomerioConnectRequest,
        x_request_id: str | None = None,
    ) -> models.CustomerioIntegrationEnvelope:
        """Connect a publisher to Customer.io

        ``connections.connect_customerio``: ``POST /api/integrations/customerio/connect``.
        Scopes: integrations.write.
        """
        request = _connect_customerio_request(
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.CustomerioIntegrationEnvelope", await self._call(request))

    async def test_keap_connection(
        self,
        *,
        body: models.KeapTestConnectionRequest,
        x_request_id: str | None = None,
    ) -> models.ConnectionTestEnvelope:
        """Test a Keap access token

        ``connections.test_keap_connection``: ``POST
        /api/integrations/keap/test-connection``.
        Scopes: integrations.write.
        """
        request = _test_keap_connection_request(
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.ConnectionTestEnvelope", await self._call(request))

    async def connect_keap(
        self,
        *,
        body: models.KeapConnectRequest,
        x_request_id: str | None = None,
    ) -> models.KeapIntegrationEnvelope:
        """Connect a publisher to Keap

        ``connections.connect_keap``: ``POST /api/integrations/keap/connect``.
        Scopes: integrations.write.
        """
        request = _connect_keap_request(
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.KeapIntegrationEnvelope", await self._call(request))

    async def list_keap_contacts(
        self,
        publisher_id: str,
        *,
        x_request_id: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> models.KeapContactList:
        """List the publisher's Keap contacts

        ``contacts.list_keap_contacts``: ``GET
        /api/integrations/keap/{publisherId}/contacts``.
        Scopes: integrations.read.
        """
        request = _list_keap_contacts_request(
            publisher_id,
            x_request_id=x_request_id,
            limit=limit,
            offset=offset,
        )
        return cast("models.KeapContactList", await self._call(request))

    async def iter_list_keap_contacts_pages(
        self,
        publisher_id: str,
        *,
        x_request_id: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> AsyncIterator[models.KeapContactList]:
        """Every page of ``list_keap_contacts``: List the publisher's Keap contacts

        ``contacts.list_keap_contacts``: ``GET
        /api/integrations/keap/{publisherId}/contacts``.
        Scopes: integrations.read.
        Follows ``Link: rel="next"``, else moves the page parameters until a short page.
        """
        request = _list_keap_contacts_request(
            publisher_id,
            x_request_id=x_request_id,
            limit=limit,
            offset=offset,
        )
        async for page in self._pages(request, Paging("offset", "offset", "limit", 50)):
            yield cast("models.KeapContactList", page)

    async def list_integrations(
        self,
        publisher_id: str,
        *,
        x_request_id: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> models.IntegrationList:
        """List a publisher's integrations

        ``integrations.list_integrations``: ``GET /api/integrations/{publisherId}``.
        Scopes: integrations.read.
        """
        request = _list_integrations_request(
            publisher_id,
            x_request_id=x_request_id,
            limit=limit,
            offset=offset,
        )
        return cast("models.IntegrationList", await self._call(request))

    async def iter_list_integrations_pages(
        self,
        publisher_id: str,
        *,
        x_request_id: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> AsyncIterator[models.IntegrationList]:
        """Every page of ``list_integrations``: List a publisher's integrations

        ``integrations.list_integrations``: ``GET /api/integrations/{publisherId}``.
        Scopes: integrations.read.
        Follows ``Link: rel="next"``, else moves the page parameters until a short page.
        """
        request = _list_integrations_request(
            publisher_id,
            x_request_id=x_request_id,
            limit=limit,
            offset=offset,
        )
        async for page in self._pages(request, Paging("offset", "offset", "limit", 50)):
            yield cast("models.IntegrationList", page)

    async def get_integration(
        self,
        publisher_id: str,
        platform: models.Platform,
        *,
        x_request_id: str | None = None,
    ) -> models.IntegrationEnvelope:
        """Read one integration's connection state

        ``integrations.get_integration``: ``GET
        /api/integrations/{publisherId}/{platform}``.
        Scopes: integrations.read.
        """
        request = _get_integration_request(
            publisher_id,
            platform,
            x_request_id=x_request_id,
        )
        return cast("models.IntegrationEnvelope", await self._call(request))

    async def disconnect_integration(
        self,
        publisher_id: str,
        platform: models.Platform,
        *,
        x_request_id: str | None = None,
    ) -> models.DisconnectionEnvelope:
        """Disconnect an integration

        ``integrations.disconnect_integration``: ``DELETE
        /api/integrations/{publisherId}/{platform}``.
        Scopes: integrations.write.
        """
        request = _disconnect_integration_request(
            publisher_id,
            platform,
            x_request_id=x_request_id,
        )
        return cast("models.DisconnectionEnvelope", await self._call(request))

    async def start_sync(
        self,
        publisher_id: str,
        platform: models.Platform,
        *,
        x_request_id: str | None = None,
    ) -> models.SyncJobEnvelope:
        """Sync an integration's data

        ``syncs.start_sync``: ``POST /api/integrations/{publisherId}/{platform}/sync``.
        Scopes: integrations.write.
        """
        request = _start_sync_request(
            publisher_id,
            platform,
            x_request_id=x_request_id,
        )
        return cast("models.SyncJobEnvelope", await self._call(request))

    async def get_sync(
        self,
        publisher_id: str,
        platform: models.Platform,
        sync_id: str,
        *,
        x_request_id: str | None = None,
    ) -> models.SyncJobEnvelope:
        """Read a sync job

        ``syncs.get_sync``: ``GET
        /api/integrations/{publisherId}/{platform}/sync/{syncId}``.
        Scopes: integrations.read.
        """
        request = _get_sync_request(
            publisher_id,
            platform,
            sync_id,
            x_request_id=x_request_id,
        )
        return cast("models.SyncJobEnvelope", await self._call(request))
