"""Strings matching a regular expression, for ``pattern`` schemas.

Hand-written over the standard library's regex parser: hypothesis' ``from_regex`` needs a
Hypothesis engine run per value (milliseconds, and not seedable from a plain ``Random``),
while this walks the parsed pattern once per value in microseconds. It covers what specs use
(literals, classes, ranges, categories, groups, alternation, bounded and unbounded repeats,
anchors); lookarounds and backreferences are skipped, and the caller checks the result with
the pattern and falls back when it does not match.
"""

from __future__ import annotations

import functools
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
    prepared = _prepare(pattern)
    if prepared is None:
        return None
    parsed, compiled = prepared
    for _ in range(8):
        try:
            candidate = _render(parsed, rng)
        except (ValueError, RecursionError):
            return None
        if compiled.search(candidate) and (max_length is None or len(candidate) <= max_length):
            return candidate
    return None


@functools.lru_cache(maxsize=1024)
def _prepare(pattern: str) -> tuple[list[tuple[Any, Any]], re.Pattern[str]] | None:
    try:
        return _precompute(list(sre_parse.parse(pattern))), re.compile(pattern)
    except (re.error, RecursionError, OverflowError):
        return None


def _precompute(items: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """Expand character classes once, so rendering a value only picks characters."""
    out: list[tuple[Any, Any]] = []
    for opcode, argument in items:
        name = str(opcode)
        if name == "IN":
            out.append(("CLASS", _class_choices(argument)))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, high, body = argument
            out.append((opcode, (low, high, _precompute(list(body)))))
        elif name == "SUBPATTERN":
            out.append((opcode, (*argument[:-1], _precompute(list(argument[-1])))))
        elif name == "ATOMIC_GROUP":
            out.append((opcode, _precompute(list(argument))))
        elif name == "BRANCH":
            out.append((opcode, (argument[0], [_precompute(list(b)) for b in argument[1]])))
        else:
            out.append((opcode, argument))
    return out


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
        elif name == "CLASS":
            out.append(rng.choice(argument))
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


def _class_choices(items: list[tuple[Any, Any]]) -> str:
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
        return "".join(allowed) or "~"
    return "".join(choices) or "a"
