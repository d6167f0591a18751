"""Edits that change nothing for a client produce no findings."""

from __future__ import annotations

import copy
from pathlib import Path

import yaml

from contracts.diff import diff_sides, load_side

from .conftest import TODAY, DiffFn, Spec, minimal_spec, write


def _get(spec: Spec) -> dict:
    return spec["paths"]["/pets/{petId}"]["get"]


def test_renaming_a_path_parameter_is_not_a_change(diff: DiffFn, spec: Spec) -> None:
    head = copy.deepcopy(spec)
    item = head["paths"].pop("/pets/{petId}")
    for operation in item.values():
        operation["parameters"][0]["name"] = "id"
    head["paths"]["/pets/{id}"] = item
    assert diff(spec, head).findings == ()


def test_reordering_keys_is_not_a_change(diff: DiffFn, spec: Spec) -> None:
    def reverse(value: object) -> object:
        if isinstance(value, dict):
            return {key: reverse(value[key]) for key in reversed(list(value))}
        if isinstance(value, list):
            return [reverse(item) for item in value]
        return value

    head = reverse(spec)
    assert isinstance(head, dict)
    assert diff(spec, head).findings == ()


def test_descriptions_summaries_and_examples_are_not_changes(diff: DiffFn, spec: Spec) -> None:
    head = copy.deepcopy(spec)
    _get(head)["summary"] = "Fetch one pet"
    _get(head)["description"] = "Returns the pet with this id."
    _get(head)["parameters"][1]["description"] = "Free-text filter"
    _get(head)["parameters"][1]["example"] = "whiskers"
    pet = head["components"]["schemas"]["Pet"]
    pet["description"] = "A pet"
    pet["example"] = {"id": "p1", "name": "Rex"}
    pet["properties"]["name"]["title"] = "Name"
    _get(head)["responses"]["200"]["content"]["application/json"]["examples"] = {
        "rex": {"value": {"id": "p1", "name": "Rex"}}
    }
    head["info"]["description"] = "The pet API"
    assert diff(spec, head).findings == ()


def test_moving_an_inline_schema_into_components_is_not_a_change(diff: DiffFn, spec: Spec) -> None:
    base = copy.deepcopy(spec)
    content = _get(base)["responses"]["200"]["content"]["application/json"]
    content["schema"] = copy.deepcopy(spec["components"]["schemas"]["Pet"])
    assert diff(base, spec).findings == ()


def test_moving_a_schema_into_another_file_is_not_a_change(tmp_path: Path, spec: Spec) -> None:
    base = write(tmp_path / "base" / "api.yaml", spec)
    head_spec = copy.deepcopy(spec)
    pet = head_spec["components"]["schemas"].pop("Pet")
    _get(head_spec)["responses"]["200"]["content"]["application/json"]["schema"] = {
        "$ref": "schemas/pet.yaml#/Pet"
    }
    head = write(tmp_path / "head" / "api.yaml", head_spec)
    write(tmp_path / "head" / "schemas" / "pet.yaml", {"Pet": pet})
    result = diff_sides(
        load_side(str(base), cwd=tmp_path), load_side(str(head), cwd=tmp_path), today=TODAY
    )
    assert result.findings == ()


def test_splitting_properties_into_all_of_is_not_a_change(diff: DiffFn, spec: Spec) -> None:
    head = copy.deepcopy(spec)
    pet = head["components"]["schemas"]["Pet"]
    head["components"]["schemas"]["Named"] = {
        "type": "object",
        "required": ["name"],
        "properties": {"name": pet["properties"].pop("name")},
    }
    pet["required"] = ["id"]
    head["components"]["schemas"]["Pet"] = {"allOf": [{"$ref": "#/components/schemas/Named"}, pet]}
    assert diff(spec, head).findings == ()


def test_wrapping_a_schema_in_a_one_branch_one_of_is_not_a_change(diff: DiffFn, spec: Spec) -> None:
    head = copy.deepcopy(spec)
    content = _get(head)["responses"]["200"]["content"]["application/json"]
    content["schema"] = {"oneOf": [{"$ref": "#/components/schemas/Pet"}]}
    assert diff(spec, head).findings == ()


def test_nullable_written_as_a_null_branch_is_not_a_change(diff: DiffFn, spec: Spec) -> None:
    base, head = copy.deepcopy(spec), copy.deepcopy(spec)
    base["components"]["schemas"]["Pet"]["properties"]["value"] = {
        "type": "string",
        "nullable": True,
    }
    head["components"]["schemas"]["Pet"]["properties"]["value"] = {
        "anyOf": [{"type": "string"}, {"type": "null"}]
    }
    assert diff(base, head).findings == ()


def test_the_same_file_twice_gives_nothing(tmp_path: Path) -> None:
    path = write(tmp_path / "api.yaml", minimal_spec())
    side = load_side(str(path), cwd=tmp_path)
    assert diff_sides(side, side, today=TODAY).findings == ()


def test_yaml_integer_status_codes_match_quoted_ones(tmp_path: Path, spec: Spec) -> None:
    base = write(tmp_path / "base" / "api.yaml", spec)
    head = tmp_path / "head" / "api.yaml"
    head.parent.mkdir()
    head.write_text(base.read_text().replace("'200':", "200:"), encoding="utf-8")
    assert 200 in yaml.safe_load(head.read_text())["paths"]["/pets/{petId}"]["get"]["responses"]
    result = diff_sides(
        load_side(str(base), cwd=tmp_path), load_side(str(head), cwd=tmp_path), today=TODAY
    )
    assert result.findings == ()


def test_path_level_parameters_count_for_every_operation(diff: DiffFn, spec: Spec) -> None:
    base = copy.deepcopy(spec)
    item = base["paths"]["/pets/{petId}"]
    item["parameters"] = [{"name": "tenant", "in": "header", "schema": {"type": "string"}}]
    head = copy.deepcopy(base)
    head["paths"]["/pets/{petId}"]["parameters"][0]["required"] = True
    found = sorted((f.rule_id, f.operation) for f in diff(base, head).findings)
    assert found == [
        ("request-parameter-became-required", "GET /pets/{petId}"),
        ("request-parameter-became-required", "PUT /pets/{petId}"),
    ]


def test_moving_a_parameter_from_path_level_to_operations_is_not_a_change(
    diff: DiffFn, spec: Spec
) -> None:
    head = copy.deepcopy(spec)
    item = head["paths"]["/pets/{petId}"]
    item["parameters"] = [item["get"]["parameters"][0]]
    for method in ("get", "put"):
        item[method]["parameters"] = item[method]["parameters"][1:]
    assert diff(spec, head).findings == ()


def test_a_document_wide_security_change_reaches_operations_without_their_own(
    diff: DiffFn, spec: Spec
) -> None:
    base = copy.deepcopy(spec)
    base["paths"]["/pets/{petId}"]["put"]["security"] = [{"key": []}]
    head = copy.deepcopy(base)
    head["security"] = [{"oauth": ["read", "write"]}]
    found = [(f.rule_id, f.operation) for f in diff(base, head).findings]
    assert found == [("security-scope-added", "GET /pets/{petId}")]


def test_adding_the_implied_object_type_is_not_a_change(diff: DiffFn, spec: Spec) -> None:
    base = copy.deepcopy(spec)
    del base["components"]["schemas"]["Pet"]["type"]
    assert diff(base, spec).findings == ()
