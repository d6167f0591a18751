"""Core access to customers: reads commit nothing, writes commit together or not at all."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from server.services.outbox import record_event
from server.storage.customers import CoreCustomerStore, CustomerRecord
from server.storage.database import Database
from server.storage.models.outbox import OutboxEvent
from tests.server.conftest import Api


class Abort(Exception):
    """Raised inside a transaction to make it roll back."""


def record(customer_id: str) -> CustomerRecord:
    now = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    return CustomerRecord(
        customer_id=customer_id,
        health_score=60,
        health_trend="stable",
        lifecycle_stage="adoption",
        success_metrics={"adoption_rate": 0.5},
        integration_status={"marketing": "active"},
        created_by="test",
        created_at=now,
        last_updated=now,
    )


def events_of(database: Database, customer_id: str) -> int:
    with database.read() as connection:
        count = connection.scalar(
            select(func.count())
            .select_from(OutboxEvent)
            .where(OutboxEvent.payload["customer_id"].as_string() == customer_id)
        )
    return int(count or 0)


def test_written_record_reads_back_equal(api: Api, customer_id: str) -> None:
    database = api.runtime.database
    with database.write() as connection:
        CoreCustomerStore(connection).insert(record(customer_id))
    with database.read() as connection:
        assert CoreCustomerStore(connection).get(customer_id) == record(customer_id)


def test_read_sees_only_committed_rows(api: Api, customer_id: str) -> None:
    database = api.runtime.database
    with database.write() as writing:
        CoreCustomerStore(writing).insert(record(customer_id))
        with database.read() as reading:
            assert CoreCustomerStore(reading).get(customer_id) is None
    with database.read() as reading:
        assert CoreCustomerStore(reading).get(customer_id) == record(customer_id)


def test_event_rolls_back_with_its_change(api: Api, customer_id: str) -> None:
    database = api.runtime.database
    with pytest.raises(Abort), database.write() as connection:
        CoreCustomerStore(connection).insert(record(customer_id))
        record_event(
            connection, "cs-integration", "customer.created", {"customer_id": customer_id}, None
        )
        raise Abort
    with database.read() as connection:
        assert CoreCustomerStore(connection).get(customer_id) is None
    assert events_of(database, customer_id) == 0


def test_event_commits_with_its_change(api: Api, customer_id: str) -> None:
    database = api.runtime.database
    with database.write() as connection:
        CoreCustomerStore(connection).insert(record(customer_id))
        record_event(
            connection, "cs-integration", "customer.created", {"customer_id": customer_id}, None
        )
    assert events_of(database, customer_id) == 1


def test_page_filters_and_counts(api: Api, customer_id: str) -> None:
    database = api.runtime.database
    with database.write() as connection:
        store = CoreCustomerStore(connection)
        store.insert(record(customer_id + "a"))
        store.insert(record(customer_id + "b"))
    with database.read() as connection:
        rows, total = CoreCustomerStore(connection).page(
            10, 0, only=customer_id + "b", risk_level="medium", lifecycle_stage="adoption"
        )
        assert ([row.customer_id for row in rows], total) == ([customer_id + "b"], 1)
        rows, total = CoreCustomerStore(connection).page(
            10, 0, only=customer_id + "a", risk_level="low"
        )
        assert (rows, total) == ([], 0)


def test_update_stores_every_field(api: Api, customer_id: str) -> None:
    database = api.runtime.database
    with database.write() as connection:
        CoreCustomerStore(connection).insert(record(customer_id))
    changed = dataclasses.replace(
        record(customer_id),
        health_score=20,
        health_trend="declining",
        lifecycle_stage="renewal",
        success_metrics={"nps_score": 3},
        integration_status={"sales": "pending_handoff"},
        last_updated=datetime(2026, 2, 3, 4, 5, 6, tzinfo=UTC),
    )
    with database.write() as connection:
        CoreCustomerStore(connection).update(changed)
    with database.read() as connection:
        assert CoreCustomerStore(connection).get(customer_id) == changed


def test_delete_says_whether_the_customer_was_there(api: Api, customer_id: str) -> None:
    database = api.runtime.database
    with database.write() as connection:
        CoreCustomerStore(connection).insert(record(customer_id))
    with database.write() as connection:
        assert CoreCustomerStore(connection).delete(customer_id) is True
    with database.write() as connection:
        assert CoreCustomerStore(connection).delete(customer_id) is False


def test_read_session_stores_no_change(api: Api, customer_id: str) -> None:
    from server.storage.models.cs_integration import Customer

    database = api.runtime.database
    with database.write() as connection:
        CoreCustomerStore(connection).insert(record(customer_id))
    with database.read_session() as session:
        customer = session.get(Customer, customer_id)
        assert customer is not None
        customer.health_score = 1
    with database.read() as connection:
        assert CoreCustomerStore(connection).get(customer_id) == record(customer_id)
