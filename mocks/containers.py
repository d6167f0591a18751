"""Building blocks of compiled containers: object expressions, unique arrays, branch tests.

Helpers of :mod:`mocks.emitters` that do not need the compiler: how an object's fields become
one expression, how a ``uniqueItems`` array draws, whether ``oneOf`` branches can overlap.
"""

from __future__ import annotations

import json
from typing import Any

from mocks.scalars import Draw, Emit, GenerationMissError, Node, node_of, unique

_INLINE_LIMIT = 3000  # characters; a larger child is called, not spliced


def spliced(child: Node) -> tuple[str, dict[str, Any]]:
    """A child's expression to splice into a parent (a call when it is too large)."""
    expression, names = child.expression()
    if len(expression) > _INLINE_LIMIT:
        expression, names = Node(child.emit, child.exact).expression()
    return f"({expression})", names


def object_node(fields: list[tuple[str, Node, bool]], exact: bool) -> Node:
    """One expression for the object: required fields always, optional ones three in four.

    Every field carries its leading comma; when the first field is optional the joined text
    drops its first character instead, so no list is built.
    """
    if not fields:
        return node_of("'{}'", {}, exact)
    names: dict[str, Any] = {}
    pieces = []
    starts_required = fields[0][2]
    for index, (key, child, required) in enumerate(fields):
        value, child_names = spliced(child)
        names.update(child_names)
        label = unique("k")
        names[label] = ("{" if index == 0 and starts_required else ",") + key
        pieces.append(f"{label} + {value}" if required else f"({label} + {value} if gb(2) else '')")
    if starts_required:
        return node_of(" + ".join(pieces) + " + '}'", names, exact)
    return node_of("'{' + (" + " + ".join(pieces) + ")[1:] + '}'", names, exact)


def unique_emit(
    item: Emit, low: int, high: int | None, counts: tuple[int, int, int | None, bool]
) -> Emit:
    """Arrays with ``uniqueItems``: draw until the count is reached (or give up and miss)."""
    first, spread, fixed, paged = counts

    def emit(d: Draw) -> str:
        if paged and d.length is not None:
            count, d.length = d.length, None
        elif fixed is not None:
            count = fixed
        else:
            count = first + int(d.random() * spread)
        if high is not None and count > high:
            count = high
        count = max(count, low)
        seen: dict[str, None] = {}
        attempts = 0
        while len(seen) < count and attempts < count * 10 + 10:
            attempts += 1
            seen[item(d)] = None
        if len(seen) < low:
            raise GenerationMissError("not enough distinct items")
        return "[" + ",".join(seen) + "]"

    return emit


def disjoint(branches: list[Any]) -> bool:
    """Whether no value can match two ``oneOf`` branches (distinct types or pinned enums)."""
    if not all(isinstance(b, dict) for b in branches):
        return False
    kinds = [b.get("type") for b in branches]
    if all(isinstance(k, str) for k in kinds) and len(set(kinds)) == len(kinds):
        return not {"integer", "number"} <= set(kinds)
    pins: list[set[str]] = []
    names: set[str] = set()
    for branch in branches:
        parts = branch.get("allOf")
        pin = parts[0] if isinstance(parts, list) and parts and isinstance(parts[0], dict) else {}
        props = pin.get("properties") or {}
        if len(props) != 1 or pin.get("required") != list(props):
            return False
        names.update(props)
        (values,) = [p.get("enum") for p in props.values()]
        if not isinstance(values, list):
            return False
        pins.append({json.dumps(v) for v in values})
    return len(names) == 1 and all(not (a & b) for i, a in enumerate(pins) for b in pins[i + 1 :])


def infer_type(schema: dict[str, Any]) -> str:
    """The type a schema without ``type`` implies by its keywords."""
    if "properties" in schema or "additionalProperties" in schema or "required" in schema:
        return "object"
    if "items" in schema:
        return "array"
    if any(k in schema for k in ("minimum", "maximum", "multipleOf")):
        return "number"
    return "string"
