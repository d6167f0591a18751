"""SQL access to cs-integration customers."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection, Select, Table, bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from server.storage.lookup import one_by
from server.storage.models.cs_integration import Customer

#: Health-score ranges of each risk level (the spec's RiskLevel description), inclusive.
RISK_RANGES = {"low": (75, 100), "medium": (50, 74), "high": (25, 49), "critical": (0, 24)}

CUSTOMERS = cast("Table", Customer.__table__)


class SqlCustomerStore:
    """Customers in ``cs_customers``, through one session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, customer_id: str, *, for_update: bool = False) -> Customer | None:
        """One customer (row-locked on PostgreSQL when ``for_update``)."""
        return one_by(self.session, Customer, "customer_id", customer_id, for_update=for_update)

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


@dataclass(frozen=True, slots=True)
class CustomerRecord:
    """One stored customer as plain values (a row of ``cs_customers``)."""

    customer_id: str
    health_score: int
    health_trend: str
    lifecycle_stage: str
    success_metrics: dict[str, Any]
    integration_status: dict[str, Any]
    created_by: str
    created_at: datetime
    last_updated: datetime


class CoreCustomerStore:
    """Customers in ``cs_customers`` through a Core connection: no ORM unit of work.

    For the hot paths (read by id, list, create): rows come back as :class:`CustomerRecord`
    values and writes are single statements in the caller's transaction.
    """

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def get(self, customer_id: str, *, for_update: bool = False) -> CustomerRecord | None:
        """One customer (row-locked on PostgreSQL when ``for_update``)."""
        statement = _BY_ID_FOR_UPDATE if for_update else _BY_ID
        row = self.connection.execute(statement, {"customer_id": customer_id}).one_or_none()
        return None if row is None else CustomerRecord(*row)

    def page(
        self,
        limit: int,
        offset: int,
        *,
        only: str | None = None,
        risk_level: str | None = None,
        lifecycle_stage: str | None = None,
    ) -> tuple[list[CustomerRecord], int]:
        """Matching customers ordered by id, one page of them, and how many match in all."""
        counting, paging = _page_statements(
            only is not None, risk_level is not None, lifecycle_stage is not None
        )
        low, high = RISK_RANGES[risk_level] if risk_level is not None else (0, 0)
        filters = {"only": only, "low": low, "high": high, "stage": lifecycle_stage}
        total = self.connection.scalar(counting, filters)
        rows = self.connection.execute(paging, {**filters, "limit": limit, "offset": offset})
        return [CustomerRecord(*row) for row in rows], int(total or 0)

    def insert(self, customer: CustomerRecord) -> None:
        """Store a new customer."""
        self.connection.execute(_INSERT, _values(customer))

    def count(self) -> int:
        """How many customers are stored."""
        return int(self.connection.scalar(select(func.count()).select_from(CUSTOMERS)) or 0)

    def update(self, customer: CustomerRecord) -> None:
        """Store every field of an existing customer."""
        values = _values(customer)
        values["key"] = values.pop("customer_id")
        self.connection.execute(_UPDATE, values)

    def delete(self, customer_id: str) -> bool:
        """Remove a customer and say whether it was there (its journey goes by the cascade)."""
        return self.connection.execute(_DELETE, {"customer_id": customer_id}).rowcount == 1


_FIELDS = tuple(field.name for field in fields(CustomerRecord))
# The columns in CustomerRecord's field order, so a row builds a record positionally.
_COLUMNS = [CUSTOMERS.c[name] for name in _FIELDS]
# Built once: the compiled-statement cache is keyed on the statement's structure, and a
# bound parameter keeps the key the same for every id.
_BY_ID = select(*_COLUMNS).where(CUSTOMERS.c.customer_id == bindparam("customer_id"))
_BY_ID_FOR_UPDATE = _BY_ID.with_for_update()
_INSERT = insert(CUSTOMERS)
_UPDATE = (
    update(CUSTOMERS)
    .where(CUSTOMERS.c.customer_id == bindparam("key"))
    .values({name: bindparam(name) for name in _FIELDS if name != "customer_id"})
)
_DELETE = delete(CUSTOMERS).where(CUSTOMERS.c.customer_id == bindparam("customer_id"))


def _values(customer: CustomerRecord) -> dict[str, Any]:
    # Not dataclasses.asdict: it deep-copies the JSON values for nothing.
    return {name: getattr(customer, name) for name in _FIELDS}


@functools.cache
def _page_statements(only: bool, risk: bool, stage: bool) -> tuple[Select[Any], Select[Any]]:
    # One pair of statements per combination of filters, built once with bound parameters:
    # building a select per request cost more than running it (column coercion and the
    # compiled cache's key for a new statement object).
    statement = select(*_COLUMNS)
    if only:
        statement = statement.where(CUSTOMERS.c.customer_id == bindparam("only"))
    if risk:
        statement = statement.where(
            CUSTOMERS.c.health_score.between(bindparam("low"), bindparam("high"))
        )
    if stage:
        statement = statement.where(CUSTOMERS.c.lifecycle_stage == bindparam("stage"))
    counting = select(func.count()).select_from(statement.subquery())
    paging = (
        statement.order_by(CUSTOMERS.c.customer_id)
        .limit(bindparam("limit"))
        .offset(bindparam("offset"))
    )
    return counting, paging
