"""cs-integration webhook endpoints and their delivery log (fanned out from ``outbox_events``)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from server.storage.models.base import Base, UtcDateTime
from server.storage.models.webhook_delivery import DeliveryRecord


class Webhook(Base):
    """An endpoint a client registered; it belongs to that client only."""

    __tablename__ = "cs_webhooks"
    __table_args__ = (UniqueConstraint("client_id", "url"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    webhook_id: Mapped[str] = mapped_column(String(64), unique=True)
    client_id: Mapped[str] = mapped_column(String(64), index=True)
    url: Mapped[str] = mapped_column(String(2048))
    events: Mapped[list[str]] = mapped_column(JSON)
    description: Mapped[str | None] = mapped_column(String(500), nullable=True)
    #: Signs deliveries (HMAC-SHA256 needs the key itself); returned only at registration.
    secret: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean)
    #: Deliveries in a row that failed every retry (the dispatcher deactivates at 50).
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class WebhookDelivery(DeliveryRecord, Base):
    """One event queued for one endpoint, with every attempt made (its delivery log)."""

    __tablename__ = "cs_webhook_deliveries"
    __table_args__ = (Index("ix_cs_webhook_deliveries_due", "status", "next_attempt_at"),)

    #: ``dlv_`` + 16 letters and digits, the same on every retry (the body's ``delivery_id``).
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    #: The endpoint's ``webhook_id``; its deliveries go with it.
    subscription_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("cs_webhooks.webhook_id", ondelete="CASCADE"), index=True
    )
