"""SQL access to cs-integration customers."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from server.storage.models.cs_integration import Customer


class SqlCustomerStore:
    """Customers in ``cs_customers``, through one session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, customer_id: str, *, for_update: bool = False) -> Customer | None:
        """One customer (row-locked on PostgreSQL when ``for_update``)."""
        statement = select(Customer).where(Customer.customer_id == customer_id)
        if for_update:
            statement = statement.with_for_update()
        return self.session.scalars(statement).one_or_none()

    def page(
        self, limit: int, offset: int, only: str | None = None
    ) -> tuple[Sequence[Customer], int]:
        """Customers ordered by id, one page of them, and how many there are in all."""
        statement = select(Customer)
        counting = select(func.count()).select_from(Customer)
        if only is not None:
            statement = statement.where(Customer.customer_id == only)
            counting = counting.where(Customer.customer_id == only)
        rows = self.session.scalars(
            statement.order_by(Customer.customer_id).limit(limit).offset(offset)
        ).all()
        return rows, int(self.session.scalar(counting) or 0)

    def add(self, customer: Customer) -> None:
        """Store a new customer."""
        self.session.add(customer)
        self.session.flush()

    def delete(self, customer: Customer) -> None:
        """Remove a customer."""
        self.session.delete(customer)
        self.session.flush()
