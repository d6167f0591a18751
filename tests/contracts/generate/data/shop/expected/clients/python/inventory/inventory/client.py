"""Typed client of Inventory API 1.0.0: one method per operation."""

from __future__ import annotations

from typing import cast

from . import models
from ._core import Request, expand
from ._transport import AsyncTransport, SyncTransport

SERVER_PATH = "/v2"


def _get_stock_level_request(
    sku: str,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/stock/{sku}",
            {
                "sku": sku,
            },
        ),
        auth=True,
    )


class Client(SyncTransport):
    """Blocking client of Inventory API.

    ``Client(base_url, client_id=..., client_secret=...)`` fetches tokens from
    ``/auth/token``; ``access_token=`` or ``api_key=`` pass credentials directly.
    Errors raise :mod:`.errors` exceptions; 429 answers are retried per ``retry=``.
    """

    default_base_url = "https://inventory.example.com"
    api_key_header = "X-Inventory-Key"
    default_token_url = "/auth/token"

    def get_stock_level(
        self,
        sku: str,
    ) -> models.GetStockLevelResponse:
        """Stock level of one SKU

        ``getStockLevel``: ``GET /v2/stock/{sku}``.
        """
        request = _get_stock_level_request(
            sku,
        )
        return cast("models.GetStockLevelResponse", self._call(request))


class AsyncClient(AsyncTransport):
    """Non-blocking client of Inventory API; see :class:`Client`."""

    default_base_url = "https://inventory.example.com"
    api_key_header = "X-Inventory-Key"
    default_token_url = "/auth/token"

    async def get_stock_level(
        self,
        sku: str,
    ) -> models.GetStockLevelResponse:
        """Stock level of one SKU

        ``getStockLevel``: ``GET /v2/stock/{sku}``.
        """
        request = _get_stock_level_request(
            sku,
        )
        return cast("models.GetStockLevelResponse", await self._call(request))
