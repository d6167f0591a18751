"""Typed client of Shop API 1.0.0: one method per operation."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import cast

from . import models
from ._core import Paging, Request, expand
from ._transport import AsyncTransport, SyncTransport

SERVER_PATH = "/api/v1"


def _list_orders_request(
    *,
    limit: int | None = None,
    offset: int | None = None,
    x_request_id: str | None = None,
    status: models.OrderStatus | None = None,
) -> Request:
    return Request(
        method="GET",
        path=SERVER_PATH + "/orders",
        query={
            "limit": limit,
            "offset": offset,
            "status": status,
        },
        headers={
            "X-Request-ID": x_request_id,
        },
        auth=True,
    )


def _create_order_request(
    *,
    body: models.NewOrder,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=SERVER_PATH + "/orders",
        headers={
            "X-Request-ID": x_request_id,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _get_order_request(
    order_id: str,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/orders/{order_id}",
            {
                "order_id": order_id,
            },
        ),
        auth=True,
    )


def _cancel_order_request(
    order_id: str,
) -> Request:
    return Request(
        method="DELETE",
        path=expand(
            SERVER_PATH + "/orders/{order_id}",
            {
                "order_id": order_id,
            },
        ),
        auth=True,
    )


def _get_health_request() -> Request:
    return Request(
        method="GET",
        path=SERVER_PATH + "/health",
        auth=False,
    )


class Client(SyncTransport):
    """Blocking client of Shop API.

    ``Client(base_url, client_id=..., client_secret=...)`` fetches tokens from
    ``/auth/token``; ``access_token=`` or ``api_key=`` pass credentials directly.
    Errors raise :mod:`.errors` exceptions; 429 answers are retried per ``retry=``.
    """

    default_base_url = "http://localhost:8000"
    api_key_header = "X-API-Key"
    default_token_url = "/auth/token"

    def list_orders(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        status: models.OrderStatus | None = None,
    ) -> models.OrderList:
        """List orders

        ``orders.list_orders``: ``GET /api/v1/orders``.
        Scopes: orders.read.
        """
        request = _list_orders_request(
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            status=status,
        )
        return cast("models.OrderList", self._call(request))

    def iter_list_orders_pages(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        status: models.OrderStatus | None = None,
    ) -> Iterator[models.OrderList]:
        """Every page of ``list_orders``: List orders

        ``orders.list_orders``: ``GET /api/v1/orders``.
        Scopes: orders.read.
        Follows ``Link: rel="next"``, else moves the page parameters until a short page.
        """
        request = _list_orders_request(
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            status=status,
        )
        for page in self._pages(request, Paging("offset", "offset", "limit", 2)):
            yield cast("models.OrderList", page)

    def create_order(
        self,
        *,
        body: models.NewOrder,
        x_request_id: str | None = None,
    ) -> models.Order:
        """Place an order

        ``orders.create_order``: ``POST /api/v1/orders``.
        Scopes: orders.write.
        """
        request = _create_order_request(
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.Order", self._call(request))

    def get_order(
        self,
        order_id: str,
    ) -> models.Order:
        """Read an order

        ``orders.get_order``: ``GET /api/v1/orders/{order_id}``.
        Scopes: orders.read.
        """
        request = _get_order_request(
            order_id,
        )
        return cast("models.Order", self._call(request))

    def cancel_order(
        self,
        order_id: str,
    ) -> None:
        """Cancel an order

        ``orders.cancel_order``: ``DELETE /api/v1/orders/{order_id}``.
        Scopes: orders.write.
        """
        request = _cancel_order_request(
            order_id,
        )
        self._call(request)

    def get_health(
        self,
    ) -> models.GetHealthResponse:
        """Liveness

        ``health.get_health``: ``GET /api/v1/health``.
        """
        request = _get_health_request()
        return cast("models.GetHealthResponse", self._call(request))


class AsyncClient(AsyncTransport):
    """Non-blocking client of Shop API; see :class:`Client`."""

    default_base_url = "http://localhost:8000"
    api_key_header = "X-API-Key"
    default_token_url = "/auth/token"

    async def list_orders(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        status: models.OrderStatus | None = None,
    ) -> models.OrderList:
        """List orders

        ``orders.list_orders``: ``GET /api/v1/orders``.
        Scopes: orders.read.
        """
        request = _list_orders_request(
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            status=status,
        )
        return cast("models.OrderList", await self._call(request))

    async def iter_list_orders_pages(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        status: models.OrderStatus | None = None,
    ) -> AsyncIterator[models.OrderList]:
        """Every page of ``list_orders``: List orders

        ``orders.list_orders``: ``GET /api/v1/orders``.
        Scopes: orders.read.
        Follows ``Link: rel="next"``, else moves the page parameters until a short page.
        """
        request = _list_orders_request(
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            status=status,
        )
        async for page in self._pages(request, Paging("offset", "offset", "limit", 2)):
            yield cast("models.OrderList", page)

    async def create_order(
        self,
        *,
        body: models.NewOrder,
        x_request_id: str | None = None,
    ) -> models.Order:
        """Place an order

        ``orders.create_order``: ``POST /api/v1/orders``.
        Scopes: orders.write.
        """
        request = _create_order_request(
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.Order", await self._call(request))

    async def get_order(
        self,
        order_id: str,
    ) -> models.Order:
        """Read an order

        ``orders.get_order``: ``GET /api/v1/orders/{order_id}``.
        Scopes: orders.read.
        """
        request = _get_order_request(
            order_id,
        )
        return cast("models.Order", await self._call(request))

    async def cancel_order(
        self,
        order_id: str,
    ) -> None:
        """Cancel an order

        ``orders.cancel_order``: ``DELETE /api/v1/orders/{order_id}``.
        Scopes: orders.write.
        """
        request = _cancel_order_request(
            order_id,
        )
        await self._call(request)

    async def get_health(
        self,
    ) -> models.GetHealthResponse:
        """Liveness

        ``health.get_health``: ``GET /api/v1/health``.
        """
        request = _get_health_request()
        return cast("models.GetHealthResponse", await self._call(request))
