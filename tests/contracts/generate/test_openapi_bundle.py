"""``openapi/<api>.json``: self-contained, valid, in the spec's own key order."""

from __future__ import annotations

import json
from typing import Any

from openapi_spec_validator import validate


def _refs(value: Any) -> list[str]:
    if isinstance(value, dict):
        found = [value["$ref"]] if isinstance(value.get("$ref"), str) else []
        return found + [ref for item in value.values() for ref in _refs(item)]
    if isinstance(value, list):
        return [ref for item in value for ref in _refs(item)]
    return []


def test_bundle_has_only_internal_references(by_path: dict[str, bytes]):
    document = json.loads(by_path["openapi/shop.json"])
    refs = _refs(document)
    assert refs, "internal references are kept as references"
    assert all(ref.startswith("#/") for ref in refs), refs


def test_shared_component_is_internalised(by_path: dict[str, bytes]):
    document = json.loads(by_path["openapi/shop.json"])
    assert "Money" in document["components"]["schemas"]
    assert "TooManyRequests" in document["components"]["responses"]
    order = document["components"]["schemas"]["Order"]
    assert order["properties"]["total"] == {"$ref": "#/components/schemas/Money"}


def test_bundle_keeps_the_spec_key_order(by_path: dict[str, bytes]):
    document = json.loads(by_path["openapi/shop.json"])
    assert list(document)[:6] == ["openapi", "info", "servers", "tags", "security", "paths"]
    assert list(document["paths"]) == ["/orders", "/orders/{order_id}", "/health"]


def test_bundle_is_a_valid_openapi_document(by_path: dict[str, bytes]):
    for name in ("shop", "inventory"):
        validate(json.loads(by_path[f"openapi/{name}.json"]))


def test_bundle_is_indented_json_with_a_trailing_newline(by_path: dict[str, bytes]):
    text = by_path["openapi/shop.json"].decode()
    assert text.startswith('{\n  "openapi": "3.0.3",\n')
    assert text.endswith("}\n")
