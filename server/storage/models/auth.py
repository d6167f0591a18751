"""Registered clients: OAuth 2.0 client credentials and API keys, secrets stored hashed."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from server.storage.models.base import Base, UtcDateTime, utcnow


class Client(Base):
    """A client allowed to call the APIs: ``kind`` is ``oauth`` or ``api_key``."""

    __tablename__ = "clients"

    client_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    secret_hash: Mapped[str] = mapped_column(String(255))
    scopes: Mapped[str] = mapped_column(String(4000), default="")
    client_type: Mapped[str] = mapped_column(String(32), default="partner")
    publisher_id: Mapped[str | None] = mapped_column(String(100), default=None)
    customer_id: Mapped[str | None] = mapped_column(String(100), default=None)
    name: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
