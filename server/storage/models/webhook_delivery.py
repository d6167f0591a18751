"""The columns every API's webhook delivery log shares, so one dispatcher serves them all."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from server.storage.models.base import UtcDateTime, utcnow


class DeliveryRecord:
    """One event queued for one subscription, with every attempt made.

    Each API's model adds its primary key ``id`` and ``subscription_id`` (a foreign key to its
    own subscriptions table); the dispatcher reads and writes only these shared columns.
    """

    event: Mapped[str] = mapped_column(String(64))
    #: pending / retrying / succeeded / failed
    status: Mapped[str] = mapped_column(String(16), default="pending")
    #: The attempt log, oldest first (``AttemptOutcome.log_entry`` items).
    attempts: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    attempt_count: Mapped[int] = mapped_column(Integer, default=0)
    #: The body as last signed and sent (its signature parts refreshed by every attempt).
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    last_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)
    #: The outbox row it was fanned out from (None for test deliveries).
    outbox_event_id: Mapped[int | None] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), default=None
    )
    #: A dispatcher owns the attempt until then (a crashed one's claim simply expires).
    lease_until: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)
    #: Which claim owns the attempt: only its holder may record the outcome.
    claim_token: Mapped[str | None] = mapped_column(String(32), default=None)
