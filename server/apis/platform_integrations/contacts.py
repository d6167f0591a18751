"""Handlers of ``/keap/{publisherId}/contacts``."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from server.apis.context import caller, runtime
from server.apis.platform_integrations.listing import page_reply
from server.services.platform_integrations.synced import SyncedDataService


def list_keap_contacts(
    publisher_id: str, token_info: dict[str, Any], limit: int = 50, offset: int = 0
) -> Response:
    """GET /keap/{publisherId}/contacts"""
    service = SyncedDataService(runtime().database)
    page = service.contacts(caller(token_info), publisher_id, limit, offset)
    return page_reply(page.items, page.total, limit, offset)
