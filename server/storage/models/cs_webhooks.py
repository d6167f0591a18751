"""cs-integration webhook endpoints and the outbox of events waiting for delivery."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from server.storage.models.base import Base, UtcDateTime


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
    #: Kept to sign deliveries (HMAC-SHA256); never returned by the API.
    secret: Mapped[str | None] = mapped_column(String(200), nullable=True)
    active: Mapped[bool] = mapped_column(Boolean)
    #: Deliveries in a row that failed every retry (the dispatcher deactivates at 50).
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class OutboxEvent(Base):
    """An event written in the transaction that caused it, for the webhook dispatcher.

    The dispatcher (a separate worker) reads undelivered rows, fans each out to the active
    endpoints subscribed to ``event`` and marks it ``dispatched_at``.
    """

    __tablename__ = "cs_webhook_outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    delivery_id: Mapped[str] = mapped_column(String(64), unique=True)
    event: Mapped[str] = mapped_column(String(64), index=True)
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime())
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    dispatched_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
