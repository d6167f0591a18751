"""A transaction refused by a unique constraint is run again, a bounded number of times."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import IntegrityError

from server.services.concurrency import ATTEMPTS, retry_on_conflict


def refused() -> IntegrityError:
    return IntegrityError("INSERT ...", {}, Exception("UNIQUE constraint failed"))


def test_losing_insert_is_retried_and_sees_the_winner() -> None:
    calls: list[int] = []

    def transaction() -> str:
        calls.append(1)
        if len(calls) == 1:
            raise refused()
        return "found the row the other request created"

    assert retry_on_conflict(transaction) == "found the row the other request created"
    assert len(calls) == 2


def test_persistent_conflict_is_raised_after_the_last_attempt() -> None:
    calls: list[int] = []

    def transaction() -> str:
        calls.append(1)
        raise refused()

    with pytest.raises(IntegrityError):
        retry_on_conflict(transaction)
    assert len(calls) == ATTEMPTS
