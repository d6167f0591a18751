"""Timestamps always come back aware and in UTC, whatever the database session's zone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from sqlalchemy.dialects import postgresql, sqlite

from server.storage.models.base import UtcDateTime


def test_naive_value_from_sqlite_is_read_as_utc() -> None:
    read = UtcDateTime().process_result_value(datetime(2026, 1, 2, 3, 4, 5), sqlite.dialect())
    assert read == datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert read is not None and read.tzinfo is UTC


def test_value_in_another_zone_is_converted_to_utc() -> None:
    new_york = timezone(timedelta(hours=-5))
    stored = datetime(2026, 1, 2, 3, 4, 5, tzinfo=new_york)
    read = UtcDateTime().process_result_value(stored, postgresql.dialect())
    assert read is not None and read.tzinfo is UTC
    assert read.strftime("%H:%M") == "08:04"
