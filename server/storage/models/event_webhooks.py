"""event-platform webhook subscriptions and their delivery log."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from server.storage.models.base import Base, UtcDateTime, utcnow
from server.storage.models.webhook_delivery import DeliveryRecord


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


class WebhookDelivery(DeliveryRecord, Base):
    """One event queued for one subscription, with every attempt made."""

    __tablename__ = "ep_webhook_deliveries"
    __table_args__ = (Index("ix_ep_webhook_deliveries_due", "status", "next_attempt_at"),)

    #: ``whk_`` + 24 hex digits, the same on every retry.
    id: Mapped[str] = mapped_column(String(28), primary_key=True)
    subscription_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("ep_webhook_subscriptions.id"), index=True
    )
    test: Mapped[bool] = mapped_column(Boolean, default=False)
