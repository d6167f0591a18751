"""The event-platform's one seam for webhook events, on top of the shared outbox.

Every service that changes state named by a webhook event type (``event.created``,
``session.cancelled``...) calls :func:`record_event` inside its own transaction, so the
outbox row commits or rolls back with the change. Delivering rows to subscribers is the
webhook worker's job (it reads ``outbox_events``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from server.services import outbox

API = "event-platform"

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
    """``event_type`` is not one of the seed's webhook event types."""

    def __init__(self, event_type: str) -> None:
        super().__init__(f"{event_type!r} is not a webhook event type")
        self.event_type = event_type


def record_event(
    session: Session, event_type: str, data: Mapping[str, Any], client_id: str | None = None
) -> None:
    """Add one event (``data`` is the webhook's ``data`` member) to ``session``'s outbox."""
    if event_type not in EVENT_TYPES:
        raise UnknownEventTypeError(event_type)
    outbox.record_event(session, API, event_type, dict(data), client_id)
