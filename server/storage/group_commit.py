"""Group commit: the writes of requests that reach the database together share one commit.

With SQLite the server runs handlers on the event loop (:mod:`server.inline`), one at a time,
and a commit costs more than the three INSERTs of a customer create (its WAL frames are
written on every commit). Requests that arrive together reach their handler in the same turn
of the loop; a write queued through :class:`GroupCommit` waits for the end of that turn, then
every queued write runs in one transaction, each inside its own SAVEPOINT, and one COMMIT
ends them all. A write that fails rolls back to its savepoint alone and its caller gets the
error; the others commit. A caller hears of success only after the commit, so what was
answered is stored exactly as with a transaction per request. A failed COMMIT fails every
write of the group.

Hand-written: SQLAlchemy and the drivers commit per transaction; group commit is a server's
scheduling decision, which no library makes for an asyncio application.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import Engine

from server.storage.rawsql import RawConnection, raw_write

T = TypeVar("T")
Work = Callable[[RawConnection], Any]

#: Writes sharing one commit at most; a longer queue is split (bounds the time the loop spends).
MAX_GROUP = 64


class GroupCommit:
    """A queue of writes on one event loop, committed together at the end of each turn."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._queue: list[tuple[Work, asyncio.Future[Any]]] = []

    async def write(self, work: Callable[[RawConnection], T]) -> T:
        """Run ``work`` in a transaction shared with the writes queued in this turn."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        self._queue.append((work, future))
        if len(self._queue) == 1:
            loop.call_soon(self._flush)
        return await future

    def _flush(self) -> None:
        queued, self._queue = self._queue[:MAX_GROUP], self._queue[MAX_GROUP:]
        if self._queue:
            asyncio.get_running_loop().call_soon(self._flush)
        outcomes: list[tuple[asyncio.Future[Any], Any, BaseException | None]] = []
        try:
            with raw_write(self.engine) as connection:
                cursor = connection.dbapi_connection.cursor()
                try:
                    # An explicit BEGIN: a savepoint opened outside a transaction would start
                    # one, and its RELEASE would commit it. IMMEDIATE takes the write lock now
                    # (waiting for another writer as long as the busy timeout allows): a
                    # deferred transaction that reads first (a create checks the id is free)
                    # and another connection commits before its first write could not upgrade
                    # its stale snapshot, and SQLite fails it at once with "database is locked".
                    cursor.execute("BEGIN IMMEDIATE")
                    for work, future in queued:
                        outcomes.append((future, *_in_savepoint(cursor, connection, work)))
                finally:
                    cursor.close()
        except Exception as failed:
            for _, future in queued:
                _settle(future, None, failed)
            return
        for future, result, error in outcomes:
            _settle(future, result, error)


def _in_savepoint(
    cursor: Any, connection: RawConnection, work: Work
) -> tuple[Any, Exception | None]:
    cursor.execute("SAVEPOINT group_write")
    try:
        result = work(connection)
    except Exception as error:
        cursor.execute("ROLLBACK TO SAVEPOINT group_write")
        cursor.execute("RELEASE SAVEPOINT group_write")
        return None, error
    cursor.execute("RELEASE SAVEPOINT group_write")
    return result, None


def _settle(future: asyncio.Future[Any], result: Any, error: BaseException | None) -> None:
    if future.done():  # the request was cancelled (its client went away) meanwhile
        return
    if error is None:
        future.set_result(result)
    else:
        future.set_exception(error)
