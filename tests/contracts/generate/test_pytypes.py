"""Schemas to Python annotations and TypedDict models, on tiny inline specs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from contracts.generate import naming
from contracts.generate.api import Api
from contracts.generate.pytypes import TypeRegistry, flatten_conflicting_bases


@pytest.fixture
def registry() -> Callable[..., TypeRegistry]:
    """A registry over a spec holding only the given component schemas."""

    def build(**schemas: Any) -> TypeRegistry:
        document = {
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "paths": {},
            "components": {"schemas": schemas},
        }
        return TypeRegistry(Api.from_bundle("t", document))

    return build


@pytest.mark.parametrize(
    ("schema", "annotation"),
    [
        ({"type": "string"}, "str"),
        ({"type": "integer", "nullable": True}, "int | None"),
        ({"type": "array", "items": {"type": "number"}}, "list[float]"),
        ({"type": "object", "additionalProperties": {"type": "boolean"}}, "dict[str, bool]"),
        ({"type": "object"}, "dict[str, Any]"),
        ({"enum": ["a", "b"]}, 'Literal["a", "b"]'),
        ({"oneOf": [{"type": "string"}, {"type": "integer"}]}, "str | int"),
        ({"anyOf": [{"type": "string"}, {}]}, "Any"),
        ({"type": ["string", "null"]}, "str | None"),
        ({"$ref": "#/components/schemas/pet_owner"}, "m.PetOwner"),
        ({}, "Any"),
    ],
    ids=[
        "string",
        "nullable",
        "array",
        "map",
        "free-object",
        "enum",
        "one-of",
        "any-absorbs",
        "3.1-type-list",
        "ref",
        "empty",
    ],
)
def test_schema_annotation(registry, schema: dict[str, Any], annotation: str):
    types = registry(pet_owner={"type": "object", "properties": {"name": {"type": "string"}}})
    assert types.annotation(schema, "Hint", "m.") == annotation


def test_inline_objects_become_models_named_after_their_place(registry):
    types = registry(
        Order={
            "type": "object",
            "required": ["lines"],
            "properties": {
                "lines": {
                    "type": "array",
                    "items": {"type": "object", "properties": {"sku": {"type": "string"}}},
                },
                "note": {"type": "string", "description": "Free text."},
            },
        }
    )
    order = types.models["Order"]
    assert [(f.key, f.annotation, f.required) for f in order.fields] == [
        ("lines", "list[OrderLinesItem]", True),
        ("note", "str", False),
    ]
    assert order.fields[1].description == "Free text."
    assert [f.key for f in types.models["OrderLinesItem"].fields] == ["sku"]


def test_long_enums_become_named_aliases(registry):
    values = [f"value_number_{i}" for i in range(6)]
    types = registry(Thing={"type": "object", "properties": {"kind": {"enum": values}}})
    assert types.models["Thing"].fields[0].annotation == "ThingKind"
    assert types.models["ThingKind"].literals == [f'"{v}"' for v in values]


def test_all_of_references_become_bases_and_redeclared_keys_flatten(registry):
    types = registry(
        Base={"type": "object", "properties": {"id": {"type": "string"}}},
        Child={
            "allOf": [
                {"$ref": "#/components/schemas/Base"},
                {"type": "object", "properties": {"extra": {"type": "integer"}}},
            ]
        },
        Narrowing={
            "allOf": [
                {"$ref": "#/components/schemas/Base"},
                {"type": "object", "properties": {"id": {"enum": ["x"]}}},
            ]
        },
    )
    assert types.models["Child"].bases == ["Base"]
    flatten_conflicting_bases(types.models)
    assert types.models["Child"].bases == ["Base"]
    narrowing = types.models["Narrowing"]
    assert narrowing.bases == []
    assert [(f.key, f.annotation) for f in narrowing.fields] == [("id", 'Literal["x"]')]


def test_keys_that_are_not_identifiers_need_the_functional_syntax(registry):
    types = registry(Stock={"type": "object", "properties": {"on-hand": {"type": "integer"}}})
    assert types.models["Stock"].functional


def test_schema_names_that_clash_with_typing_names_are_renamed(registry):
    types = registry(Any={"type": "string"}, Literal={"type": "integer"})
    assert "Any" not in types.models and "Literal" not in types.models
    assert {"Any_2", "Literal_2"} <= set(types.models)


def test_enum_values_with_look_alike_characters_are_escaped(registry):
    types = registry(Quote={"enum": ["it\u2019s"]})
    assert types.models["Quote"].alias == 'Literal["it\\u2019s"]'


@pytest.mark.parametrize(
    ("text", "snake", "pascal"),
    [
        ("getUserByName", "get_user_by_name", "GetUserByName"),
        ("X-Request-ID", "x_request_id", "XRequestID"),
        ("customer_profile", "customer_profile", "CustomerProfile"),
        ("HTTPServerError", "http_server_error", "HTTPServerError"),
        ("2fa code", "n_2fa_code", "M2faCode"),
    ],
)
def test_names(text: str, snake: str, pascal: str):
    assert naming.snake_case(text) == snake
    assert naming.pascal_case(text) == pascal


@pytest.mark.parametrize(
    ("name", "safe"),
    [("from", "from_"), ("class", "class_"), ("l", "l_"), ("body", "body_"), ("type", "type")],
)
def test_identifiers_avoid_keywords_ambiguity_and_reserved_names(name: str, safe: str):
    assert naming.identifier(name) == safe
