"""Handlers of ``/sales/handoff/...``."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from server.apis.context import caller, runtime
from server.http.replies import json_reply
from server.services.cs_cross_domain.sales import SalesService


def complete_handoff(deal_id: str, body: dict[str, Any], token_info: dict[str, Any]) -> Response:
    """POST /sales/handoff/complete/{deal_id}"""
    return json_reply(SalesService(runtime().database).complete(caller(token_info), deal_id, body))


def get_handoff(deal_id: str, token_info: dict[str, Any]) -> Response:
    """GET /sales/handoff/{deal_id}"""
    return json_reply(SalesService(runtime().database).handoff(deal_id))
