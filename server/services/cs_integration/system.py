"""System health and performance metrics of the CS integration API."""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from server.request_metrics import RequestMetrics
from server.services.cs_integration.wire import round_half_up, timestamp
from server.storage.cs_health import SqlHealthEventStore
from server.storage.cs_records import SqlRecordStore
from server.storage.database import Database
from server.storage.models.base import utcnow
from server.storage.models.cs_integration import Customer
from server.storage.models.cs_webhooks import Webhook

#: ``info.version`` of specs/cs-integration.yaml, the document this server implements.
API_VERSION = "1.0.0"
#: The six domains of the API, as counted in ``requests_by_domain``.
DOMAINS = ("cs-integration", "cs-marketing", "cs-sales", "cs-product", "cs-finance", "cs-ops")
#: The database must answer a trivial query within this many seconds to count as ``ok``.
DATABASE_DEADLINE_SECONDS = 2.0


def check_health(database: Database) -> dict[str, Any]:
    """``ok`` when the database answers ``SELECT 1`` in time, else ``degraded``."""
    checked_at = utcnow()
    started = time.perf_counter()
    try:
        with database.session() as session:
            session.execute(text("SELECT 1"))
        healthy = time.perf_counter() - started <= DATABASE_DEADLINE_SECONDS
    except SQLAlchemyError:
        healthy = False
    return {
        "status": "ok" if healthy else "degraded",
        "version": API_VERSION,
        "checks": {"database": "ok" if healthy else "failing"},
        "timestamp": timestamp(checked_at),
    }


def collect_metrics(database: Database, metrics: RequestMetrics) -> dict[str, Any]:
    """Request metrics of this process plus data counts from the database."""
    snapshot = metrics.snapshot()
    now = utcnow()
    with database.session() as session:
        customers = SqlRecordStore(session, Customer, Customer.customer_id).count()
        webhooks = SqlRecordStore(session, Webhook, Webhook.webhook_id).count(
            Webhook.active.is_(True)
        )
        events = SqlHealthEventStore(session).received_since(now - timedelta(hours=24))
    return {
        "uptime_seconds": snapshot.uptime_seconds,
        "requests_total": snapshot.requests_total,
        "requests_by_domain": {d: snapshot.requests_by_domain.get(d, 0) for d in DOMAINS},
        "error_rate": round_half_up(snapshot.error_rate, 3),
        "average_response_time_ms": round_half_up(snapshot.average_ms, 1),
        "p95_response_time_ms": round_half_up(snapshot.p95_ms, 1),
        "customers_total": customers,
        "webhooks_active": webhooks,
        "health_events_last_24h": events,
        "generated_at": timestamp(now),
    }
