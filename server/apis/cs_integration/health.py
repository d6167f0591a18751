"""Handlers of ``/cs-integration/health``: liveness computed from the database."""

from __future__ import annotations

from starlette.responses import Response

from server.apis.context import runtime
from server.http.replies import json_reply
from server.services.health import check_health


def get_health() -> Response:
    """GET /cs-integration/health"""
    report = check_health(runtime().database)
    return json_reply(report, 200 if report["status"] == "healthy" else 503)
