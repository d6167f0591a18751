"""Building blocks of compiled containers: object expressions, unique arrays, branch tests.

Helpers of :mod:`mocks.emitters` that do not need the compiler: how an object's fields become
one expression, how a ``uniqueItems`` array draws, whether ``oneOf`` branches can overlap.
"""

from __future__ import annotations

import json
from typing import Any

from mocks.scalars import Draw, Emit, GenerationMissError, Node, node_of, pick, unique

_INLINE_LIMIT = 3000  # characters; a larger child is called, not spliced
#: Texts of an optional field's pool folded with its absence (4x the slots: stays a small pick).
_FOLDED_LIMIT = 64


def spliced(child: Node) -> tuple[str, dict[str, Any]]:
    """A child's expression to splice into a parent (a call when it is too large)."""
    expression, names = child.expression()
    if len(expression) > _INLINE_LIMIT:
        expression, names = Node(child.emit, child.exact).expression()
    return f"({expression})", names


def object_node(fields: list[tuple[str, Node, bool]], exact: bool) -> Node:
    """One expression for the object: required fields always, optional ones three in four.

    Every field carries its leading comma; when the first field is optional the joined text
    drops its first character instead. The pieces are joined once (a chain of ``+`` copied
    the growing text at every step). An optional field that picks one of a few texts is
    folded into a single pick, absent in a quarter of its slots, which saves a draw.
    """
    if not fields:
        return node_of("'{}'", {}, exact)
    names: dict[str, Any] = {}
    pieces = []
    starts_required = fields[0][2]
    for index, (key, child, required) in enumerate(fields):
        label_text = ("{" if index == 0 and starts_required else ",") + key
        if not required and child.pool is not None and len(child.pool) <= _FOLDED_LIMIT:
            keyed = tuple(label_text + text for text in child.pool)
            folded, folded_names = pick(keyed * 3 + ("",) * len(keyed)).expression()
            names.update(folded_names)
            pieces.append(folded)
            continue
        value, child_names = spliced(child)
        names.update(child_names)
        label = unique("k")
        names[label] = label_text
        pieces.extend([label, value] if required else [f"({label} + {value} if gb(2) else '')"])
    joined = "''.join((" + ", ".join(pieces) + ",))"
    if starts_required:
        return node_of(f"{joined} + '}}'", names, exact)
    return node_of(f"'{{' + {joined}[1:] + '}}'", names, exact)


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
