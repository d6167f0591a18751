"""Recording domain events for webhook delivery: the seam between services and webhooks.

A service calls :func:`record_event` inside the transaction that made the change, so an
event exists exactly when its change was committed. Delivery (signing, retries, per-client
subscriptions) is the webhook worker's job and reads ``outbox_events``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from server.storage.models.outbox import OutboxEvent


def record_event(
    session: Session, api: str, event_type: str, payload: dict[str, Any], client_id: str | None
) -> None:
    """Add one event to the outbox in ``session``'s transaction."""
    session.add(OutboxEvent(api=api, event_type=event_type, payload=payload, client_id=client_id))
