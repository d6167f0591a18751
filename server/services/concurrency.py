"""Two requests creating the same row at once: the loser retries and sees the winner's row.

Services check for an existing row before inserting, but two transactions can both find none;
the database's unique constraint then refuses the second insert. Running the whole
transaction again lets it take the path an existing row takes (idempotent reply, new
version, reconnect) instead of answering 500.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

from sqlalchemy.exc import IntegrityError

T = TypeVar("T")

ATTEMPTS = 3


def retry_on_conflict(transaction: Callable[[], T], attempts: int = ATTEMPTS) -> T:
    """Run ``transaction``; again (up to ``attempts`` times) when a unique constraint refuses it."""
    for attempt in range(1, attempts + 1):
        try:
            return transaction()
        except IntegrityError:
            if attempt == attempts:
                raise
    raise AssertionError("unreachable")  # pragma: no cover


async def retry_on_conflict_async(
    transaction: Callable[[], Awaitable[T]], attempts: int = ATTEMPTS
) -> T:
    """:func:`retry_on_conflict` for a transaction awaited on the event loop."""
    for attempt in range(1, attempts + 1):
        try:
            return await transaction()
        except IntegrityError:
            if attempt == attempts:
                raise
    raise AssertionError("unreachable")  # pragma: no cover
