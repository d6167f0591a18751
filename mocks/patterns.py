"""Strings matching a regular expression, for ``pattern`` schemas.

Hand-written over the standard library's regex parser: hypothesis' ``from_regex`` needs a
Hypothesis engine run per value (milliseconds, and not seedable from a plain ``Random``),
while this walks the parsed pattern once per value in microseconds. It covers what specs use
(literals, classes, ranges, categories, groups, alternation, bounded and unbounded repeats,
anchors); lookarounds and backreferences are skipped, and the caller checks the result with
the pattern and falls back when it does not match.
"""

from __future__ import annotations

import random
import re
import string

# The parser is private but stable across CPython 3.11-3.13; the public alias ``sre_parse``
# raises a DeprecationWarning on import.
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_CATEGORIES = {
    "CATEGORY_DIGIT": string.digits,
    "CATEGORY_NOT_DIGIT": string.ascii_letters,
    "CATEGORY_SPACE": " ",
    "CATEGORY_NOT_SPACE": string.ascii_letters + string.digits,
    "CATEGORY_WORD": string.ascii_letters + string.digits + "_",
    "CATEGORY_NOT_WORD": "-.",
}
_PRINTABLE = string.ascii_letters + string.digits
_UNBOUNDED_CAP = 4


def string_for_pattern(
    pattern: str, rng: random.Random, max_length: int | None = None
) -> str | None:
    """A string that ``re.search(pattern, s)`` accepts, or ``None`` when none was found."""
    try:
        parsed = sre_parse.parse(pattern)
        compiled = re.compile(pattern)
    except (re.error, RecursionError):
        return None
    for _ in range(8):
        try:
            candidate = _render(list(parsed), rng)
        except (ValueError, RecursionError):
            return None
        if compiled.search(candidate) and (max_length is None or len(candidate) <= max_length):
            return candidate
    return None


def _render(items: list[tuple[Any, Any]], rng: random.Random) -> str:
    out: list[str] = []
    for opcode, argument in items:
        name = str(opcode)
        if name == "LITERAL":
            out.append(chr(argument))
        elif name == "NOT_LITERAL":
            out.append("a" if chr(argument) != "a" else "b")
        elif name == "ANY":
            out.append(rng.choice(_PRINTABLE))
        elif name == "IN":
            out.append(_from_class(argument, rng))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, high, body = argument
            high = low + _UNBOUNDED_CAP if high == sre_parse.MAXREPEAT else high
            count = rng.randint(low, max(low, min(high, low + _UNBOUNDED_CAP)))
            out.extend(_render(list(body), rng) for _ in range(count))
        elif name == "SUBPATTERN":
            out.append(_render(list(argument[-1]), rng))
        elif name == "ATOMIC_GROUP":
            out.append(_render(list(argument), rng))
        elif name == "BRANCH":
            out.append(_render(list(rng.choice(argument[1])), rng))
        elif name in ("AT", "ASSERT", "ASSERT_NOT", "GROUPREF", "GROUPREF_EXISTS"):
            continue
        elif name == "CATEGORY":
            out.append(rng.choice(_CATEGORIES.get(str(argument), "a")))
        else:
            raise ValueError(name)
    return "".join(out)


def _from_class(items: list[tuple[Any, Any]], rng: random.Random) -> str:
    negate = any(str(op) == "NEGATE" for op, _ in items)
    choices: list[str] = []
    for opcode, argument in items:
        name = str(opcode)
        if name == "LITERAL":
            choices.append(chr(argument))
        elif name == "RANGE":
            low, high = argument
            choices.extend(chr(c) for c in range(low, min(high, low + 200) + 1))
        elif name == "CATEGORY":
            choices.extend(_CATEGORIES.get(str(argument), "a"))
    if negate:
        allowed = [c for c in _PRINTABLE if c not in choices]
        return rng.choice(allowed or ["~"])
    return rng.choice(choices or ["a"])
