"""Schema rules: arrays say what they hold, enums are typed and free of duplicates."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from contracts import pointer as jp
from contracts.lint.context import LintContext
from contracts.lint.finding import Finding, Rule, Severity
from contracts.lint.registry import rule

_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}


def _types(schema: dict[str, Any]) -> list[str]:
    declared = schema.get("type")
    if isinstance(declared, str):
        return [declared]
    return [t for t in declared if isinstance(t, str)] if isinstance(declared, list) else []


@rule("array-items", Severity.ERROR, "array schemas say what they hold (items)")
def array_items(ctx: LintContext, rule: Rule) -> Iterator[Finding]:
    """Report ``type: array`` schemas without ``items`` (OpenAPI 3.0 requires it)."""
    if ctx.version != "3.0":
        return
    for schema in ctx.graph.schemas:
        if "array" in _types(schema.value) and "items" not in schema.value:
            yield ctx.finding(rule, schema.file, schema.pointer, "array schema without items")


@rule("duplicated-entry-in-enum", Severity.WARNING, "enum lists each value once")
def duplicated_entry_in_enum(ctx: LintContext, rule: Rule) -> Iterator[Finding]:
    """Report enum values listed twice."""
    for schema in ctx.graph.schemas:
        enum = schema.value.get("enum")
        seen: set[str] = set()
        for index, value in enumerate(enum if isinstance(enum, list) else []):
            key = json.dumps(value, sort_keys=True, default=str)
            if key in seen:
                message = f"enum lists {value!r} twice"
                yield ctx.finding(
                    rule, schema.file, jp.join(schema.pointer, "enum", index), message
                )
            seen.add(key)


@rule("typed-enum", Severity.WARNING, "enum values have the schema's type")
def typed_enum(ctx: LintContext, rule: Rule) -> Iterator[Finding]:
    """Report enum values of another type than the schema declares."""
    for schema in ctx.graph.schemas:
        enum = schema.value.get("enum")
        types = _types(schema.value)
        if not isinstance(enum, list) or not types or any(t not in _TYPES for t in types):
            continue
        allowed = tuple(kind for t in types for kind in _TYPES[t])
        nullable = schema.value.get("nullable") is True or "null" in types
        for index, value in enumerate(enum):
            if value is None and nullable:
                continue
            # bool is an int subclass in Python, but not a JSON number.
            wrong = isinstance(value, bool) and bool not in allowed
            if wrong or not isinstance(value, allowed):
                message = f"enum value {value!r} is not of type {' or '.join(types)}"
                yield ctx.finding(
                    rule, schema.file, jp.join(schema.pointer, "enum", index), message
                )
