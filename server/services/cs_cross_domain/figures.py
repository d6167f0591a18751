"""The arithmetic the cs-cross-domain rules share: rounding, correlation, money and percentages.

Rules round half away from zero (the spec's ``round``), unlike Python's ``round`` (half to
even), so the arithmetic is done in :class:`~decimal.Decimal` from the values' decimal text.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

Number = int | float | Decimal | Fraction

_SUFFIX = {"k": Decimal(1000), "m": Decimal(1_000_000)}


def exact(value: Number) -> Decimal:
    """``value`` as a decimal, floats read from their shortest text (0.94 is 0.94)."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, Fraction):
        return Decimal(value.numerator) / Decimal(value.denominator)
    if isinstance(value, float):
        return Decimal(repr(value))
    return Decimal(value)


def round_half_away(value: Number, places: int = 0) -> Decimal:
    """``value`` rounded to ``places`` decimals, halves away from zero."""
    if isinstance(value, Fraction):
        # Scale exactly before turning into a decimal, so 1/3 x 100 does not drift.
        scaled = value * 10**places
        whole = math.floor(abs(scaled) + Fraction(1, 2))
        signed = whole if scaled >= 0 else -whole
        return Decimal(signed).scaleb(-places)
    quantum = Decimal(1).scaleb(-places)
    return exact(value).quantize(quantum, rounding=ROUND_HALF_UP)


def rounded_int(value: Number) -> int:
    """``value`` rounded to a whole number, halves away from zero."""
    return int(round_half_away(value))


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Pearson's r to two decimals; 0 with fewer than two points or a constant variable."""
    if len(xs) < 2 or len(xs) != len(ys):
        return 0.0
    fx = [Fraction(x) for x in xs]
    fy = [Fraction(y) for y in ys]
    mean_x = sum(fx) / len(fx)
    mean_y = sum(fy) / len(fy)
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in zip(fx, fy, strict=True))
    sxx = sum((x - mean_x) ** 2 for x in fx)
    syy = sum((y - mean_y) ** 2 for y in fy)
    if sxx == 0 or syy == 0:
        return 0.0
    r = float(sxy) / math.sqrt(float(sxx) * float(syy))
    r = max(-1.0, min(1.0, r))
    return float(round_half_away(r, 2)) + 0.0  # + 0.0 turns -0.0 into 0.0


def parse_money(text: str) -> Decimal:
    """``"$75k"`` -> 75000, ``"$12,500"`` -> 12500, ``"$1.5m"`` -> 1500000."""
    body = text.removeprefix("$").replace(",", "")
    factor = _SUFFIX.get(body[-1:].lower())
    if factor is not None:
        body = body[:-1]
    return Decimal(body) * (factor or 1)


def format_dollars(amount: Decimal) -> str:
    """Whole dollars with thousands separators: ``"$12,500"``."""
    return f"${rounded_int(amount):,}"


def percent(value: int) -> str:
    """``42`` -> ``"42%"``."""
    return f"{value}%"
