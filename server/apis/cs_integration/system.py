"""Handlers of ``/cs-integration/health`` and ``/cs-integration/metrics``."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from server.apis.context import runtime
from server.http.replies import json_reply
from server.services.cs_integration.customers import CustomerService
from server.services.cs_integration.health_events import HealthEventService
from server.services.cs_integration.webhooks import WebhookService
from server.services.health import check_health
from server.storage.models.base import utcnow

DOMAINS = ("cs-integration", "cs-marketing", "cs-sales", "cs-product", "cs-finance", "cs-ops")


def get_health() -> Response:
    """GET /cs-integration/health"""
    current = runtime()
    report = check_health(current.database)
    body = {
        "status": "ok" if report.ok else "degraded",
        # The served spec's info.version: the version of the contract this server answers.
        "version": current.api_versions["cs-integration"],
        "checks": {"database": "ok" if report.database_ok else "failing"},
        "timestamp": report.checked_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    if report.ok:
        return json_reply(body)
    return json_reply(body, 503, {"Retry-After": "30"})


def get_metrics(token_info: dict[str, Any]) -> Response:
    """GET /cs-integration/metrics"""
    current = runtime()
    stats = current.stats_of("cs-integration").snapshot()
    body = {
        "uptime_seconds": stats.uptime_seconds,
        "requests_total": stats.requests_total,
        "requests_by_domain": {d: stats.requests_by_domain.get(d, 0) for d in DOMAINS},
        "error_rate": stats.error_rate,
        "average_response_time_ms": stats.average_response_time_ms,
        "p95_response_time_ms": stats.p95_response_time_ms,
        "customers_total": CustomerService(current.database).count(),
        "webhooks_active": WebhookService(current.database).count_active(),
        "health_events_last_24h": HealthEventService(current.database).count_last_24h(),
        "generated_at": utcnow().strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    return json_reply(body)
