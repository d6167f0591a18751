"""Generated data: valid for every keyword, bounded on recursion, seeded, realistic."""

from __future__ import annotations

import random
from typing import Any

import pytest

from mocks.generation import Generator
from mocks.loading import load_spec
from mocks.merging import merge_schemas
from mocks.schemas import SchemaCompiler
from tests.mocks.conftest import SHOP

SCHEMAS: dict[str, Any] = {
    "formats": {
        "type": "object",
        "required": ["a", "b", "c", "d", "e", "f", "g", "h", "i"],
        "properties": {
            "a": {"type": "string", "format": "email"},
            "b": {"type": "string", "format": "uuid"},
            "c": {"type": "string", "format": "date"},
            "d": {"type": "string", "format": "date-time"},
            "e": {"type": "string", "format": "uri"},
            "f": {"type": "string", "format": "ipv4"},
            "g": {"type": "string", "format": "ipv6"},
            "h": {"type": "string", "format": "hostname"},
            "i": {"type": "string", "format": "byte"},
        },
    },
    "patterns": {
        "type": "array",
        "minItems": 3,
        "items": {"type": "string", "pattern": r"^[A-Z]{2}-\d{3,5}(-[a-f0-9]{4})?$"},
    },
    "bounds": {
        "type": "object",
        "required": ["n", "x", "s", "m"],
        "properties": {
            "n": {"type": "integer", "minimum": 10, "maximum": 12, "exclusiveMaximum": True},
            "x": {"type": "number", "minimum": 0, "exclusiveMinimum": True, "maximum": 0.5},
            "s": {"type": "string", "minLength": 30, "maxLength": 31},
            "m": {"type": "integer", "multipleOf": 7, "minimum": 50},
        },
    },
    "enum_unique": {
        "type": "array",
        "uniqueItems": True,
        "minItems": 3,
        "maxItems": 3,
        "items": {"type": "string", "enum": ["a", "b", "c"]},
    },
    "nullable": {"type": "string", "nullable": True, "enum": ["x", "y"]},
    "one_of": {"oneOf": [{"type": "integer"}, {"type": "string", "minLength": 2}]},
    "recursive": {"$ref": "#/components/schemas/Product"},
    "order": {"$ref": "#/components/schemas/Order"},
    "envelope": {
        "type": "object",
        "required": ["data"],
        "properties": {"data": {"type": "array", "items": {"$ref": "#/components/schemas/Order"}}},
    },
}


@pytest.fixture(scope="module")
def compiler() -> SchemaCompiler:
    return SchemaCompiler(load_spec(SHOP).data, is_31=False)


@pytest.mark.parametrize("name", sorted(SCHEMAS))
@pytest.mark.parametrize("static", [True, False], ids=["static", "dynamic"])
def test_generated_values_are_valid(compiler: SchemaCompiler, name: str, static: bool) -> None:
    converted = compiler.convert(SCHEMAS[name], "response")
    validator = compiler.compile(converted)
    for seed in range(40 if not static else 1):
        generator = Generator(
            lambda s: compiler.resolve(s, "response"), random.Random(seed), static=static
        )
        value = generator.value(converted)
        errors = [e.message for e in validator.iter_errors(value)]
        assert not errors, (seed, value, errors)


def test_write_only_fields_never_appear_in_responses(compiler: SchemaCompiler) -> None:
    converted = compiler.convert({"$ref": "#/components/schemas/Order"}, "response")
    for seed in range(20):
        value = Generator(
            lambda s: compiler.resolve(s, "response"), random.Random(seed), static=False
        ).value(converted)
        assert "paymentToken" not in value


def test_same_seed_same_value(compiler: SchemaCompiler) -> None:
    converted = compiler.convert({"$ref": "#/components/schemas/Order"}, "response")

    def make(seed: int) -> Any:
        resolve = lambda s: compiler.resolve(s, "response")  # noqa: E731
        return Generator(resolve, random.Random(seed), static=False).value(converted)

    assert make(3) == make(3)
    assert make(3) != make(4)


def test_property_names_give_realistic_values(compiler: SchemaCompiler) -> None:
    schema = {
        "type": "object",
        "required": ["email", "country", "price", "website"],
        "properties": {
            "email": {"type": "string"},
            "country": {"type": "string", "minLength": 2, "maxLength": 2},
            "price": {"type": "number"},
            "website": {"type": "string"},
        },
    }
    value = Generator(lambda s: s, random.Random(1), static=False).value(schema)
    assert "@" in value["email"]
    assert value["country"].isupper() and len(value["country"]) == 2
    assert value["website"].startswith("https://")
    assert round(value["price"], 2) == value["price"] and value["price"] > 0


def test_generated_list_over_http(mock_process) -> None:
    mock = mock_process(SHOP, "--dynamic", "--seed", "42")
    headers = {"Authorization": "Bearer t"}
    first = mock.client.get("/shop/v1/orders?limit=20", headers=headers)
    second = mock.client.get("/shop/v1/orders?limit=20", headers=headers)
    assert first.status_code == 200
    assert len(first.json()["data"]) == 20
    assert first.content == second.content
    assert "x-mock-violations" not in first.headers


def test_all_of_parts_with_one_of_each_merge_without_recursing() -> None:
    schema = {"allOf": [{"oneOf": [{"type": "integer"}]}, {"oneOf": [{"minimum": 3}]}]}
    static = Generator(lambda s: s, random.Random(0), static=True).value(schema)
    dynamic = Generator(lambda s: s, random.Random(0), static=False).value(schema)
    # Only the first part's branches are honoured, so callers must validate: never exact.
    assert isinstance(static, int) and isinstance(dynamic, int)
    assert not merge_schemas(schema, lambda s: s)[1]
