"""cs-integration webhook endpoints (events wait for delivery in ``outbox_events``)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, Integer, String, UniqueConstraint
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
