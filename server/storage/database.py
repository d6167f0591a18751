"""The database engine and sessions: SQLite by default, PostgreSQL through ``DATABASE_URL``."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any, TypeVar

import anyio
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from server.jsonwire import json_column_text
from server.storage.group_commit import GroupCommit
from server.storage.rawsql import RawConnection, ThreadReaders, raw_read, raw_write

T = TypeVar("T")

#: Connections kept open to a SQLite file (opened on demand, never more than used at once).
SQLITE_POOL_SIZE = 40


class Database:
    """One engine and its session factory.

    ``session()`` is one ORM unit of work and transaction; ``read()`` and ``write()`` are Core
    connections for the hot paths, which need neither an identity map nor change tracking.
    """

    def __init__(self, url: str) -> None:
        self.url = url
        parsed = make_url(url)
        options: dict[str, Any] = {"future": True, "json_serializer": json_column_text}
        if parsed.get_backend_name() == "sqlite":
            if parsed.database and parsed.database != ":memory:":
                Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
            # Handlers run in Starlette's thread pool, so a connection may move between threads.
            options["connect_args"] = {"check_same_thread": False, "timeout": 30}
            if parsed.database and parsed.database != ":memory:":
                # One pooled connection per worker thread that may hold a session (anyio's
                # default limit is 40): with SQLAlchemy's 5 + 10 overflow, more than 5
                # concurrent requests made it open, set up and close a connection per request.
                options["pool_size"] = SQLITE_POOL_SIZE
                options["max_overflow"] = 10
        else:
            options["pool_pre_ping"] = True
        self.engine: Engine = create_engine(url, **options)
        if parsed.get_backend_name() == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        sqlite = parsed.get_backend_name() == "sqlite"
        self._group = GroupCommit(self.engine) if sqlite else None
        self._readers = ThreadReaders(self.engine) if sqlite else None
        # PostgreSQL: a read outside a transaction is one round trip instead of BEGIN, SELECT
        # and ROLLBACK, and sees what it would in one (at READ COMMITTED, the default, every
        # statement takes its own snapshot either way). pysqlite never opens a transaction
        # for a SELECT, so SQLite needs nothing.
        self._read_options: dict[str, Any] = (
            {"isolation_level": "AUTOCOMMIT"} if parsed.get_backend_name() == "postgresql" else {}
        )

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose transaction commits on success and rolls back on error."""
        with self._sessions.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A connection for reads only, outside a transaction: nothing to commit or roll back.

        A read through the ORM paid for a session, its identity map, object loading and a
        commit: about 4x the cost of the same SELECT on a Core connection.
        """
        with self.engine.connect() as connection:
            if self._read_options:
                connection.execution_options(**self._read_options)
            yield connection

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """An ORM session over a :meth:`read` connection, for reads that need model objects.

        Nothing is flushed or committed: a change made through it is never stored.
        """
        with (
            self.read() as connection,
            Session(bind=connection, autoflush=False, expire_on_commit=False) as session,
        ):
            yield session

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A connection in one transaction that commits on success and rolls back on error."""
        with self.engine.begin() as connection:
            yield connection

    def raw_read(self) -> AbstractContextManager[RawConnection]:
        """A DB-API connection for the hottest reads, like :meth:`read` without Core.

        SQLite: the calling thread's held connection; elsewhere a pooled one, outside a
        transaction.
        """
        if self._readers is not None:
            return self._readers()
        return raw_read(self.engine, autocommit=bool(self._read_options))

    def raw_write(self) -> AbstractContextManager[RawConnection]:
        """A pooled DB-API connection in one transaction, like :meth:`write` without Core."""
        return raw_write(self.engine)

    async def write_together(self, work: Callable[[RawConnection], T]) -> T:
        """Run ``work`` in a transaction from the event loop, without blocking it.

        SQLite: grouped with the writes of requests ready in the same turn of the loop, one
        commit for all (:mod:`server.storage.group_commit`). Elsewhere: a transaction of its
        own in a worker thread (the driver waits on the network there).
        """
        if self._group is not None:
            return await self._group.write(work)
        return await anyio.to_thread.run_sync(self._write_now, work)

    def _write_now(self, work: Callable[[RawConnection], T]) -> T:
        with self.raw_write() as connection:
            return work(connection)

    def dispose(self) -> None:
        """Close every pooled connection."""
        if self._readers is not None:
            self._readers.close()
        self.engine.dispose()


def _sqlite_pragmas(connection: Any, _record: Any) -> None:
    # WAL lets readers proceed while one writer commits (several uvicorn workers share a file);
    # with WAL, synchronous=NORMAL syncs at checkpoints instead of on every commit: a commit
    # survives a crash of the process, only a power loss can undo the last ones (SQLite's
    # recommended setting for WAL). SQLite leaves foreign keys off unless asked.
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()
