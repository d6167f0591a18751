"""Handlers of ``/cs-finance/forecast``: CS-informed revenue forecasts."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from server.apis.context import caller, request_path, runtime
from server.http.replies import json_reply
from server.services.cs_integration.finance import FinanceService


def _service() -> FinanceService:
    return FinanceService(runtime().database)


def submit_forecast(body: dict[str, Any], token_info: dict[str, Any]) -> Response:
    """POST /cs-finance/forecast"""
    created = _service().submit_forecast(caller(token_info), body)
    location = f"{request_path().rstrip('/')}/{created['forecast_id']}"
    return json_reply(created, 201, {"Location": location})


def get_forecast(forecast_id: str) -> Response:
    """GET /cs-finance/forecast/{forecast_id}"""
    return json_reply(_service().get_forecast(forecast_id))
