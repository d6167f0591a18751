"""Handlers of ``/finance/forecast/{customer_id}``."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from server.apis.context import caller, runtime
from server.apis.cs_cross_domain.locations import location
from server.http.replies import json_reply
from server.services.cs_cross_domain.finance import FinanceService


def adjust_forecast(customer_id: str, body: dict[str, Any], token_info: dict[str, Any]) -> Response:
    """POST /finance/forecast/{customer_id}"""
    created = FinanceService(runtime().database).adjust(caller(token_info), customer_id, body)
    return json_reply(created, 201, {"Location": location("finance", "forecast", customer_id)})


def get_forecast(customer_id: str, token_info: dict[str, Any]) -> Response:
    """GET /finance/forecast/{customer_id}"""
    return json_reply(FinanceService(runtime().database).latest(customer_id))
