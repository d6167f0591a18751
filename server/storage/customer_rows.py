"""The two busiest customer statements, read by id and insert, on a raw DB-API connection.

:class:`~server.storage.customers.CoreCustomerStore` holds every statement; these two run
once per ``GET /customers/{id}`` and ``POST /customers`` and skip Core's per-call work
(:mod:`server.storage.rawsql` says what that is and what is kept).
"""

from __future__ import annotations

import json
from collections.abc import Hashable
from dataclasses import dataclass, fields

from sqlalchemy import JSON, Text, bindparam, cast, insert, select
from sqlalchemy.engine import Dialect

from server.storage.customers import CUSTOMERS, CustomerRecord
from server.storage.rawsql import RawConnection, RawStatement

_FIELDS = tuple(field.name for field in fields(CustomerRecord))
_JSON_FIELDS = frozenset(name for name in _FIELDS if isinstance(CUSTOMERS.c[name].type, JSON))
# JSON columns come back as their text, so a row is a tuple of plain values that can key a
# cache (PostgreSQL's driver would return dicts); the text is decoded in ``record()``.
_BY_ID = RawStatement(
    select(
        *(
            cast(CUSTOMERS.c[name], Text) if name in _JSON_FIELDS else CUSTOMERS.c[name]
            for name in _FIELDS
        )
    ).where(CUSTOMERS.c.customer_id == bindparam("customer_id"))
)
_INSERT = RawStatement(insert(CUSTOMERS), column_keys=list(_FIELDS))
_JSON_POSITIONS = tuple(i for i, name in enumerate(_FIELDS) if name in _JSON_FIELDS)


@dataclass(frozen=True, slots=True)
class StoredCustomer:
    """A customer row as read: the driver's values, usable as a cache key, and its record."""

    #: The driver's values: equal keys mean equal stored customers.
    key: tuple[Hashable, ...]
    dialect: Dialect

    def record(self) -> CustomerRecord:
        """The row as a :class:`CustomerRecord`, every column converted."""
        values = list(_BY_ID.for_dialect(self.dialect).row(self.key))
        for position in _JSON_POSITIONS:
            values[position] = json.loads(values[position])
        return CustomerRecord(*values)


def stored_customer(connection: RawConnection, customer_id: str) -> StoredCustomer | None:
    """The customer's row, or ``None`` when there is none."""
    row = connection.first_unconverted(_BY_ID, {"customer_id": customer_id})
    if row is None:
        return None
    return StoredCustomer(row, connection.dialect)


def insert_customer(connection: RawConnection, customer: CustomerRecord) -> None:
    """Store a new customer in ``connection``'s transaction."""
    connection.run(_INSERT, {name: getattr(customer, name) for name in _FIELDS})
