"""Handlers of ``/operations/capacity/forecast``."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from server.apis.context import runtime
from server.http.replies import json_reply
from server.services.cs_cross_domain.operations import OperationsService


def get_capacity_forecast(token_info: dict[str, Any], period: str = "next_90d") -> Response:
    """GET /operations/capacity/forecast"""
    return json_reply(OperationsService(runtime().database).capacity_forecast(period))
