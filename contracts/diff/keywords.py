"""Comparing a schema's own keywords (type, format, enum, bounds, pattern, nullability)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from contracts.diff.shapes import LOWER_BOUNDS, UPPER_BOUNDS, Shape

#: ``emit(kind, keyword, side, **fields)``: record one change of the compared schema.
Emit = Callable[..., None]

#: Formats that accept strictly more values than another (for the same type).
_WIDER_FORMAT = {("int32", "int64"), ("float", "double"), ("date", "date-time")}
_BOUND_NAMES = {
    "maximum": "maximum",
    "minimum": "minimum",
    "maxLength": "max-length",
    "minLength": "min-length",
    "maxItems": "max-items",
    "minItems": "min-items",
    "maxProperties": "max-properties",
    "minProperties": "min-properties",
}


def show(value: Any) -> str:
    """A value as it reads in a message."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _show_types(types: frozenset[str] | None) -> str:
    return "|".join(sorted(types)) if types else "any"


def _within(inner: frozenset[str] | None, outer: frozenset[str] | None) -> bool:
    """Every value of a type in ``inner`` is also of a type in ``outer``."""
    if outer is None:
        return True
    if inner is None:
        return False
    return all(t in outer or (t == "integer" and "number" in outer) for t in inner)


def compare_types(base: Shape, head: Shape, emit: Emit) -> bool:
    """Report a type change; True when the types are unrelated (deeper comparison is moot)."""
    if base.types == head.types:
        return False
    fields = {"base": _show_types(base.types), "head": _show_types(head.types)}
    if base.types is not None and head.types is not None:
        fields["added"] = _show_types(head.types - base.types)
    else:
        fields["added"] = fields["head"]
    wider, narrower = _within(base.types, head.types), _within(head.types, base.types)
    if wider:
        emit("type-widened", "type", "head", **fields)
    elif narrower:
        emit("type-narrowed", "type", "head", **fields)
    else:
        emit("type-changed", "type", "head", **fields)
        return True
    return False


def compare_keywords(base: Shape, head: Shape, direction: str, emit: Emit) -> None:
    """Report changes of nullability, format, enum, default, deprecation, bounds, pattern."""
    if head.nullable and not base.nullable:
        emit("became-nullable", "nullable", "head")
    elif base.nullable and not head.nullable:
        emit("became-not-nullable", "nullable", "head")
    old, new = base.keywords, head.keywords
    _compare_format(old.get("format"), new.get("format"), emit)
    _compare_enum(old, new, emit)
    if "default" in old and "default" in new and old["default"] != new["default"]:
        emit(
            "default-changed",
            "default",
            "head",
            base=show(old["default"]),
            head=show(new["default"]),
        )
    elif "default" in old and "default" not in new:
        emit("default-removed", "default", "base", base=show(old["default"]))
    elif "default" in new and "default" not in old:
        emit("default-added", "default", "head", head=show(new["default"]))
    if new.get("deprecated") and not old.get("deprecated"):
        emit("deprecated", "deprecated", "head")
    for keyword in UPPER_BOUNDS:
        _compare_bound(keyword, old, new, upper=True, emit=emit)
    for keyword in LOWER_BOUNDS:
        _compare_bound(keyword, old, new, upper=False, emit=emit)
    _compare_multiple_of(old.get("multipleOf"), new.get("multipleOf"), direction, emit)
    if bool(new.get("uniqueItems")) != bool(old.get("uniqueItems")):
        tightened = bool(new.get("uniqueItems"))
        emit(
            f"unique-items-{'tightened' if tightened else 'loosened'}",
            "uniqueItems",
            "head",
            change="items must now be unique" if tightened else "items may now repeat",
        )
    _compare_pattern(old.get("pattern"), new.get("pattern"), emit)


def _compare_format(old: Any, new: Any, emit: Emit) -> None:
    if old == new:
        return
    if old is None:
        emit("format-added", "format", "head", head=str(new))
    elif new is None:
        emit("format-removed", "format", "base", base=str(old))
    elif (old, new) in _WIDER_FORMAT:
        emit("format-widened", "format", "head", base=str(old), head=str(new))
    elif (new, old) in _WIDER_FORMAT:
        emit("format-narrowed", "format", "head", base=str(old), head=str(new))
    else:
        emit("format-changed", "format", "head", base=str(old), head=str(new))


