"""Deserialising request parameters by ``style``/``explode`` and coercing them to schema types.

Values that cannot be coerced stay strings, so the compiled validator reports the type error
with its location instead of this module guessing.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

Resolver = Callable[[Any], Any]

_DEFAULT_STYLE = {"path": "simple", "query": "form", "header": "simple", "cookie": "form"}
_DELIMITERS = {"form": ",", "simple": ",", "spaceDelimited": " ", "pipeDelimited": "|"}


@dataclass(frozen=True)
class ParameterSpec:
    """One declared parameter, with its converted (request-direction) schema."""

    name: str
    location: str
    required: bool
    style: str
    explode: bool
    schema: Any
    content_json: bool = False

    @classmethod
    def from_openapi(cls, raw: Mapping[str, Any], schema: Any) -> ParameterSpec:
        """Build from a dereferenced parameter object and its converted schema."""
        location = str(raw.get("in"))
        style = str(raw.get("style") or _DEFAULT_STYLE.get(location, "simple"))
        explode = raw.get("explode")
        return cls(
            name=str(raw.get("name")),
            location=location,
            required=bool(raw.get("required")) or location == "path",
            style=style,
            explode=bool(explode) if explode is not None else style == "form",
            schema=schema,
            content_json="content" in raw,
        )


def schema_type(schema: Any, resolve: Resolver) -> str | None:
    """The JSON type a (converted) schema asks for, looking through refs and combinators."""
    schema = resolve(schema)
    if not isinstance(schema, dict):
        return None
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if isinstance(kind, str):
        return kind
    for key in ("allOf", "anyOf", "oneOf"):
        for sub in schema.get(key) or []:
            found = schema_type(sub, resolve)
            if found:
                return found
    return None


def coerce(value: Any, schema: Any, resolve: Resolver) -> Any:
    """Convert a string (or list/dict of strings) to the types ``schema`` asks for."""
    schema = resolve(schema)
    kind = schema_type(schema, resolve)
    if isinstance(value, list):
        items = schema.get("items", {}) if isinstance(schema, dict) else {}
        return [coerce(item, items, resolve) for item in value]
    if isinstance(value, dict):
        props = schema.get("properties", {}) if isinstance(schema, dict) else {}
        extra = schema.get("additionalProperties") if isinstance(schema, dict) else None
        return {
            key: coerce(item, props.get(key, extra if isinstance(extra, dict) else {}), resolve)
            for key, item in value.items()
        }
    if not isinstance(value, str):
        return value
    try:
        if kind == "integer":
            return int(value)
        if kind == "number":
            number = float(value)
            return int(number) if number.is_integer() and "." not in value else number
        if kind == "boolean" and value in ("true", "false"):
            return value == "true"
        if kind == "null" and value in ("", "null"):
            return None
    except ValueError:
        return value
    return value


def _pairs_to_object(parts: Sequence[str]) -> dict[str, str]:
    return {parts[i]: parts[i + 1] if i + 1 < len(parts) else "" for i in range(0, len(parts), 2)}


def _split_assignments(parts: Sequence[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in parts:
        key, _, val = part.partition("=")
        out[key] = val
    return out


def deserialize_single(spec: ParameterSpec, raw: str, resolve: Resolver) -> Any:
    """Deserialise a path, header or cookie value (one string) by its style."""
    if spec.content_json:
        try:
            return json.loads(raw)
        except ValueError:
            return raw
    kind = schema_type(spec.schema, resolve)
    text = raw
    separator = ","
    if spec.style == "label":
        text = raw[1:] if raw.startswith(".") else raw
        separator = "." if spec.explode else ","
    elif spec.style == "matrix":
        prefix = f";{spec.name}="
        if spec.explode and kind in ("array", "object"):
            pieces = [p for p in raw.split(";") if p]
            if kind == "array":
                return coerce([p.partition("=")[2] for p in pieces], spec.schema, resolve)
            return coerce(_split_assignments(pieces), spec.schema, resolve)
        text = raw[len(prefix) :] if raw.startswith(prefix) else raw.lstrip(";")
    if kind == "array":
        return coerce(text.split(separator) if text else [], spec.schema, resolve)
    if kind == "object":
        parts = text.split(separator) if text else []
        if spec.explode:
            return coerce(_split_assignments(parts), spec.schema, resolve)
        return coerce(_pairs_to_object(parts), spec.schema, resolve)
    return coerce(text, spec.schema, resolve)


def deserialize_query(
    spec: ParameterSpec, query: Mapping[str, list[str]], resolve: Resolver
) -> tuple[bool, Any]:
    """``(present, value)`` of a query parameter taken from all query pairs."""
    if spec.content_json:
        values = query.get(spec.name)
        if not values:
            return False, None
        try:
            return True, json.loads(values[0])
        except ValueError:
            return True, values[0]
    kind = schema_type(spec.schema, resolve)
    if spec.style == "deepObject":
        prefix = spec.name + "["
        found = {
            key[len(prefix) : -1]: vals[-1]
            for key, vals in query.items()
            if key.startswith(prefix) and key.endswith("]")
        }
        return bool(found), coerce(found, spec.schema, resolve) if found else None
    if kind == "object" and spec.explode:
        props = spec.schema.get("properties") if isinstance(resolve(spec.schema), dict) else None
        props = (resolve(spec.schema) or {}).get("properties") or props or {}
        found = {key: query[key][-1] for key in props if key in query}
        return bool(found), coerce(found, spec.schema, resolve) if found else None
    values = query.get(spec.name)
    if values is None:
        return False, None
    if kind == "array":
        if spec.explode and spec.style == "form":
            items = values
        else:
            separator = _DELIMITERS.get(spec.style, ",")
            items = (
                [piece for value in values for piece in value.split(separator)]
                if any(values)
                else []
            )
        return True, coerce(items, spec.schema, resolve)
    if kind == "object":
        parts = values[-1].split(",") if values[-1] else []
        return True, coerce(_pairs_to_object(parts), spec.schema, resolve)
    # A scalar given several times (or joined with commas where no array is declared) is
    # passed as the raw text, so the validator reports a type/pattern error for it.
    if len(values) > 1:
        return True, values
    return True, coerce(values[0], spec.schema, resolve)
