"""Schemas compiled once into trees of closures that write a fresh random value as JSON text.

Dynamic answers are generated per request, so the per-value work is what the mock's throughput
on them depends on. :class:`EmitterCompiler` walks a (converted) schema once and returns a
:class:`~mocks.scalars.Node` whose ``emit(draw)`` writes JSON directly (no intermediate
objects, no encoder pass), with the same choices as :class:`mocks.generation.Generator`'s
dynamic mode: ``const``/``enum`` first, ``allOf`` merged, one ``oneOf``/``anyOf`` branch, then
by type; optional properties 75% of the time, past depth 4 only required ones, 1-3 items per
array unless the request asks for a page size. Nodes are cached by schema identity, property
name and depth; a recursive reference compiles to a trampoline that spends the draw's budget.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from mocks import scalars
from mocks.containers import disjoint, infer_type, object_node, spliced, unique_emit
from mocks.merging import merge_schemas
from mocks.pools import singular
from mocks.scalars import (
    Draw,
    Node,
    SchemaTooComplexError,
    function,
    node_of,
    only,
    pick,
    unique,
)
from mocks.string_nodes import string

Resolver = Callable[[Any], Any]
#: Compiles a converted schema into a validity check (``validator.is_valid``).
CheckFactory = Callable[[Any], scalars.Check]

_SHALLOW_DEPTH = 4
_COMPILE_BUDGET = 50000
_UNROLLED = 3  # arrays of at most this many items are written out instead of comprehended
_OBJECT_KEYS = {
    "type",
    "properties",
    "required",
    "additionalProperties",
    "minProperties",
    "maxProperties",
}
_ARRAY_KEYS = {"type", "items", "minItems", "maxItems", "uniqueItems"}
_ANY: Node = node_of("('\"alpha\"' if gb(1) else '1')", {}, True)
_NULL: Node = node_of("'null'", {}, True)


def _unrolled(item: str, count: str, options: list[int]) -> str:
    """The items of a short array written out per count, the count drawn once.

    A comprehension is a function call per array; ``item`` written out two or three times is
    not. The drawn count is bound with ``:=`` in the first test and compared in the others.
    """
    counts = sorted(set(options))
    bound = unique("c")

    def items(n: int) -> str:
        return " + ',' + ".join([item] * n) if n else "''"

    expression = items(counts[-1])
    for index in range(len(counts) - 2, -1, -1):
        test = f"({bound} := {count})" if index == 0 else bound
        expression = f"({items(counts[index])} if {test} == {counts[index]} else {expression})"
    return expression


class EmitterCompiler:
    """Compiles schemas of one spec and direction; ``cache`` is shared across requests."""

    def __init__(
        self,
        resolve: Resolver,
        cache: dict[Any, Any],
        *,
        hidden: str = "writeOnly",
        checks: CheckFactory | None = None,
    ) -> None:
        self.resolve = resolve
        self.cache = cache
        self.hidden = hidden
        self.checks = checks
        self._compiling: set[Any] = set()
        self._count = 0

    def node(self, schema: Any, name: str | None = None, depth: int = 0) -> Node:
        """The compiled node for ``schema`` reached under property ``name`` at ``depth``."""
        depth = min(depth, _SHALLOW_DEPTH)
        key = ("emit", self.hidden, self.checks is not None, id(schema), name, depth)
        cached = self.cache.get(key)
        if cached is not None and cached[0] is schema:
            found: Node = cached[1]
            return found
        if key in self._compiling:
            return self._trampoline(key)
        self._count += 1
        if self._count > _COMPILE_BUDGET:
            raise SchemaTooComplexError
        self._compiling.add(key)
        try:
            built = self._build(schema, name, depth)
        finally:
            self._compiling.discard(key)
        self.cache[key] = (schema, built)
        return built

    def _trampoline(self, key: Any) -> Node:
        """A recursive reference: looks its node up when called, spending the draw's budget."""
        cache = self.cache

        def emit(d: Draw) -> str:
            d.budget -= 1
            if d.budget < 0:
                raise SchemaTooComplexError
            found: Node = cache[key][1]
            return found.emit(d)

        return Node(emit, False)  # the cycle's validity is not proven here: check the body

    def _check(self, schema: dict[str, Any]) -> scalars.Check | None:
        return self.checks(schema) if self.checks is not None else None

    def _build(self, original: Any, name: str | None, depth: int) -> Node:
        schema = self.resolve(original)
        if schema is True or schema == {} or not isinstance(schema, dict):
            return _ANY if schema is not False else Node(_NULL.emit, False)
        exact = True
        if "allOf" in schema:
            schema, exact = merge_schemas(schema, self.resolve)
        if "const" in schema:
            text = json.dumps(schema["const"], separators=(",", ":"), ensure_ascii=False)
            return Node(
                lambda d: text, exact and only(schema, {"const", "type"}), ("_c", {"_c": text})
            )
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            scalar = all(not isinstance(v, dict | list) for v in schema["enum"])
            check = self._check(schema) if scalar else None
            return scalars.enum(schema["enum"], check, exact and (scalar or only(schema, {"enum"})))
        for key in ("oneOf", "anyOf"):
            if isinstance(schema.get(key), list) and schema[key]:
                return self._branches(schema, key, name, depth, exact)
        kind = schema.get("type")
        if isinstance(kind, list):
            kinds = [k for k in kind if k != "null"]
            kind = kinds[0] if kinds else "null"
        if kind is None:
            kind = infer_type(schema)
        if kind == "object":
            return self._object(schema, depth, exact)
        if kind == "array":
            return self._array(schema, name, depth, exact)
        if kind == "null":
            return Node(_NULL.emit, exact and only(schema, {"type"}), _NULL.inline)
        if kind == "boolean":
            built = scalars.boolean()
            built.exact = exact and only(schema, {"type"})
            return built
        check = self._check(schema) if self.checks is not None else None
        maker = {"integer": scalars.integer, "number": scalars.number}.get(kind, string)
        built = maker(schema, name, check)
        built.exact = built.exact and exact
        return built

    def _branches(
        self, schema: dict[str, Any], key: str, name: str | None, depth: int, exact: bool
    ) -> Node:
        raw = schema[key]
        rest = {k: v for k, v in schema.items() if k != key}
        # The wrapped branches are kept alive with the node (the cache is keyed by identity).
        branches = [{"allOf": [rest, b]} if rest else b for b in raw]
        nodes = [self.node(b, name, depth) for b in branches]
        exact = exact and all(n.exact for n in nodes)
        if key == "oneOf" and len(nodes) > 1:
            exact = exact and disjoint([self.resolve(b) for b in raw])
        emits = tuple(n.emit for n in nodes)
        count = len(emits)
        return Node(lambda d: emits[int(d.random() * count)](d), exact)

    def _object(self, schema: dict[str, Any], depth: int, exact: bool) -> Node:
        exact = exact and only(schema, _OBJECT_KEYS)
        required = list(dict.fromkeys(schema.get("required") or []))
        properties = schema.get("properties") or {}
        minimum = schema.get("minProperties")
        # ``minProperties`` beyond the required ones: the first optional properties always.
        promote = max(0, minimum - len(required)) if isinstance(minimum, int) else 0
        fields: list[tuple[str, Node, bool]] = []
        for key, sub in properties.items():
            is_required = key in required
            if not is_required:
                resolved = self.resolve(sub)
                if isinstance(resolved, dict) and resolved.get(self.hidden) is True:
                    continue
                if promote:
                    is_required, promote = True, promote - 1
                elif depth >= _SHALLOW_DEPTH:
                    continue
            child = self.node(sub, key, depth + 1)
            exact = exact and child.exact
            fields.append((json.dumps(key, ensure_ascii=False) + ":", child, is_required))
        for key in required:
            if key not in properties:
                fields.append((json.dumps(key, ensure_ascii=False) + ":", _ANY, True))
        extra = schema.get("additionalProperties")
        if promote and extra is False:
            exact = False
        elif promote:
            sub = extra if isinstance(extra, dict) else {"type": "string"}
            pad = self.node(sub, None, depth + 1)
            exact = exact and pad.exact
            for index in range(promote):
                fields.append((f'"key{index + 1}":', pad, True))
        maximum = schema.get("maxProperties")
        if isinstance(maximum, int) and len(fields) > maximum:
            exact = False
        return object_node(fields, exact)

    def _branch_free(self, schema: Any, seen: set[int]) -> bool:
        """Whether no ``oneOf``/``anyOf`` is reachable from ``schema`` (so texts are canonical)."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict) or id(schema) in seen:
            return True
        seen.add(id(schema))
        if "oneOf" in schema or "anyOf" in schema:
            return False
        subs = [*(schema.get("properties") or {}).values(), *(schema.get("allOf") or [])]
        subs += [schema[k] for k in ("items", "additionalProperties") if k in schema]
        return all(self._branch_free(sub, seen) for sub in subs)

    def _tuple(
        self, schema: dict[str, Any], prefix: list[Any], items: Any, name: str | None, depth: int
    ) -> Node:
        """Tuple arrays (``prefixItems`` or a draft 4 ``items`` list): checked, never exact."""
        heads = tuple(self.node(sub, name, depth + 1).emit for sub in prefix)
        tail = None if items is False else self.node(items, singular(name), depth + 1).emit
        low = int(schema.get("minItems") or 0)
        high = schema.get("maxItems") if isinstance(schema.get("maxItems"), int) else None

        def emit(d: Draw) -> str:
            parts = [head(d) for head in heads]
            if tail is not None:
                count = max(low, len(parts))
                if depth <= 1 and d.length is not None:
                    count, d.length = max(d.length, count), None
                if high is not None:
                    count = min(count, high)
                while len(parts) < count:
                    parts.append(tail(d))
            return "[" + ",".join(parts) + "]"

        return Node(emit, False)

    def _array(self, schema: dict[str, Any], name: str | None, depth: int, exact: bool) -> Node:
        exact = exact and only(schema, _ARRAY_KEYS)
        low = int(schema.get("minItems") or 0)
        high = schema.get("maxItems") if isinstance(schema.get("maxItems"), int) else None
        items = schema.get("items", {})
        prefix = schema.get("prefixItems")
        if isinstance(items, list):  # tuple form (draft 4 ``items`` array)
            prefix, items = items, schema.get("additionalItems", {})
        if isinstance(prefix, list):
            return self._tuple(schema, prefix, items, name, depth)
        child = self.node(items, singular(name), depth + 1)
        exact = exact and child.exact and (high is None or low <= high)
        distinct = schema.get("uniqueItems") is True
        if distinct:  # distinct texts are distinct values unless branches write one two ways
            exact = exact and self._branch_free(items, set())
        top = max(low, 3)
        first = max(low, 1)
        fixed = low if depth >= _SHALLOW_DEPTH else None
        if distinct:
            counts = (first, top - first + 1, fixed, depth <= 1)
            return Node(unique_emit(child.emit, low, high, counts), exact)
        item, names = spliced(child)
        if depth > 1:  # not the page a request can size: the count is one pooled draw
            options = [fixed] if fixed is not None else list(range(first, top + 1))
            clamped = [max(min(n, high) if high is not None else n, low) for n in options]
            count, count_names = pick(clamped).expression()
            names = {**names, **count_names}
            if max(clamped) <= _UNROLLED:
                return node_of(f"('[' + {_unrolled(item, count, clamped)} + ']')", names, exact)
            expression = f"('[' + ','.join([{item} for _ in range({count})]) + ']')"
            return node_of(expression, names, exact)
        spread = top - first + 1
        random_count = str(fixed) if fixed is not None else f"{first} + int(rnd() * {spread})"
        lines = [
            "    n = d.length\n    if n is None:\n",
            f"        n = {random_count}\n",
            "    else:\n        d.length = None\n",
        ]
        if high is not None:
            lines.append(f"    if n > {high}:\n        n = {high}\n")
        lines.append(f"    if n < {low}:\n        n = {low}\n")
        expression = f"'[' + ','.join([{item} for _ in range(n)]) + ']'"
        return Node(function(expression, names, "".join(lines)), exact)
