"""event-platform tables of payments, refunds and tickets (``ep_`` prefix like the others).

Registrations keep the denormalised ``payment_status``/``payment_id``/``ticket_code`` the
rules maintain; these tables hold the facts those fields are derived from.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from server.storage.models.base import Base, UtcDateTime, utcnow


class Payment(Base):
    """One payment attempt for a registration, with the gateway's outcome."""

    __tablename__ = "ep_payments"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    registration_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("ep_registrations.id"), index=True
    )
    #: Copied from the registration so reports and filters need no join.
    event_id: Mapped[str] = mapped_column(String(36), index=True)
    user_id: Mapped[str | None] = mapped_column(String(36), default=None, index=True)
    amount: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))
    #: pending / completed / failed / refunded / partially_refunded
    status: Mapped[str] = mapped_column(String(24))
    method: Mapped[dict[str, Any]] = mapped_column(JSON)
    provider: Mapped[str] = mapped_column(String(16))
    provider_reference: Mapped[str | None] = mapped_column(String(255), default=None)
    billing_details: Mapped[dict[str, Any]] = mapped_column(JSON)
    failure_code: Mapped[str | None] = mapped_column(String(32), default=None)
    failure_reason: Mapped[str | None] = mapped_column(String(500), default=None)
    #: ``INV-<year>-<6 digits>``, fixed when the payment completes.
    invoice_number: Mapped[str | None] = mapped_column(String(20), default=None, unique=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)


class Refund(Base):
    """A refund of (part of) a payment."""

    __tablename__ = "ep_refunds"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    payment_id: Mapped[str] = mapped_column(String(36), ForeignKey("ep_payments.id"), index=True)
    amount: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))
    reason: Mapped[str] = mapped_column(String(32))
    note: Mapped[str | None] = mapped_column(String(1000), default=None)
    #: pending / completed / failed
    status: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)


class Ticket(Base):
    """A ticket issued for a registration; ``voided_at`` is set when a newer one replaces it."""

    __tablename__ = "ep_tickets"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    registration_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("ep_registrations.id"), index=True
    )
    event_id: Mapped[str] = mapped_column(String(36))
    code: Mapped[str] = mapped_column(String(16), unique=True)
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    voided_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)
