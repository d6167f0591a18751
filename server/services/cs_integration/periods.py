"""Calendar arithmetic of the derivation rules: quarters and whole calendar months."""

from __future__ import annotations

from datetime import UTC, date, datetime


def next_quarter(today: date) -> str:
    """The calendar quarter after ``today``'s, as ``q<1-4>_<year>``."""
    quarter = (today.month - 1) // 3 + 1
    if quarter == 4:
        return f"q1_{today.year + 1}"
    return f"q{quarter + 1}_{today.year}"


def whole_months(start: date, end: date) -> int:
    """Whole calendar months from ``start`` to ``end``; never below 0."""
    months = (end.year - start.year) * 12 + (end.month - start.month)
    if end.day < start.day:
        months -= 1
    return max(0, months)


def utc_today() -> date:
    """Today on the server's UTC clock (the spec's "today")."""
    return datetime.now(UTC).date()
