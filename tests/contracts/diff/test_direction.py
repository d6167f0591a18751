"""The direction rule holds through nesting, arrays, allOf/oneOf/anyOf and recursion."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from contracts.diff import Severity

from .conftest import DiffFn, Spec, minimal_spec

S = {"type": "string"}


def _with(
    spec: Spec, request: dict[str, Any] | None = None, response: dict[str, Any] | None = None
) -> Spec:
    spec = copy.deepcopy(spec)
    schemas = spec["components"]["schemas"]
    if request is not None:
        schemas["PetInput"]["properties"]["value"] = request
    if response is not None:
        schemas["Pet"]["properties"]["value"] = response
    return spec


def _nested(inner: dict[str, Any], how: str) -> dict[str, Any]:
    """``inner`` as the property ``leaf`` several levels down, wrapped as ``how`` says."""
    leaf = {"type": "object", "required": ["leaf"], "properties": {"leaf": inner}}
    if how == "array":
        return {"type": "array", "items": {"type": "array", "items": leaf}}
    if how == "allOf":
        return {"allOf": [{"type": "object", "properties": {"other": S}}, leaf]}
    if how == "oneOf":
        return {"oneOf": [{"type": "integer"}, leaf]}
    if how == "anyOf":
        return {"anyOf": [{"type": "boolean"}, leaf]}
    return {"type": "object", "properties": {"outer": leaf}}


HOW = ["object", "array", "allOf", "oneOf", "anyOf"]
TIGHT = {**S, "maxLength": 5}
LOOSE = {**S, "maxLength": 50}


@pytest.mark.parametrize("how", HOW)
def test_tightening_a_nested_request_value_is_breaking(diff: DiffFn, how: str) -> None:
    spec = minimal_spec()
    result = diff(
        _with(spec, request=_nested(LOOSE, how)), _with(spec, request=_nested(TIGHT, how))
    )
    assert [(f.rule_id, f.severity) for f in result.findings] == [
        ("request-body-max-length-tightened", Severity.BREAKING)
    ]
    assert "leaf" in result.findings[0].message


@pytest.mark.parametrize("how", HOW)
def test_loosening_a_nested_request_value_is_not_breaking(diff: DiffFn, how: str) -> None:
    spec = minimal_spec()
    result = diff(
        _with(spec, request=_nested(TIGHT, how)), _with(spec, request=_nested(LOOSE, how))
    )
    assert [(f.rule_id, f.severity) for f in result.findings] == [
        ("request-body-max-length-loosened", Severity.INFO)
    ]


@pytest.mark.parametrize("how", HOW)
def test_loosening_a_nested_response_value_is_breaking(diff: DiffFn, how: str) -> None:
    spec = minimal_spec()
    result = diff(
        _with(spec, response=_nested(TIGHT, how)), _with(spec, response=_nested(LOOSE, how))
    )
    assert [(f.rule_id, f.severity) for f in result.findings] == [
        ("response-body-max-length-loosened", Severity.BREAKING)
    ]


@pytest.mark.parametrize("how", HOW)
def test_tightening_a_nested_response_value_is_not_breaking(diff: DiffFn, how: str) -> None:
    spec = minimal_spec()
    result = diff(
        _with(spec, response=_nested(LOOSE, how)), _with(spec, response=_nested(TIGHT, how))
    )
    assert [(f.rule_id, f.severity) for f in result.findings] == [
        ("response-body-max-length-tightened", Severity.INFO)
    ]


def test_nested_names_read_as_a_path(diff: DiffFn) -> None:
    spec = minimal_spec()
    result = diff(
        _with(spec, response=_nested(S, "array")),
        _with(spec, response=_nested({"type": "integer"}, "array")),
    )
    (finding,) = result.findings
    assert finding.message.startswith("response property `value[][].leaf` (200) changed type")
    assert finding.pointer.endswith("/properties/value/items/items/properties/leaf")


def test_removing_a_response_property_names_it_and_says_why(diff: DiffFn, spec: Spec) -> None:
    head = copy.deepcopy(spec)
    del head["components"]["schemas"]["Pet"]["properties"]["name"]
    head["components"]["schemas"]["Pet"]["required"] = ["id"]
    (finding,) = diff(spec, head).findings
    assert finding.rule_id == "response-body-required-property-removed"
    assert finding.message == (
        "response property `name` (200) was removed (clients reading it will break)"
    )
    assert finding.side == "base"


def test_a_change_in_a_recursive_schema_is_found_once(diff: DiffFn) -> None:
    def tree(leaf: dict[str, Any]) -> Spec:
        spec = minimal_spec()
        spec["components"]["schemas"]["Node"] = {
            "type": "object",
            "properties": {
                "label": leaf,
                "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
                "parent": {"$ref": "#/components/schemas/Node"},
            },
        }
        spec["components"]["schemas"]["Pet"]["properties"]["value"] = {
            "$ref": "#/components/schemas/Node"
        }
        return spec

    result = diff(tree(S), tree({"type": "integer"}))
    assert [f.message for f in result.findings] == [
        "response property `value.label` (200) changed type from string to integer "
        "(clients parsing string values will break)"
    ]


def test_read_only_properties_do_not_count_in_requests(diff: DiffFn, spec: Spec) -> None:
    base = _with(spec, request={"type": "object", "properties": {"id": {**S, "readOnly": True}}})
    head = _with(
        spec,
        request={
            "type": "object",
            "properties": {"id": {"type": "integer", "readOnly": True}},
            "required": ["id"],
        },
    )
    assert diff(base, head).findings == ()


def test_write_only_properties_do_not_count_in_responses(diff: DiffFn, spec: Spec) -> None:
    base = _with(spec, response={"type": "object", "properties": {"pw": {**S, "writeOnly": True}}})
    head = _with(spec, response={"type": "object", "properties": {}})
    assert diff(base, head).findings == ()


def test_extensible_enum_may_grow_in_responses(diff: DiffFn, spec: Spec) -> None:
    base = _with(spec, response={**S, "enum": ["a"], "x-extensible-enum": True})
    head = _with(spec, response={**S, "enum": ["a", "b"], "x-extensible-enum": True})
    assert diff(base, head).findings == ()


def test_one_of_narrowed_in_a_response_is_not_breaking(diff: DiffFn, spec: Spec) -> None:
    base = _with(spec, response={"oneOf": [{"type": "integer"}, S]})
    head = _with(spec, response={"type": "integer"})
    assert [(f.rule_id, f.severity) for f in diff(base, head).findings] == [
        ("response-body-variant-removed", Severity.INFO)
    ]


def test_schema_widened_into_one_of_in_a_request_is_not_breaking(diff: DiffFn, spec: Spec) -> None:
    base = _with(spec, request=S)
    head = _with(spec, request={"oneOf": [S, {"type": "integer"}]})
    assert [(f.rule_id, f.severity) for f in diff(base, head).findings] == [
        ("request-body-variant-added", Severity.INFO)
    ]


def test_a_shared_component_change_is_reported_for_each_operation(diff: DiffFn, spec: Spec) -> None:
    base = copy.deepcopy(spec)
    base["paths"]["/pets"] = {
        "get": {
            "responses": {
                "200": {
                    "description": "All",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "array",
                                "items": {"$ref": "#/components/schemas/Pet"},
                            }
                        }
                    },
                }
            }
        }
    }
    head = copy.deepcopy(base)
    head["components"]["schemas"]["Pet"]["properties"]["id"] = {"type": "integer"}
    found = sorted((f.operation, f.message) for f in diff(base, head).findings)
    assert [operation for operation, _ in found] == ["GET /pets", "GET /pets/{petId}"]
    assert "`[].id`" in found[0][1] and "`id`" in found[1][1]