def _compare_enum(old: dict[str, Any], new: dict[str, Any], emit: Emit) -> None:
    before, after = old.get("enum"), new.get("enum")
    if before == after:
        return
    if not isinstance(before, list):
        if isinstance(after, list):
            emit("became-enum", "enum", "head", values=", ".join(show(v) for v in after))
        return
    if not isinstance(after, list):
        emit("enum-removed", "enum", "base")
        return
    old_keys = {show(v) for v in before}
    new_keys = {show(v) for v in after}
    removed = [show(v) for v in before if show(v) not in new_keys]
    added = [show(v) for v in after if show(v) not in old_keys]
    if removed:
        emit("enum-value-removed", "enum", "head", values=", ".join(removed))
    if added and not new.get("x-extensible-enum"):
        emit("enum-value-added", "enum", "head", values=", ".join(added))


def _bound_value(keyword: str, values: dict[str, Any], upper: bool) -> tuple[float, int] | None:
    """A bound as a sortable pair; an exclusive bound is tighter than an inclusive one."""
    value = values.get(keyword)
    if not isinstance(value, int | float) or isinstance(value, bool):
        return None
    if keyword == "maximum" and values.get("exclusiveMaximum") is True:
        return (value, 0)
    if keyword == "minimum" and values.get("exclusiveMinimum") is True:
        return (value, 1)
    return (value, 1) if upper else (value, 0)


def _describe(keyword: str, values: dict[str, Any]) -> str:
    value = values[keyword]
    exclusive = (keyword == "maximum" and values.get("exclusiveMaximum") is True) or (
        keyword == "minimum" and values.get("exclusiveMinimum") is True
    )
    return f"{show(value)} (exclusive)" if exclusive else show(value)


def _compare_bound(
    keyword: str, old: dict[str, Any], new: dict[str, Any], *, upper: bool, emit: Emit
) -> None:
    before, after = _bound_value(keyword, old, upper), _bound_value(keyword, new, upper)
    if keyword in ("minLength", "minItems", "minProperties"):
        # A lower bound of 0 on a length or count restricts nothing.
        before = None if before is not None and before[0] <= 0 else before
        after = None if after is not None and after[0] <= 0 else after
    if before == after:
        return
    if before is None:
        tightened, change = True, f"set to {_describe(keyword, new)}"
    elif after is None:
        tightened, change = False, f"removed (was {_describe(keyword, old)})"
    else:
        tightened = after < before if upper else after > before
        change = f"{_describe(keyword, old)} → {_describe(keyword, new)}"
    name = _BOUND_NAMES[keyword]
    emit(f"{name}-{'tightened' if tightened else 'loosened'}", keyword, "head", change=change)


def _compare_multiple_of(old: Any, new: Any, direction: str, emit: Emit) -> None:
    if old == new:
        return
    if old is None:
        emit("multiple-of-tightened", "multipleOf", "head", change=f"set to {show(new)}")
    elif new is None:
        emit("multiple-of-loosened", "multipleOf", "head", change=f"removed (was {show(old)})")
    else:
        change = f"{show(old)} → {show(new)}"
        if _divides(old, new):
            emit("multiple-of-tightened", "multipleOf", "head", change=change)
        elif _divides(new, old):
            emit("multiple-of-loosened", "multipleOf", "head", change=change)
        else:
            # Neither set of values contains the other: report the side that hurts.
            kind = "tightened" if direction == "request" else "loosened"
            emit(f"multiple-of-{kind}", "multipleOf", "head", change=change)


def _divides(small: Any, large: Any) -> bool:
    try:
        ratio = float(large) / float(small)
    except (TypeError, ZeroDivisionError):
        return False
    return abs(ratio - round(ratio)) < 1e-9


def _compare_pattern(old: Any, new: Any, emit: Emit) -> None:
    if old == new:
        return
    if old is None:
        emit("pattern-added", "pattern", "head", head=str(new))
    elif new is None:
        emit("pattern-removed", "pattern", "base", base=str(old))
    else:
        emit("pattern-changed", "pattern", "head", base=str(old), head=str(new))
