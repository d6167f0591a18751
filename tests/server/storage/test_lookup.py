"""One ORM row by key, through statements built once."""

from __future__ import annotations

from sqlalchemy.dialects import postgresql

from server.storage.customers import CoreCustomerStore
from server.storage.lookup import _statement, one_by
from server.storage.models.cs_integration import Customer
from tests.server.conftest import Api
from tests.server.storage.test_customers import record


def test_finds_the_row_with_the_key(api: Api, customer_id: str) -> None:
    database = api.runtime.database
    with database.write() as connection:
        CoreCustomerStore(connection).insert(record(customer_id))
    with database.session() as session:
        found = one_by(session, Customer, "customer_id", customer_id, for_update=True)
        assert found is not None
        assert (found.customer_id, found.health_score) == (customer_id, 60)
        assert one_by(session, Customer, "customer_id", customer_id + "x") is None


def test_statement_is_built_once_per_model_key_and_lock() -> None:
    plain = _statement(Customer, "customer_id", False)
    assert _statement(Customer, "customer_id", False) is plain
    locking = _statement(Customer, "customer_id", True)
    assert locking is not plain
    assert "FOR UPDATE" in str(locking.compile(dialect=postgresql.dialect()))
