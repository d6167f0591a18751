"""The one seam for webhook events: state changes are written to ``event_outbox``.

Every service that changes state named by a webhook event type (``event.created``,
``session.cancelled``...) calls :func:`record_event` inside its own transaction, so the
outbox row commits or rolls back with the change. Delivering the rows to subscribers is
separate work that reads the table.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from server.storage.models.base import utcnow
from server.storage.models.event_platform import OutboxEvent

#: The seed 003 section 6.1 event types (a typo must fail loudly, not go undelivered).
EVENT_TYPES = frozenset(
    {
        "event.created",
        "event.updated",
        "event.published",
        "event.cancelled",
        "registration.created",
        "registration.confirmed",
        "registration.cancelled",
        "payment.completed",
        "payment.failed",
        "payment.refunded",
        "checkin.completed",
        "session.created",
        "session.updated",
        "session.cancelled",
    }
)


class UnknownEventTypeError(ValueError):
    """``type`` is not one of the seed's webhook event types."""

    def __init__(self, event_type: str) -> None:
        super().__init__(f"{event_type!r} is not a webhook event type")
        self.event_type = event_type


def record_event(session: Session, event_type: str, data: Mapping[str, Any]) -> OutboxEvent:
    """Add one outbox row (``data`` is the webhook's ``data`` member) to ``session``."""
    if event_type not in EVENT_TYPES:
        raise UnknownEventTypeError(event_type)
    row = OutboxEvent(
        id=str(uuid.uuid4()), type=event_type, payload=dict(data), created_at=utcnow()
    )
    session.add(row)
    return row
