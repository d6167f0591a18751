"""The event-platform registrations table (the ``Registration`` schema's stored fields).

Statistics, attendee lists, session attendance and personal-data exports read it; the
registration operations (create, cancel, check-in, tickets, payments) write it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from server.storage.models.base import Base, UtcDateTime, utcnow


class Registration(Base):
    """One attendee's registration for one event, with the attendee details copied in."""

    __tablename__ = "ep_registrations"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    event_id: Mapped[str] = mapped_column(String(36), ForeignKey("ep_events.id"), index=True)
    #: No foreign key: registrations outlive the account of the user who made them.
    user_id: Mapped[str | None] = mapped_column(String(36), default=None, index=True)
    #: pending / confirmed / cancelled / checked_in
    status: Mapped[str] = mapped_column(String(16))
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    email: Mapped[str] = mapped_column(String(254))
    #: Lower-cased email: unique per event among registrations that are not cancelled.
    email_key: Mapped[str] = mapped_column(String(254), index=True)
    company: Mapped[str | None] = mapped_column(String(200), default=None)
    job_title: Mapped[str | None] = mapped_column(String(200), default=None)
    phone: Mapped[str | None] = mapped_column(String(16), default=None)
    amount_due: Mapped[int] = mapped_column(Integer, default=0)
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    #: Kept equal to the latest payment's status by the payment rules (``not_required`` when free).
    payment_status: Mapped[str] = mapped_column(String(24), default="not_required")
    payment_id: Mapped[str | None] = mapped_column(String(36), default=None)
    ticket_code: Mapped[str | None] = mapped_column(String(16), default=None)
    checked_in_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)
    check_in_method: Mapped[str | None] = mapped_column(String(16), default=None)
    check_in_location: Mapped[str | None] = mapped_column(String(200), default=None)
    check_in_ticket_code: Mapped[str | None] = mapped_column(String(16), default=None)
    notes: Mapped[str | None] = mapped_column(String(1000), default=None)
    confirmed_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)
    cancelled_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)
    cancellation_reason: Mapped[str | None] = mapped_column(String(1000), default=None)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
