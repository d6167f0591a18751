"""How cs-integration shows values on the wire: timestamps, dates, money and rounded numbers.

The spec rounds half-up (half away from zero) to a stated number of decimals; Python's
``round`` rounds half to even on binary floats, so decimals go through ``Decimal`` instead.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal, localcontext


def timestamp(moment: datetime) -> str:
    """RFC 3339 UTC with whole seconds, e.g. ``2025-12-05T08:20:00Z``.

    Not ``strftime("%Y")``: glibc does not pad years below 1000 to four digits.
    """
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="seconds") + "Z"


def day(value: date) -> str:
    """``YYYY-MM-DD``."""
    return value.isoformat()


def round_half_up(value: float, decimals: int = 0) -> float:
    """``value`` rounded half away from zero to ``decimals`` places."""
    quantum = Decimal(1).scaleb(-decimals)
    return float(Decimal(repr(value)).quantize(quantum, rounding=ROUND_HALF_UP))


def whole(value: float) -> int:
    """``value`` rounded half away from zero to an integer."""
    return int(round_half_up(value, 0))


def whole_percentage(part: float, of: float) -> int:
    """``part / of x 100`` rounded half up to an integer, exactly; 0 when ``of`` is 0.

    Decimal with ample precision, because a float quotient overflows to infinity when
    ``of`` is tiny (a deal value of a fraction of a cent) and an integer has no bound.
    """
    if not of:
        return 0
    with localcontext() as context:
        context.prec = 1000
        ratio = Decimal(repr(part)) / Decimal(repr(of)) * 100
        return int(ratio.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def number(value: float) -> int | float:
    """A JSON number: integral values without a fractional part (``150000``, not ``150000.0``)."""
    if float(value).is_integer() and abs(value) < 2**53:
        return int(value)
    return value


_TIMESTAMP = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?([Zz]|[+-]\d{2}:\d{2})$"
)


def parse_timestamp(text: str) -> datetime:
    """An RFC 3339 date-time (as the schema admits it) as an aware UTC datetime.

    Hand-written because ``datetime.fromisoformat`` refuses parts RFC 3339 allows: leap
    second 60 (read as 59), more than 6 fractional digits (truncated) and year 0000 (read as
    the earliest representable instant).
    """
    match = _TIMESTAMP.match(text)
    if match is None:
        raise ValueError(f"not an RFC 3339 date-time: {text!r}")
    year, month, dayno, hour, minute, second = (int(part) for part in match.groups()[:6])
    micros = int((match.group(7) or "0")[:6].ljust(6, "0"))
    offset = match.group(8).upper()
    zone = UTC
    if offset != "Z":
        sign = 1 if offset[0] == "+" else -1
        zone = timezone(sign * timedelta(hours=int(offset[1:3]), minutes=int(offset[4:6])))
    try:
        local = datetime(year, month, dayno, hour, minute, min(second, 59), micros, zone)
        return local.astimezone(UTC)
    except (ValueError, OverflowError):
        return (
            datetime.min.replace(tzinfo=UTC)
            if year < 5000
            else datetime.max.replace(tzinfo=UTC, microsecond=0)
        )


def parse_day(text: str) -> date:
    """A ``YYYY-MM-DD`` date; year 0000 (valid RFC 3339, not a Python date) reads as year 1."""
    year, month, dayno = (int(part) for part in text.split("-"))
    return date(max(year, 1), month, dayno)
