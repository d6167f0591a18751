"""event-platform webhook subscriptions and their delivery log."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from server.storage.models.base import Base, UtcDateTime, utcnow


class WebhookSubscription(Base):
    """A receiver URL of one client for chosen event types, with its signing secret."""

    __tablename__ = "ep_webhook_subscriptions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    #: The client that created it: another client's subscription is a 404.
    client_id: Mapped[str] = mapped_column(String(64), index=True)
    url: Mapped[str] = mapped_column(String(2000))
    description: Mapped[str | None] = mapped_column(String(500), default=None)
    event_types: Mapped[list[str]] = mapped_column(JSON)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    retry_policy: Mapped[dict[str, Any]] = mapped_column(JSON)
    #: Kept in clear: the delivery worker signs with it (HMAC needs the key itself).
    secret: Mapped[str] = mapped_column(String(128))
    version: Mapped[str] = mapped_column(String(8), default="1.0")
    #: Deliveries that failed in a row (exhausted their attempts); a success resets it.
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)


class WebhookDelivery(Base):
    """One event queued for one subscription, with every attempt made."""

    __tablename__ = "ep_webhook_deliveries"
    __table_args__ = (Index("ix_ep_webhook_deliveries_due", "status", "next_attempt_at"),)

    #: ``whk_`` + 24 hex digits, the same on every retry.
    id: Mapped[str] = mapped_column(String(28), primary_key=True)
    subscription_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("ep_webhook_subscriptions.id"), index=True
    )
    event: Mapped[str] = mapped_column(String(64))
    #: pending / retrying / succeeded / failed
    status: Mapped[str] = mapped_column(String(16), default="pending")
    test: Mapped[bool] = mapped_column(Boolean, default=False)
    attempts: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    attempt_count: Mapped[int] = mapped_column(Integer, default=0)
    #: The envelope (``id``, ``event``, ``timestamp``, ``version``, ``data``, ``signature``).
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
