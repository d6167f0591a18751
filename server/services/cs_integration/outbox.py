"""The seam to webhook delivery: events are written to an outbox in the causing transaction.

A dispatcher (a separate worker, not part of the request path) reads undispatched rows,
fans each out to the active endpoints subscribed to its event, signs and retries deliveries
as the spec describes. Writing in the same transaction means an event exists exactly when
the change that caused it was committed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from server.services.cs_integration.ids import new_id
from server.storage.models.base import utcnow
from server.storage.models.cs_webhooks import OutboxEvent

#: Every event a webhook endpoint can subscribe to (the spec's ``WebhookEventType``).
EVENTS = (
    "customer.created",
    "customer.updated",
    "customer.deleted",
    "customer.health_changed",
    "customer.risk_level_changed",
    "campaign.created",
    "handoff.completed",
    "feedback.submitted",
    "forecast.submitted",
    "workflow.executed",
    "workflow.resolved",
)


def enqueue_webhook_event(session: Session, event: str, data: Mapping[str, Any]) -> str:
    """Queue ``event`` with ``data`` (the resource as the API returns it); its delivery id."""
    if event not in EVENTS:
        raise ValueError(f"unknown webhook event {event!r}")
    delivery_id = new_id("dlv")
    session.add(
        OutboxEvent(delivery_id=delivery_id, event=event, occurred_at=utcnow(), data=dict(data))
    )
    return delivery_id
