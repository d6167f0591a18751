"""Handlers of ``/cs-integration/health`` and ``/cs-integration/metrics``."""

from __future__ import annotations

from starlette.responses import Response

from server.apis.context import runtime
from server.http.replies import json_reply
from server.services.cs_integration.system import check_health, collect_metrics

#: Seconds a client should wait before checking a degraded service again.
RETRY_DEGRADED_SECONDS = 30


def get_health() -> Response:
    """GET /cs-integration/health"""
    report = check_health(runtime().database)
    if report["status"] == "ok":
        return json_reply(report)
    return json_reply(report, 503, {"Retry-After": str(RETRY_DEGRADED_SECONDS)})


def get_metrics() -> Response:
    """GET /cs-integration/metrics"""
    current = runtime()
    return json_reply(collect_metrics(current.database, current.request_metrics))
