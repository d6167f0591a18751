"""Compiled string nodes: a realistic source chosen and filtered once per schema.

The order is :class:`mocks.generation.Generator`'s: ``pattern`` (a pool of the property's
realistic values that match it, else strings rendered for it), then ``format``, then the
property name's meaning (:mod:`mocks.pools`), then a word. Pools are filtered by
``minLength``/``maxLength``/``pattern`` and by the schema's own validator when one is given,
so a pick is valid by construction; words are truncated and padded as the generator does.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from mocks import pools
from mocks.patterns import string_for_pattern
from mocks.scalars import (
    Check,
    Draw,
    GenerationMissError,
    Node,
    node_of,
    only,
    pick,
    sampled,
    unique,
)

_quote: Callable[[str], str] = json.encoder.encode_basestring
_STRING_KEYS = {"type", "minLength", "maxLength", "pattern", "format"}
# Filtered and fitted pools by the pool's identity; the pool is kept with its result, so the
# identity cannot be reused by another tuple while the entry lives.
_Cached = tuple[tuple[str, ...], tuple[str, ...]]
_filtered: dict[tuple[Any, ...], _Cached] = {}
_fitted_pools: dict[tuple[Any, ...], _Cached] = {}


def _exactly(node: Node, exact: bool) -> Node:
    node.exact = exact
    return node


def string(schema: dict[str, Any], name: str | None, check: Check | None) -> Node:
    """A string node: pattern, then format, then the property name's meaning, then a word."""
    low = int(schema.get("minLength") or 0)
    high = schema.get("maxLength") if isinstance(schema.get("maxLength"), int) else None
    pattern = schema.get("pattern") if isinstance(schema.get("pattern"), str) else None
    fmt = schema.get("format") if isinstance(schema.get("format"), str) else None
    exact = only(schema, _STRING_KEYS)
    try:
        regex = re.compile(pattern) if pattern is not None else None
    except re.error:
        regex, exact = None, False

    def fits(text: str) -> bool:
        if len(text) < low or (high is not None and len(text) > high):
            return False
        return regex is None or regex.search(text) is not None

    # Lengths are checked exactly by ``fits``; the schema's validator is asked only where
    # Python's ``re`` or our formats might disagree with it (a pool can hold thousands).
    strict = check if pattern is not None or fmt is not None else None

    def from_pool(pool: tuple[str, ...]) -> Node | None:
        # Keyed by everything that decides which texts are kept (the pools live forever).
        key = (id(pool), low, high, pattern, fmt, strict is None)
        found = _filtered.get(key)
        if found is None or found[0] is not pool:
            kept = tuple(_quote(t) for t in pool if fits(t) and (strict is None or strict(t)))
            found = _filtered[key] = (pool, kept)
        kept = found[1]
        return _exactly(pick(kept), exact) if kept else None

    fmt_source = pools.format_source(fmt) if fmt is not None else None
    name_source = pools.name_source(name)
    if fmt is None and name_source is None and name and "country" in name.lower():
        name_source = pools.country_codes()
    if pattern is not None:
        realistic = isinstance(name_source, tuple) and (fmt is None or check is not None)
        if realistic and isinstance(name_source, tuple) and (node := from_pool(name_source)):
            return node
        trusted = exact and (fmt is None or check is not None)
        if regex is not None and (node := _pattern(pattern, low, high, trusted, check)):
            return node
        # No rendering: the sources below are filtered by (or checked against) the pattern.
    if fmt_source is not None:
        if isinstance(fmt_source, tuple):
            return from_pool(fmt_source) or _exactly(pick([_quote(t) for t in fmt_source]), False)
        return _maker(fmt_source, fits, exact, check)
    if fmt is not None:
        exact = exact and check is not None  # a format the pools do not know: trust the check
    if isinstance(name_source, tuple) and (node := from_pool(name_source)):
        return node
    if name_source is not None and not isinstance(name_source, tuple):
        return _maker(name_source, fits, exact and regex is None, check, fit=(low, high))
    words = _fitted(name_source or pools.plain_words(), low, high)
    return from_pool(words) or _exactly(pick([_quote(t) for t in dict.fromkeys(words)]), False)


def _fitted(pool: tuple[str, ...], low: int, high: int | None) -> tuple[str, ...]:
    """``pool`` fitted to the bounds, once per pool and bounds."""
    if not low and high is None:
        return pool
    key = (id(pool), low, high)
    found = _fitted_pools.get(key)
    if found is None or found[0] is not pool:
        found = _fitted_pools[key] = (pool, tuple(_fit(t, low, high) for t in pool))
    return found[1]


def _fit(text: str, low: int, high: int | None) -> str:
    """Truncated to ``maxLength`` and padded to ``minLength``, as mocks.generation does."""
    if high is not None and len(text) > high:
        text = text[:high]
    return text + "x" * (low - len(text)) if len(text) < low else text


def _maker(
    make: pools.Maker,
    fits: Callable[[str], bool],
    exact: bool,
    check: Check | None,
    fit: tuple[int, int | None] | None = None,
) -> Node:
    """A node over a maker; lengths are checked per value only when the schema bounds them."""
    if fit is not None and (fit[0] or fit[1] is not None):
        low, high = fit

        def emit(d: Draw) -> str:
            return _quote(_fit(make(d), low, high))

    elif fits(""):  # no bounds at all; makers write plain ASCII, no escaping needed
        name = unique("m")
        node = node_of(f"'\"' + {name}(d) + '\"'", {name: make}, exact)
        node.exact = exact and sampled(node.emit, check)
        return node
    else:

        def emit(d: Draw) -> str:
            text = make(d)
            if not fits(text):
                raise GenerationMissError(f"{text!r} misses the string's bounds")
            return f'"{text}"'

    return Node(emit, exact and sampled(emit, check))


def _pattern(
    pattern: str, low: int, high: int | None, exact: bool, check: Check | None
) -> Node | None:
    """A node rendering strings for ``pattern`` (checked with Python's ``re`` per value)."""

    def emit(d: Draw) -> str:
        text = string_for_pattern(pattern, d, high)
        if text is None or len(text) < low:
            raise GenerationMissError(f"no string for pattern {pattern!r}")
        return _quote(text)

    try:
        emit(Draw(0))
    except GenerationMissError:
        return None
    return Node(emit, exact and sampled(emit, check))
