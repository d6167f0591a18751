"""Handlers of ``/cs-marketing/campaigns``: lifecycle campaigns triggered by CS signals."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from server.apis.context import caller, request_path, runtime
from server.http.replies import json_reply
from server.services.cs_integration.marketing import MarketingService


def _service() -> MarketingService:
    return MarketingService(runtime().database)


def create_campaign(body: dict[str, Any], token_info: dict[str, Any]) -> Response:
    """POST /cs-marketing/campaigns"""
    created = _service().create_campaign(caller(token_info), body)
    location = f"{request_path().rstrip('/')}/{created['campaign_id']}"
    return json_reply(created, 201, {"Location": location})


def get_campaign(campaign_id: str) -> Response:
    """GET /cs-marketing/campaigns/{campaign_id}"""
    return json_reply(_service().get_campaign(campaign_id))
