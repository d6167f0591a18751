"""Compiled emitters for scalar schemas: JSON text for strings, numbers, booleans and enums.

Every decision a value does not need is made once, when the schema is compiled: which realistic
source a string comes from (its format, its property name, its pattern, a word), the pool of
candidates filtered by ``minLength``/``maxLength``/``pattern`` (and by the schema's own compiled
validator when one is given), numeric bounds in whole units or cents, the JSON encoding of every
pooled value. A value then costs a random draw or two. A node is *exact* when every value it can
emit is valid (so the response needs no check); sampling at compile time backs that claim for
makers, and ``tests/mocks/test_emitters.py`` proves it over many seeds and specs.
"""

from __future__ import annotations

import itertools
import json
import math
import random
from collections.abc import Callable, Sequence
from typing import Any, TypeGuard

from mocks.realism import number_kind

Check = Callable[[Any], bool]
_SAMPLES = 48
_SMALL_RANGE = 256  # numeric ranges up to this size are pooled as ready-made texts
_NUMBER_KEYS = {"type", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"}
#: Annotations that never make a value invalid.
NEUTRAL = {
    "title",
    "description",
    "example",
    "examples",
    "default",
    "readOnly",
    "writeOnly",
    "deprecated",
    "$comment",
    "$schema",
    "$id",
    "contentMediaType",
    "contentEncoding",
}
#: Ranges realistic integers are drawn from when the bounds allow (see mocks.realism).
_HINTS = {"money": (1, 999), "age": (18, 90), "year": (2000, 2026), None: (1, 1000)}


class Draw(random.Random):
    """One body's randomness, plus the page size asked for and the recursion budget left."""

    def __init__(self, seed: int | None, length: int | None = None, budget: int = 20000) -> None:
        super().__init__(seed)
        self.length = length
        self.budget = budget


Emit = Callable[[Draw], str]


class SchemaTooComplexError(Exception):
    """The schema needs more nodes than the generator's budget."""


class GenerationMissError(Exception):
    """A node could not produce a valid value with this draw (another seed may)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Node:
    """A compiled schema: ``emit(draw)`` gives JSON text; ``exact`` says it is always valid.

    ``inline`` is the same value as a Python expression over ``gb`` (the draw's
    ``getrandbits``), ``rnd`` (its ``random``) and ``d`` (the draw), with the constants it
    names, so a parent can splice it into its own generated function instead of calling.
    ``pool`` holds the texts of a node that picks one of a few (see :func:`pick`), so a
    parent can fold its own choices into the same draw.
    """

    __slots__ = ("emit", "exact", "inline", "pool")

    def __init__(
        self,
        emit: Emit,
        exact: bool,
        inline: tuple[str, dict[str, Any]] | None = None,
        pool: tuple[str, ...] | None = None,
    ) -> None:
        self.emit = emit
        self.exact = exact
        self.inline = inline
        self.pool = pool

    def expression(self) -> tuple[str, dict[str, Any]]:
        """The node as an expression (its inline form, else a call of ``emit``)."""
        if self.inline is not None:
            return self.inline
        name = unique("f")
        return f"{name}(d)", {name: self.emit}


_names = itertools.count()


def unique(prefix: str) -> str:
    """A fresh identifier for a constant spliced into generated code."""
    return f"_{prefix}{next(_names)}"


def function(expression: str, names: dict[str, Any], prelude: str = "") -> Emit:
    """Compile ``expression`` (see :class:`Node`) into an emitter.

    Generated rather than composed from closures: one flat expression per object costs about
    half as much per value as a call per property, and that is the mock's dynamic throughput.
    Only identifiers made by :func:`unique` and fixed operators reach the source; every string
    from the spec is bound as a constant, never pasted into code.
    """
    source = (
        f"def emit(d):\n    gb = d.getrandbits\n    rnd = d.random\n{prelude}"
        f"    return {expression}\n"
    )
    namespace = dict(names)
    exec(compile(source, "<mock emitter>", "exec"), namespace)
    emit: Emit = namespace["emit"]
    return emit


def node_of(expression: str, names: dict[str, Any], exact: bool) -> Node:
    """A node from an expression: its emitter compiled, the expression kept for parents."""
    return Node(function(expression, names), exact, (expression, names))


_expanded: dict[tuple[str, ...], tuple[str, ...]] = {}
_large: dict[int, tuple[Sequence[Any], Emit, tuple[str, dict[str, Any]]]] = {}
_POOL_BITS = 11  # spread pools of at most 2**11 // 8 = 256 texts


def pick(texts: Sequence[Any]) -> Node:
    """A node choosing among pre-encoded JSON texts with one ``getrandbits`` draw.

    The pool is spread over a power of two at least eight times its size (each text appears
    ``2**k // n`` or one more times: within an eighth of uniform, good enough for mock data)
    so a pick is an index, not a float multiplication. Pools over 256 texts draw with
    ``random()`` instead: spreading them costs more in cache misses than it saves (measured on
    the benchmark's list: ~8% more CPU per request with spreads up to 16384 slots).
    """
    pool = tuple(texts)
    size = len(pool)
    name = unique("p")
    if size == 1:
        text = pool[0]
        return Node(lambda d: text, True, (name, {name: text}), pool)
    bits = (size * 8 - 1).bit_length()
    if bits > _POOL_BITS:
        # Large pools recur across a big spec (every plain string): share one emitter.
        shared = _large.get(id(texts))
        if shared is None or shared[0] is not texts:
            made = node_of(f"{name}[int(rnd() * {size})]", {name: pool}, True)
            shared = _large[id(texts)] = (texts, made.emit, made.inline or ("", {}))
        return Node(shared[1], True, shared[2])
    spread = _expanded.get(pool)
    if spread is None:
        spread = _expanded[pool] = tuple(pool[i * size >> bits] for i in range(1 << bits))
    node = node_of(f"{name}[gb({bits})]", {name: spread}, True)
    node.pool = pool
    return node


def only(schema: dict[str, Any], allowed: set[str]) -> bool:
    """Whether ``schema`` uses no keyword outside ``allowed`` (and the neutral annotations)."""
    return all(k in allowed or k in NEUTRAL or k.startswith("x-") for k in schema)


def sampled(emit: Emit, check: Check | None) -> bool:
    """Whether ``_SAMPLES`` values of ``emit`` all pass ``check`` (or emit at all)."""
    probe = Draw(0)
    for _ in range(_SAMPLES):
        try:
            text = emit(probe)
        except GenerationMissError:
            continue
        if check is not None and not check(json.loads(text)):
            return False
    return True


def boolean() -> Node:
    """``true`` or ``false``, evenly."""
    return node_of('("true" if gb(1) else "false")', {}, True)


def bounds(schema: dict[str, Any]) -> tuple[float, float, bool, bool]:
    """``minimum``/``maximum`` (default +-1e6) and whether each end is exclusive (both forms)."""
    low = float(schema["minimum"]) if _is_number(schema.get("minimum")) else -1e6
    high = float(schema["maximum"]) if _is_number(schema.get("maximum")) else 1e6
    ex_low, ex_high = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    low_open = ex_low is True
    high_open = ex_high is True
    if _is_number(ex_low) and (float(ex_low) >= low or "minimum" not in schema):
        low, low_open = float(ex_low), True
    if _is_number(ex_high) and (float(ex_high) <= high or "maximum" not in schema):
        high, high_open = float(ex_high), True
    if "minimum" not in schema and not _is_number(ex_low) and high < low:
        low = high - 1000
    if "maximum" not in schema and not _is_number(ex_high) and high < low:
        high = low + 1000
    return low, high, low_open, high_open


def _is_number(value: Any) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool)


def integer(schema: dict[str, Any], name: str | None, check: Check | None) -> Node:
    """Whole numbers in the bounds, in a realistic range for the name when it fits."""
    low, high, low_open, high_open = bounds(schema)
    lo = math.floor(low) + 1 if low_open else math.ceil(low)
    hi = math.ceil(high) - 1 if high_open else math.floor(high)
    multiple = schema.get("multipleOf")
    exact = only(schema, _NUMBER_KEYS)
    if multiple is not None:
        if not (isinstance(multiple, int) and not isinstance(multiple, bool) and multiple > 0):
            exact = False
            multiple = 1
    else:
        multiple = 1
    hint_low, hint_high = _HINTS[number_kind(name) if name else None]
    for a, b in ((max(lo, hint_low), min(hi, hint_high)), (lo, hi)):
        first, last = -(-a // multiple), b // multiple
        if first <= last:
            return _checked(_whole(first, last - first + 1, multiple), exact, check)
    return Node(lambda d: str(lo), False)


def _checked(node: Node, exact: bool, check: Check | None) -> Node:
    node.exact = exact and sampled(node.emit, check)
    return node


def _whole(first: int, count: int, multiple: int) -> Node:
    """``(first + k) * multiple`` for a random ``k`` below ``count``, as JSON text."""
    if count <= _SMALL_RANGE:
        return pick([str((first + k) * multiple) for k in range(count)])
    if count > 2**52:  # past float precision a draw could land one past the end
        return node_of(f"str(({first} + d.randrange({count})) * {multiple})", {}, True)
    return node_of(f"str({_scaled(first, 1, count, multiple)})", {}, True)


def _scaled(first: int, step: int, count: int, multiple: int = 1) -> str:
    """The expression ``(first + step * int(rnd() * count)) * multiple``, without no-op terms."""
    term = f"int(rnd() * {count})"
    if step != 1:
        term = f"{step} * {term}"
    if first:
        term = f"({first} + {term})"
    return term if multiple == 1 else f"{term} * {multiple}"


def number(schema: dict[str, Any], name: str | None, check: Check | None) -> Node:
    """Numbers in cents within the bounds (whole multiples when ``multipleOf`` is whole).

    A decimal ``multipleOf`` (0.01, 0.5) steps in whole cents; float division makes the
    validator's verdict on such values the judge, so pooled values are filtered by it.
    """
    multiple = schema.get("multipleOf")
    if isinstance(multiple, int) and not isinstance(multiple, bool) and multiple > 0:
        return integer(schema, name, check)
    step = 1
    exact = only(schema, _NUMBER_KEYS)
    if multiple is not None:
        cents = multiple * 100 if _is_number(multiple) else 0
        step = round(cents)
        exact = exact and step >= 1 and abs(cents - step) < 1e-9
        step = max(step, 1)
    low, high, low_open, high_open = bounds(schema)
    kind = number_kind(name) if name else None
    ranges = [(low, high)]
    if kind is not None:
        hint_low, hint_high = _HINTS[kind]
        ranges.insert(0, (max(low, hint_low), min(high, hint_high)))
    for a, b in ranges:
        first, last = math.ceil(a * 100), math.floor(b * 100)
        while first / 100 < a or (low_open and first / 100 <= low):
            first += 1
        while last / 100 > b or (high_open and last / 100 >= high):
            last -= 1
        first, last = -(-first // step) * step, last // step * step
        if first > last:
            continue
        if kind in ("age", "year") and step == 1:  # whole years read better than 37.41
            years = range(math.ceil(first / 100), math.floor(last / 100) + 1)
            if years:
                return _checked(pick([repr(float(y)) for y in years]), exact, check)
        count = (last - first) // step + 1
        if count <= _SMALL_RANGE:
            texts = [repr((first + step * k) / 100) for k in range(count)]
            if multiple is not None and check is not None:
                kept = [t for t in texts if check(json.loads(t))]
                exact, texts = exact and bool(kept), kept or texts
            return _checked(pick(texts), exact, check)
        expression = f"repr({_scaled(first, step, count)} / 100)"
        return _checked(node_of(expression, {}, True), exact, check)
    return Node(lambda d: repr(low), False)


def enum(options: list[Any], check: Check | None, exact: bool) -> Node:
    """One of the listed values (``null`` only when it is the sole option)."""
    values = [v for v in options if v is not None] or options
    if check is not None:
        valid = [v for v in values if check(v)]
        exact = exact and bool(valid)
        values = valid or values
    texts = [json.dumps(v, separators=(",", ":"), ensure_ascii=False) for v in values]
    node = pick(texts)
    node.exact = exact
    return node
