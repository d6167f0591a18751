"""Handlers of ``/{publisherId}/{platform}/sync`` and ``.../sync/{syncId}``."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from server.apis.context import caller, runtime
from server.apis.platform_integrations.locations import location
from server.http.replies import json_reply
from server.services.platform_integrations.syncs import SyncService


def start_sync(publisher_id: str, platform: str, token_info: dict[str, Any]) -> Response:
    """POST /{publisherId}/{platform}/sync"""
    job = SyncService(runtime().database).start(caller(token_info), publisher_id, platform)
    where = location(publisher_id, platform, "sync", job["syncId"])
    return json_reply({"success": True, "data": job}, 202, {"Location": where})


def get_sync(
    publisher_id: str, platform: str, sync_id: str, token_info: dict[str, Any]
) -> Response:
    """GET /{publisherId}/{platform}/sync/{syncId}"""
    job = SyncService(runtime().database).get(caller(token_info), publisher_id, platform, sync_id)
    return json_reply({"success": True, "data": job})
