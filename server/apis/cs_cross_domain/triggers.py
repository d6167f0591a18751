"""Handlers of ``/marketing/triggers/{customer_id}``."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from server.apis.context import caller, runtime
from server.apis.cs_cross_domain.locations import location
from server.http.replies import json_reply
from server.services.cs_cross_domain.marketing import MarketingService


def create_trigger(customer_id: str, body: dict[str, Any], token_info: dict[str, Any]) -> Response:
    """POST /marketing/triggers/{customer_id}"""
    created = MarketingService(runtime().database).trigger(caller(token_info), customer_id, body)
    where = location("marketing", "campaigns", created["campaign_id"])
    return json_reply(created, 202, {"Location": where})
