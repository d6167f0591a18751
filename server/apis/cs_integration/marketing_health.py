"""Handlers of ``/cs-marketing/health/{customer_id}``: health signals for marketing."""

from __future__ import annotations

from starlette.responses import Response

from server.apis.context import runtime
from server.http.replies import json_reply
from server.services.cs_integration.marketing import MarketingService


def get_marketing_health(customer_id: str) -> Response:
    """GET /cs-marketing/health/{customer_id}"""
    return json_reply(MarketingService(runtime().database).health(customer_id))
