"""The outbox: domain events written in the same transaction as the change that caused them.

Webhook delivery (a separate worker) reads undelivered rows in ``id`` order; nothing in the
request path ever calls a subscriber directly.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from server.storage.models.base import Base, UtcDateTime, utcnow


class OutboxEvent(Base):
    """One event (``customer.created`` ...) of one API, with the payload subscribers get."""

    __tablename__ = "outbox_events"
    __table_args__ = (Index("ix_outbox_events_undelivered", "delivered_at", "id"),)

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    api: Mapped[str] = mapped_column(String(64))
    event_type: Mapped[str] = mapped_column(String(100))
    #: The client whose request caused the event (subscriptions may be per client).
    client_id: Mapped[str | None] = mapped_column(String(64), default=None)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    delivered_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)
