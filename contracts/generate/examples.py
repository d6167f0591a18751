"""Example values for media types and schemas: the spec's own first, else built from the schema.

The spec's ``example`` / ``examples`` always win; a value is built from the schema only where
the spec gives none (Postman bodies, docs), so it is marked as such by the callers.
"""

from __future__ import annotations

from typing import Any

from contracts.generate.api import Api

# Deep enough for realistic bodies, shallow enough that recursive schemas stay small.
_MAX_DEPTH = 6
_FORMATS: dict[str, Any] = {
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "time": "12:00:00",
    "email": "user@example.com",
    "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "uri": "https://example.com/resource",
    "uri-reference": "/resource",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "byte": "U3dhZ2dlciByb2Nrcw==",
    "password": "********",
}


def media_examples(api: Api, media: dict[str, Any]) -> list[tuple[str, Any]]:
    """Named examples the spec gives for a media type (``example`` is named ``example``)."""
    if not isinstance(media, dict):
        return []
    if "example" in media:
        return [("example", media["example"])]
    found: list[tuple[str, Any]] = []
    for name, example in (media.get("examples") or {}).items():
        example = api.deref(example)
        if isinstance(example, dict) and "value" in example:
            found.append((str(name), example["value"]))
    if not found:
        schema = api.deref(media.get("schema"))
        if isinstance(schema, dict) and "example" in schema:
            found.append(("example", schema["example"]))
    return found


def media_example(api: Api, media: dict[str, Any]) -> tuple[bool, Any]:
    """``(True, value)``: the first example of a media type, or one built from its schema."""
    given = media_examples(api, media)
    if given:
        return True, given[0][1]
    if isinstance(media, dict) and media.get("schema"):
        return True, schema_example(api, media["schema"])
    return False, None


def schema_example(
    api: Api, schema: Any, depth: int = 0, seen: frozenset[str] = frozenset()
) -> Any:
    """A value that matches ``schema`` as far as a small builder can tell."""
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    if isinstance(ref, str):
        if ref in seen or depth > _MAX_DEPTH:
            return None
        seen = seen | {ref}
    schema = api.deref(schema)
    if not isinstance(schema, dict):
        return None
    for key in ("example", "default"):
        if key in schema:
            return schema[key]
    if schema.get("enum"):
        return schema["enum"][0]
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = schema_example(api, part, depth + 1, seen)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    for key in ("oneOf", "anyOf"):
        if schema.get(key):
            return schema_example(api, schema[key][0], depth + 1, seen)
    kind = schema.get("type") or ("object" if "properties" in schema else None)
    if isinstance(kind, list):  # OpenAPI 3.1 type lists: the first that is not "null"
        kind = next((one for one in kind if one != "null"), None)
    if kind == "object":
        if depth > _MAX_DEPTH:
            return {}
        return {
            str(name): schema_example(api, prop, depth + 1, seen)
            for name, prop in (schema.get("properties") or {}).items()
        }
    if kind == "array":
        if depth > _MAX_DEPTH:
            return []
        return [schema_example(api, schema.get("items") or {}, depth + 1, seen)]
    if kind == "string":
        return _FORMATS.get(str(schema.get("format")), "string")
    if kind in ("integer", "number"):
        low = schema.get("minimum", 0)
        return int(low) if kind == "integer" else float(low)
    if kind == "boolean":
        return True
    return None
