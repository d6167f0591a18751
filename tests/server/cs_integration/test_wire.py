"""How derived values are rounded and how RFC 3339 input is read."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from server.services.cs_integration.wire import (
    number,
    parse_day,
    parse_timestamp,
    round_half_up,
    timestamp,
    whole_percentage,
)


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [(0.675, 2, 0.68), (0.125, 2, 0.13), (2.5, 0, 3.0), (-2.5, 0, -3.0), (42.45, 1, 42.5)],
)
def test_rounding_is_half_away_from_zero(value: float, decimals: int, expected: float) -> None:
    assert round_half_up(value, decimals) == expected


def test_percentages_are_exact_even_for_tiny_denominators() -> None:
    assert whole_percentage(180000, 150000) == 120
    assert whole_percentage(1, 200) == 1
    assert whole_percentage(5, 0) == 0
    assert whole_percentage(1e12, 5e-324) > 10**300


def test_integral_numbers_lose_their_fraction() -> None:
    assert number(150000.0) == 150000 and isinstance(number(150000.0), int)
    assert number(0.5) == 0.5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-12-05T10:20:00+02:00", datetime(2025, 12, 5, 8, 20, tzinfo=UTC)),
        ("2025-12-05t08:20:00z", datetime(2025, 12, 5, 8, 20, tzinfo=UTC)),
        ("2016-12-31T23:59:60Z", datetime(2016, 12, 31, 23, 59, 59, tzinfo=UTC)),
        ("2025-01-01T00:00:00.1234567891Z", datetime(2025, 1, 1, 0, 0, 0, 123456, tzinfo=UTC)),
        ("0000-01-01T00:00:00Z", datetime.min.replace(tzinfo=UTC)),
    ],
)
def test_every_rfc3339_timestamp_the_schema_admits_is_read(text: str, expected: datetime) -> None:
    assert parse_timestamp(text) == expected


def test_early_years_are_written_with_four_digits() -> None:
    moment = parse_timestamp("0358-01-11T04:49:07.94-20:00")
    assert timestamp(moment) == "0358-01-12T00:49:07Z"


def test_timestamps_beyond_the_calendar_are_clamped() -> None:
    assert parse_timestamp("9999-12-31T23:59:59-23:59").year == 9999


def test_year_zero_dates_read_as_year_one() -> None:
    assert parse_day("0000-03-01") == date(1, 3, 1)
    assert parse_day("2025-11-30") == date(2025, 11, 30)
