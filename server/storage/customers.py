"""SQL access to cs-integration customers."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from server.storage.models.cs_integration import Customer

#: Health-score ranges of each risk level (the spec's RiskLevel description), inclusive.
RISK_RANGES = {"low": (75, 100), "medium": (50, 74), "high": (25, 49), "critical": (0, 24)}


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
        self,
        limit: int,
        offset: int,
        *,
        only: str | None = None,
        risk_level: str | None = None,
        lifecycle_stage: str | None = None,
    ) -> tuple[Sequence[Customer], int]:
        """Matching customers ordered by id, one page of them, and how many match in all."""
        statement = select(Customer)
        if only is not None:
            statement = statement.where(Customer.customer_id == only)
        if risk_level is not None:
            low, high = RISK_RANGES[risk_level]
            statement = statement.where(Customer.health_score.between(low, high))
        if lifecycle_stage is not None:
            statement = statement.where(Customer.lifecycle_stage == lifecycle_stage)
        total = self.session.scalar(select(func.count()).select_from(statement.subquery()))
        rows = self.session.scalars(
            statement.order_by(Customer.customer_id).limit(limit).offset(offset)
        ).all()
        return rows, int(total or 0)

    def count(self) -> int:
        """How many customers are stored."""
        return int(self.session.scalar(select(func.count()).select_from(Customer)) or 0)

    def add(self, customer: Customer) -> None:
        """Store a new customer."""
        self.session.add(customer)
        self.session.flush()

    def delete(self, customer: Customer) -> None:
        """Remove a customer."""
        self.session.delete(customer)
        self.session.flush()
