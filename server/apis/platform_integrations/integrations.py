"""Handlers of ``/{publisherId}`` and ``/{publisherId}/{platform}``."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from server.apis.context import caller, runtime
from server.apis.platform_integrations.listing import page_reply
from server.http.replies import json_reply
from server.services.platform_integrations.integrations import IntegrationService


def list_integrations(
    publisher_id: str, token_info: dict[str, Any], limit: int = 50, offset: int = 0
) -> Response:
    """GET /{publisherId}"""
    page = IntegrationService(runtime().database).list(
        caller(token_info), publisher_id, limit, offset
    )
    return page_reply(page.items, page.total, limit, offset)


def get_integration(publisher_id: str, platform: str, token_info: dict[str, Any]) -> Response:
    """GET /{publisherId}/{platform}"""
    found = IntegrationService(runtime().database).get(caller(token_info), publisher_id, platform)
    return json_reply({"success": True, "data": found})


def disconnect_integration(
    publisher_id: str, platform: str, token_info: dict[str, Any]
) -> Response:
    """DELETE /{publisherId}/{platform}"""
    service = IntegrationService(runtime().database)
    gone = service.disconnect(caller(token_info), publisher_id, platform)
    return json_reply({"success": True, "data": gone})
