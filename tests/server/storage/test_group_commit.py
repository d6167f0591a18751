"""Group commit: writes ready together share one transaction, and fail one by one."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
from sqlalchemy.exc import IntegrityError

from server.storage import group_commit
from server.storage.customer_rows import insert_customer, stored_customer
from server.storage.database import Database
from server.storage.rawsql import RawConnection
from tests.server.conftest import Api
from tests.server.storage.test_customers import Abort, record
from tests.server.test_customers import METRICS


@pytest.fixture
def database(api: Api) -> Database:
    database = api.runtime.database
    if database.engine.dialect.name != "sqlite":
        pytest.skip("group commit is for SQLite, where handlers run on the event loop")
    return database


@pytest.fixture
def transactions(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many transactions group commit opened."""
    opened: list[int] = []
    real = group_commit.raw_write

    @contextmanager
    def counted(engine: Any) -> Iterator[RawConnection]:
        opened.append(1)
        with real(engine) as connection:
            yield connection

    monkeypatch.setattr(group_commit, "raw_write", counted)
    return opened


def inserting(customer_id: str) -> Callable[[RawConnection], str]:
    def work(connection: RawConnection) -> str:
        insert_customer(connection, record(customer_id))
        return customer_id

    return work


def failing(customer_id: str) -> Callable[[RawConnection], str]:
    def work(connection: RawConnection) -> str:
        insert_customer(connection, record(customer_id))
        raise Abort

    return work


def stored(database: Database, customer_id: str) -> bool:
    with database.raw_read() as connection:
        return stored_customer(connection, customer_id) is not None


async def together(database: Database, *works: Callable[[RawConnection], str]) -> list[Any]:
    return await asyncio.gather(
        *(database.write_together(work) for work in works), return_exceptions=True
    )


def test_writes_ready_together_share_one_transaction(
    database: Database, customer_id: str, transactions: list[int]
) -> None:
    ids = [f"{customer_id}_{n}" for n in range(5)]
    results = asyncio.run(together(database, *(inserting(i) for i in ids)))
    assert results == ids
    assert len(transactions) == 1
    assert all(stored(database, i) for i in ids)


def test_a_failing_write_rolls_back_alone(
    database: Database, customer_id: str, transactions: list[int]
) -> None:
    first, bad, last = (f"{customer_id}_{n}" for n in range(3))
    results = asyncio.run(together(database, inserting(first), failing(bad), inserting(last)))
    assert results[0] == first and results[2] == last
    assert isinstance(results[1], Abort)
    assert len(transactions) == 1
    assert stored(database, first) and stored(database, last)
    assert not stored(database, bad)


def test_a_duplicate_key_fails_only_its_own_write(database: Database, customer_id: str) -> None:
    other = customer_id + "_other"
    results = asyncio.run(
        together(database, inserting(customer_id), inserting(customer_id), inserting(other))
    )
    assert results[0] == customer_id and results[2] == other
    assert isinstance(results[1], IntegrityError)


def test_a_failed_commit_fails_every_write_of_the_group(
    database: Database, customer_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    class CommitFailed(Exception):
        pass

    real = group_commit.raw_write

    @contextmanager
    def commit_fails(engine: Any) -> Iterator[RawConnection]:
        with pytest.raises(CommitFailed), real(engine) as connection:
            yield connection
            raise CommitFailed  # rolls back what the group wrote
        raise CommitFailed

    monkeypatch.setattr(group_commit, "raw_write", commit_fails)
    ids = [f"{customer_id}_{n}" for n in range(3)]
    results = asyncio.run(together(database, *(inserting(i) for i in ids)))
    assert all(isinstance(result, CommitFailed) for result in results)
    assert not any(stored(database, i) for i in ids)


def test_a_long_queue_is_split_into_bounded_groups(
    database: Database, customer_id: str, transactions: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(group_commit, "MAX_GROUP", 4)
    ids = [f"{customer_id}_{n}" for n in range(10)]
    assert asyncio.run(together(database, *(inserting(i) for i in ids))) == ids
    assert len(transactions) == 3


def test_concurrent_creates_over_http_each_get_their_own_answer(
    api: Api, database: Database, customer_id: str, transactions: list[int]
) -> None:
    headers = api.bearer()
    body = {"health_score": 80, "lifecycle_stage": "adoption", **METRICS}
    taken = {**body, "customer_id": customer_id}

    async def create_all() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=api.app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
            url = "/api/v1/cs-integration/customers"
            await c.post(url, json=taken, headers=headers)
            return list(
                await asyncio.gather(
                    *(c.post(url, json=body, headers=headers) for _ in range(8)),
                    c.post(url, json=taken, headers=headers),
                )
            )

    responses = asyncio.run(create_all())
    assert [r.status_code for r in responses] == [201] * 8 + [409]
    created = {r.json()["customer_id"] for r in responses[:8]}
    assert len(created) == 8 and all(stored(database, i) for i in created)
    assert len(transactions) < 9  # some of them shared a commit


def test_a_write_that_reads_first_survives_another_connections_commit(
    database: Database, customer_id: str
) -> None:
    # Another writer (the webhook dispatcher's thread, another worker) commits between the
    # group's read and its first write: the group must still commit, the other writer waits.
    other = customer_id + "_other"
    writer: list[threading.Thread] = []

    def other_connection_writes() -> None:
        with database.raw_write() as connection:
            insert_customer(connection, record(other))

    def read_then_write(connection: RawConnection) -> str:
        assert stored_customer(connection, customer_id) is None
        writer.append(threading.Thread(target=other_connection_writes))
        writer[0].start()
        writer[0].join(0.3)  # long enough for an unblocked writer to commit
        insert_customer(connection, record(customer_id))
        return customer_id

    results = asyncio.run(together(database, read_then_write))
    writer[0].join(10)
    assert results == [customer_id]
    assert stored(database, customer_id) and stored(database, other)
