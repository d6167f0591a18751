"""Compiled emitters: nodes claimed exact write only valid JSON, fresh and seeded, realistic."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema_rs
import pytest

from mocks.emitters import EmitterCompiler
from mocks.errors import SpecLoadError
from mocks.loading import load_spec
from mocks.runtime import MockRuntime
from mocks.scalars import Draw, GenerationMissError, SchemaTooComplexError
from mocks.schemas import SchemaCompiler
from mocks.settings import MockSettings
from tests.mocks.conftest import ROOT, SHOP

CORPUS = ROOT.parent / "shared" / "corpus"
OWN = [*sorted((ROOT / "specs").glob("*.yaml")), SHOP, ROOT / "bench" / "mock_spec.yaml"]
PUBLIC = sorted(p for p in CORPUS.glob("*") if p.suffix in (".yaml", ".yml", ".json"))
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def _schemas(data: dict[str, Any]) -> list[tuple[str, Any]]:
    """Every component schema and every response body schema of a spec, by location."""
    found = [
        (f"#/components/schemas/{name}", {"$ref": f"#/components/schemas/{name}"})
        for name in ((data.get("components") or {}).get("schemas") or {})
    ]
    for path, item in (data.get("paths") or {}).items():
        for method, operation in (item or {}).items():
            if not isinstance(operation, dict):
                continue
            for status, response in (operation.get("responses") or {}).items():
                content = response.get("content") if isinstance(response, dict) else None
                for media_type, media in (content or {}).items():
                    if isinstance(media, dict) and "schema" in media:
                        found.append((f"{method} {path} {status} {media_type}", media["schema"]))
    return found


def _prove(path: Path, seeds: int) -> tuple[int, int]:
    """Emit ``seeds`` values per schema of ``path``; every value of an exact node must be valid.

    Returns (exact nodes, all nodes) so callers can also require coverage.
    """
    try:
        loaded = load_spec(path)
    except SpecLoadError:
        pytest.skip(f"{path.name} is not a servable document")
    compiler = SchemaCompiler(loaded.data, is_31=loaded.is_31)
    cache: dict[Any, Any] = {}
    emitters = EmitterCompiler(
        lambda s: compiler.resolve(s, "response"),
        cache,
        checks=lambda s: compiler.compile(s).is_valid,
    )
    exact = total = 0
    failures = []
    for where, raw in _schemas(loaded.data):
        converted = compiler.convert(raw, "response")
        validator = compiler.compile(converted)
        try:
            node = emitters.node(converted)
        except SchemaTooComplexError:
            continue
        total += 1
        exact += node.exact
        for seed in range(seeds):
            try:
                text = node.emit(Draw(seed, 7 if seed % 2 else None))
            except (GenerationMissError, SchemaTooComplexError):
                continue
            value = json.loads(text)  # always well-formed JSON, exact or not
            if node.exact and not validator.is_valid(value):
                errors = [e.message for e in validator.iter_errors(value)][:3]
                failures.append(f"{where} seed {seed}: {errors} in {text[:300]}")
                break
    assert not failures, "\n".join(failures[:10])
    return exact, total


@pytest.mark.parametrize("path", OWN, ids=[p.stem for p in OWN])
def test_exact_nodes_of_own_specs_only_write_valid_values(path: Path) -> None:
    exact, total = _prove(path, seeds=60)
    # Most of our own schemas are plain objects, enums, bounds and formats: exact by design.
    assert total and exact / total > 0.8, (exact, total)


@pytest.mark.slow
@pytest.mark.parametrize("path", PUBLIC, ids=[p.name for p in PUBLIC])
def test_exact_nodes_of_public_specs_only_write_valid_values(path: Path) -> None:
    _prove(path, seeds=2 if path.stat().st_size > 1_000_000 else 8)


@pytest.fixture(scope="module")
def bench_runtime() -> MockRuntime:
    return MockRuntime.from_paths([ROOT / "bench" / "mock_spec.yaml"], MockSettings())


def _list_node(runtime: MockRuntime) -> Any:
    api = runtime.apis[0]
    operation = next(o for o in api.operations if o.method == "GET" and o.path == "/pets")
    media = operation.responses["200"].content["application/json"]
    emitters = EmitterCompiler(
        lambda s: api.compiler.resolve(s, "response"),
        api.plans["response"],
        checks=lambda s: api.compiler.compile(s).is_valid,
    )
    return emitters.node(media.schema), media.validator


def test_benchmark_list_is_exact_and_valid_for_every_seed(bench_runtime: MockRuntime) -> None:
    node, validator = _list_node(bench_runtime)
    assert node.exact  # served without a per-request check: it must never need one
    for seed in range(300):
        value = json.loads(node.emit(Draw(seed, 20)))
        assert len(value) == 20
        assert validator.is_valid(value), value


def test_same_seed_same_text_and_seeds_differ(bench_runtime: MockRuntime) -> None:
    node, _ = _list_node(bench_runtime)
    assert node.emit(Draw(7)) == node.emit(Draw(7))
    assert len({node.emit(Draw(seed)) for seed in range(20)}) == 20


def test_values_follow_the_names_and_formats(bench_runtime: MockRuntime) -> None:
    node, _ = _list_node(bench_runtime)
    pets = [pet for seed in range(10) for pet in json.loads(node.emit(Draw(seed)))]
    owners = [pet["owner"] for pet in pets if "owner" in pet]
    assert all(len(pet["name"].split()) == 2 for pet in pets)  # "Ada Lovelace", not "alpha-3"
    assert all(18 <= pet["age"] <= 40 for pet in pets)  # the name's range within the bounds
    assert all(o["email"].endswith("@example.com") for o in owners if "email" in o)
    # ``country`` has ``pattern: ^[A-Z]{2}$``: real country codes match it and are preferred.
    assert {o["address"]["country"] for o in owners} <= {"US", "GB", "DE", "FR", "JP"} | {
        "BR",
        "KE",
        "NL",
        "PT",
        "CA",
    }
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", p["birthDate"]) for p in pets if "birthDate" in p)


def test_optional_properties_vary_and_required_ones_never_miss(
    bench_runtime: MockRuntime,
) -> None:
    node, _ = _list_node(bench_runtime)
    pets = [pet for seed in range(5) for pet in json.loads(node.emit(Draw(seed)))]
    assert all({"id", "name", "species", "status", "age"} <= pet.keys() for pet in pets)
    present = [sum("weight" in pet for pet in pets), sum("owner" in pet for pet in pets)]
    assert all(0.5 * len(pets) < n < len(pets) for n in present), present


def _compile(schema: dict[str, Any]) -> Any:
    compiler = SchemaCompiler({"openapi": "3.0.3", "paths": {}}, is_31=False)
    converted = compiler.convert(schema, "response")
    emitters = EmitterCompiler(
        lambda s: compiler.resolve(s, "response"),
        {},
        checks=lambda s: compiler.compile(s).is_valid,
    )
    return emitters.node(converted), compiler.compile(converted)


@pytest.mark.parametrize(
    "optional",
    [
        {"type": "string", "enum": ["a", "b", "c"]},  # a few texts: folded into one draw
        {"type": "string", "format": "date"},  # a large pool: its own presence draw
        {"type": "object", "properties": {"x": {"type": "boolean"}}},  # an object first
    ],
    ids=["folded", "pooled", "object"],
)
def test_optional_properties_appear_three_times_in_four(optional: dict[str, Any]) -> None:
    node, validator = _compile(
        {
            "type": "object",
            "required": ["id"],
            "properties": {"first": optional, "id": {"type": "integer"}, "last": optional},
        }
    )
    values = [json.loads(node.emit(Draw(seed))) for seed in range(2000)]
    assert all(validator.is_valid(value) for value in values)
    for key in ("first", "last"):
        share = sum(key in value for value in values) / len(values)
        assert 0.71 < share < 0.79, (key, share)


@pytest.mark.parametrize(
    ("bounds", "counts"),
    [
        ({}, {1, 2, 3}),
        ({"maxItems": 2}, {1, 2}),
        ({"minItems": 2, "maxItems": 2}, {2}),
        ({"maxItems": 0}, {0}),
        ({"minItems": 5}, {5}),
    ],
)
def test_nested_arrays_take_every_allowed_length(bounds: dict[str, Any], counts: set[int]) -> None:
    array = {"type": "array", "items": {"type": "integer", "minimum": 0, "maximum": 9}, **bounds}
    node, validator = _compile({"type": "object", "required": ["a"], "properties": {"a": array}})
    values = [json.loads(node.emit(Draw(seed))) for seed in range(300)]
    assert all(validator.is_valid(value) for value in values)
    assert {len(value["a"]) for value in values} == counts


def test_property_names_are_data_not_code() -> None:
    name = "a\"b\\n')+__import__('os')#\u00e9"
    node, validator = _compile(
        {"type": "object", "required": [name], "properties": {name: {"type": "string"}}}
    )
    value = json.loads(node.emit(Draw(1)))
    assert list(value) == [name] and validator.is_valid(value)


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "string", "format": "uuid"},
        {"type": "string", "format": "date-time", "nullable": True},
        {"type": "integer", "minimum": 5, "maximum": 5},
        {"type": "integer", "multipleOf": 7, "minimum": 50, "maximum": 60},
        {"type": "number", "multipleOf": 0.05, "minimum": 0, "exclusiveMinimum": True},
        {"type": "string", "minLength": 16, "pattern": "^[\\x21-\\x7E]+$"},
        {"type": "number", "minimum": 0, "exclusiveMinimum": True, "maximum": 0.02},
        {"type": "string", "minLength": 30, "maxLength": 31},
        {"type": "string", "pattern": r"^[A-Z]{2}-\d{3}$"},
        {"type": "array", "items": {"type": "integer", "minimum": 0, "maximum": 3}},
        {"type": "array", "uniqueItems": True, "minItems": 3, "items": {"enum": ["a", "b", "c"]}},
        {"oneOf": [{"type": "integer"}, {"type": "string", "minLength": 2}]},
        {"type": "object", "properties": {"website": {"type": "string"}}},
    ],
)
def test_exact_scalar_and_container_nodes(schema: dict[str, Any]) -> None:
    node, validator = _compile(schema)
    assert node.exact
    for seed in range(200):
        value = json.loads(node.emit(Draw(seed)))
        assert validator.is_valid(value), (seed, value)


@pytest.mark.parametrize(
    "schema",
    [
        {"oneOf": [{"type": "integer"}, {"type": "number"}]},  # 3 matches both branches
        {"type": "string", "not": {"enum": ["x"]}},
        {"type": "number", "multipleOf": 0.001},  # finer than cents
        {"allOf": [{"type": "string", "maxLength": 3}, {"maxLength": 2}]},
    ],
)
def test_nodes_that_cannot_be_proven_are_not_exact(schema: dict[str, Any]) -> None:
    node, _ = _compile(schema)
    assert not node.exact  # the responder parses and validates these bodies


def test_ids_named_id_are_uuids() -> None:
    node, _ = _compile({"type": "object", "required": ["id"], "properties": {"id": {}}})
    node, _ = _compile(
        {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}
    )
    assert all(_UUID.match(json.loads(node.emit(Draw(s)))["id"]) for s in range(50))


def test_unseeded_dynamic_bodies_are_fresh_per_request(client_for) -> None:
    client = client_for(ROOT / "bench" / "mock_spec.yaml")
    headers = {"Prefer": "dynamic=true"}
    bodies = {client.get("/pets?limit=20", headers=headers).content for _ in range(5)}
    assert len(bodies) == 5


def test_seeded_dynamic_bodies_repeat_per_request_line(client_for) -> None:
    client = client_for(ROOT / "bench" / "mock_spec.yaml")
    first = client.get("/pets?limit=20", headers={"Prefer": "dynamic=true, seed=9"})
    again = client.get("/pets?limit=20", headers={"Prefer": "dynamic=true, seed=9"})
    other = client.get("/pets?limit=20", headers={"Prefer": "dynamic=true, seed=10"})
    assert first.content == again.content != other.content


def test_bodies_of_unproven_schemas_are_checked_before_sending(client_for, write_spec) -> None:
    number = {"oneOf": [{"type": "integer"}, {"type": "number", "multipleOf": 0.001}]}
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/n": {
                "get": {
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": number}},
                        }
                    }
                }
            }
        },
    }
    client = client_for(write_spec(spec))
    validator = jsonschema_rs.Draft4Validator(number)
    valid = 0
    for _ in range(30):
        response = client.get("/n", headers={"Prefer": "dynamic=true"})
        assert response.status_code == 200
        # 5 matches both branches: such a draw is caught and redrawn, or at worst flagged.
        if validator.is_valid(response.json()):
            valid += 1
        else:
            assert "x-mock-violations" in response.headers, response.text
    assert valid >= 25
