"""Handlers of ``/cs-ops/performance``: operational performance."""

from __future__ import annotations

from starlette.responses import Response

from server.apis.context import runtime
from server.http.replies import json_reply
from server.services.cs_integration.performance import PerformanceService


def get_performance() -> Response:
    """GET /cs-ops/performance"""
    return json_reply(PerformanceService(runtime().database).get())
