"""Handlers of ``/marketing/campaigns/{campaign_id}``."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from server.apis.context import runtime
from server.http.replies import json_reply
from server.services.cs_cross_domain.marketing import MarketingService


def get_campaign(campaign_id: str, token_info: dict[str, Any]) -> Response:
    """GET /marketing/campaigns/{campaign_id}"""
    return json_reply(MarketingService(runtime().database).campaign(campaign_id))
