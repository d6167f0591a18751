"""Raw statements: values go in and come out exactly as through a Core connection."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from server.storage.customer_rows import insert_customer, stored_customer
from server.storage.customers import CUSTOMERS, CoreCustomerStore
from server.storage.journeys import JOURNEY_ENTRIES, append_entry, journey_history
from server.storage.rawsql import RawStatement
from tests.server.conftest import Api
from tests.server.storage.test_customers import Abort, record

AT = record("any").created_at


def test_raw_insert_reads_back_through_core_unchanged(api: Api, customer_id: str) -> None:
    database = api.runtime.database
    with database.raw_write() as connection:
        insert_customer(connection, record(customer_id))
    with database.read() as connection:
        assert CoreCustomerStore(connection).get(customer_id) == record(customer_id)


def test_raw_read_converts_a_core_written_row_as_core_does(api: Api, customer_id: str) -> None:
    database = api.runtime.database
    with database.write() as connection:
        CoreCustomerStore(connection).insert(record(customer_id))
    with database.raw_read() as connection:
        stored = stored_customer(connection, customer_id)
    assert stored is not None
    assert stored.record() == record(customer_id)
    hash(stored.key)  # a row keys a cache on every backend


def test_raw_read_of_an_unknown_key_is_none(api: Api, customer_id: str) -> None:
    with api.runtime.database.raw_read() as connection:
        assert stored_customer(connection, customer_id) is None


def test_python_side_defaults_are_filled_as_core_fills_them(api: Api, customer_id: str) -> None:
    database = api.runtime.database
    with database.raw_write() as connection:
        insert_customer(connection, record(customer_id))
        # entered_at given; the journey's id comes from the database.
        append_entry(
            connection, customer_id, "adoption", "customer_created", record("x").created_at
        )
        # health_trend left out: the column's Python default applies.
        connection.run(
            RawStatement(
                CUSTOMERS.insert(),
                column_keys=[c for c in CUSTOMERS.c.keys() if c != "health_trend"],
            ),
            {**_values(record(customer_id)), "customer_id": customer_id + "_d"},
        )
    with database.read() as connection:
        history = journey_history(connection, customer_id)
        defaulted = CoreCustomerStore(connection).get(customer_id + "_d")
    assert [entry.stage for entry in history] == ["adoption"]
    assert defaulted is not None and defaulted.health_trend == "stable"


def test_duplicate_key_raises_core_integrity_error(api: Api, customer_id: str) -> None:
    database = api.runtime.database
    with database.raw_write() as connection:
        insert_customer(connection, record(customer_id))
    with pytest.raises(IntegrityError), database.raw_write() as connection:
        insert_customer(connection, record(customer_id))


def test_failed_raw_write_stores_nothing(api: Api, customer_id: str) -> None:
    database = api.runtime.database
    with pytest.raises(Abort), database.raw_write() as connection:
        insert_customer(connection, record(customer_id))
        append_entry(
            connection, customer_id, "adoption", "customer_created", record("x").created_at
        )
        raise Abort
    with database.read() as connection:
        assert CoreCustomerStore(connection).get(customer_id) is None
        entries = connection.scalar(
            select(func.count())
            .select_from(JOURNEY_ENTRIES)
            .where(JOURNEY_ENTRIES.c.customer_id == customer_id)
        )
    assert entries == 0


def _values(customer: object) -> dict[str, object]:
    # Every column but health_trend, the one left to its default.
    return {c: getattr(customer, c) for c in CUSTOMERS.c.keys() if c != "health_trend"}


def test_held_sqlite_reader_sees_every_later_commit(api: Api, customer_id: str) -> None:
    database = api.runtime.database
    with database.raw_read() as connection:
        assert stored_customer(connection, customer_id) is None
    with database.raw_write() as connection:
        insert_customer(connection, record(customer_id))
    with database.raw_read() as connection:
        found = stored_customer(connection, customer_id)
    assert found is not None and found.record() == record(customer_id)
    with database.write() as connection:
        CoreCustomerStore(connection).delete(customer_id)
    with database.raw_read() as connection:
        assert stored_customer(connection, customer_id) is None
