"""SQL access to payments and refunds."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from server.storage.lookup import one_by
from server.storage.models.event_payments import Payment, Refund


class SqlPaymentStore:
    """Payments in ``ep_payments`` and refunds in ``ep_refunds``, through one session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, payment_id: str, *, for_update: bool = False) -> Payment | None:
        """One payment (row-locked on PostgreSQL when ``for_update``)."""
        return one_by(self.session, Payment, "id", payment_id, for_update=for_update)

    def matching(
        self,
        *,
        registration_id: str | None = None,
        event_id: str | None = None,
        user_id: str | None = None,
        status: str | None = None,
        created_after: datetime | None = None,
        created_before: datetime | None = None,
    ) -> Sequence[Payment]:
        """Payments passing every given filter (None: not filtered)."""
        statement = select(Payment)
        if registration_id is not None:
            statement = statement.where(Payment.registration_id == registration_id)
        if event_id is not None:
            statement = statement.where(Payment.event_id == event_id)
        if user_id is not None:
            statement = statement.where(Payment.user_id == user_id)
        if status is not None:
            statement = statement.where(Payment.status == status)
        if created_after is not None:
            statement = statement.where(Payment.created_at >= created_after)
        if created_before is not None:
            statement = statement.where(Payment.created_at < created_before)
        return self.session.scalars(statement).all()

    def of_registrations(self, registration_ids: Sequence[str]) -> Sequence[Payment]:
        """Every payment of those registrations, oldest first."""
        if not registration_ids:
            return []
        return self.session.scalars(
            select(Payment)
            .where(Payment.registration_id.in_(registration_ids))
            .order_by(Payment.created_at, Payment.id)
        ).all()

    def refunds(self, payment_ids: Sequence[str]) -> Sequence[Refund]:
        """The refunds of those payments, oldest first."""
        if not payment_ids:
            return []
        return self.session.scalars(
            select(Refund)
            .where(Refund.payment_id.in_(payment_ids))
            .order_by(Refund.created_at, Refund.id)
        ).all()

    def refunds_completed_between(self, start: datetime, end: datetime) -> Sequence[Refund]:
        """Completed refunds whose ``completed_at`` lies in [start, end)."""
        return self.session.scalars(
            select(Refund).where(
                Refund.status == "completed",
                Refund.completed_at >= start,
                Refund.completed_at < end,
            )
        ).all()

    def last_invoice_number(self, prefix: str) -> str | None:
        """The highest invoice number starting with ``prefix`` (``INV-2025-``)."""
        found: str | None = self.session.scalar(
            select(func.max(Payment.invoice_number)).where(
                Payment.invoice_number.like(prefix + "%")
            )
        )
        return found

    def add(self, row: Payment | Refund) -> None:
        """Store a new payment or refund."""
        self.session.add(row)
        self.session.flush()
