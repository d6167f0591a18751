"""``allOf`` folded into one schema, for generating values that satisfy every part."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Resolver = Callable[[Any], Any]

# Keywords that, set differently by two ``allOf`` parts, make the merge keep only the first.
_HARMLESS = {"title", "description", "example", "examples", "default", "type", "$comment"}


def merge_schemas(schema: dict[str, Any], resolve: Resolver) -> tuple[dict[str, Any], bool]:
    """``allOf`` folded into one schema, and whether nothing was lost in folding it.

    Properties and ``required`` are united (a property in two parts becomes an ``allOf`` of
    both); for any other keyword the first part wins, which loses a constraint when a later
    part sets it differently: the merge is then reported lossy.
    """
    merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    lossless = True
    for part in schema.get("allOf") or []:
        part = resolve(part)
        if not isinstance(part, dict):
            lossless = lossless and part is True
            continue
        if "allOf" in part:
            part, inner = merge_schemas(part, resolve)
            lossless = lossless and inner
        for key, val in part.items():
            if key == "properties":
                props = dict(merged.get("properties", {}))
                for name, sub in val.items():
                    props[name] = {"allOf": [props[name], sub]} if name in props else sub
                merged["properties"] = props
            elif key == "required":
                merged["required"] = list(dict.fromkeys([*merged.get("required", []), *val]))
            elif key in ("oneOf", "anyOf") and key in merged:
                lossless = False  # both branch lists must hold; only the first is honoured
            elif key in merged and merged[key] != val:
                lossless = lossless and key in _HARMLESS and key != "type"
            else:
                merged.setdefault(key, val)
    if "allOf" in merged:
        merged, inner = merge_schemas(merged, resolve)
        lossless = lossless and inner
    return merged, lossless
