"""The cs-integration spec follows the seeds 000 + 001 and the conventions shared by the specs."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jsonschema import FormatChecker
from openapi_schema_validator import OAS30Validator
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from contracts.workspace import bundle

SPEC = Path(__file__).resolve().parents[2] / "specs" / "cs-integration.yaml"
SEED = json.loads((Path(__file__).with_name("cs_integration_seed.json")).read_text())["bodies"]
METHODS = ("get", "put", "post", "delete", "patch")
DOMAINS = ("cs-integration", "cs-marketing", "cs-sales", "cs-product", "cs-finance", "cs-ops")
PUBLIC = {"system.get_health"}


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    """The document bundled into one tree with local references only."""
    return bundle(SPEC)


@pytest.fixture(scope="module")
def registry(spec: dict[str, Any]) -> Registry[Any]:
    """Resolves ``urn:spec#<pointer>`` to a schema in the bundled document."""
    resource: Resource[Any] = Resource.from_contents(spec, default_specification=DRAFT4)
    empty: Registry[Any] = Registry()
    loaded: Registry[Any] = empty.with_resource("urn:spec", resource)
    return loaded


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Every (path, method, operation) of the document."""
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                yield path, method, item[method]


def operation_by_id(spec: dict[str, Any], operation_id: str) -> tuple[str, dict[str, Any]]:
    """The path and the operation with this operationId."""
    for path, _, operation in operations(spec):
        if operation["operationId"] == operation_id:
            return path, operation
    raise LookupError(operation_id)


def pointer_tokens(ref: str) -> list[str]:
    """The tokens of a local reference's JSON pointer."""
    assert ref.startswith("#/"), ref
    return [t.replace("~1", "/").replace("~0", "~") for t in ref[2:].split("/")]


def resolve(spec: dict[str, Any], value: Any) -> Any:
    """Follow references and references wrapped in a one-item ``allOf``."""
    while isinstance(value, dict):
        if "$ref" in value:
            value = deref_once(spec, value)
        elif len(value.get("allOf", [])) == 1:
            value = value["allOf"][0]
        else:
            break
    return value


def deref_once(spec: dict[str, Any], value: dict[str, Any]) -> Any:
    """One hop of a local reference."""
    target: Any = spec
    for token in pointer_tokens(str(value["$ref"])):
        target = target[token]
    return target


def parameters_of(spec: dict[str, Any], path: str, operation: dict[str, Any]) -> list[Any]:
    """Path-level and operation-level parameters, dereferenced."""
    found = spec["paths"][path].get("parameters", []) + operation.get("parameters", [])
    return [resolve(spec, p) for p in found]


def examples(node: Any, pointer: str = "") -> Iterator[tuple[str, str, Any]]:
    """(pointer of the schema, where, example) for every example in the tree."""
    if isinstance(node, dict):
        if isinstance(node.get("schema"), dict) and "example" in node:
            yield f"{pointer}/schema", pointer, node["example"]
        is_schema = any(k in node for k in ("type", "allOf", "enum", "properties"))
        if is_schema and "example" in node and "schema" not in node:
            yield pointer, pointer, node["example"]
        for key, value in node.items():
            if key != "example":
                escaped = str(key).replace("~", "~0").replace("/", "~1")
                yield from examples(value, f"{pointer}/{escaped}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from examples(value, f"{pointer}/{index}")


def schema_errors(registry: Registry[Any], pointer: str, instance: Any) -> list[str]:
    """Messages of every violation of the schema at ``pointer`` by ``instance``."""
    validator = OAS30Validator(
        {"$ref": f"urn:spec#{pointer}"}, registry=registry, format_checker=FormatChecker()
    )
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(instance)]


def open_objects(spec: dict[str, Any], schema: Any, where: str) -> Iterator[str]:
    """Where an object schema reachable from ``schema`` allows unknown properties."""
    schema = resolve(spec, schema)
    if not isinstance(schema, dict):
        return
    if schema.get("type") == "object" or "properties" in schema:
        if schema.get("additionalProperties") is not False:
            yield where
        for name, sub in schema.get("properties", {}).items():
            yield from open_objects(spec, sub, f"{where}.{name}")
    if "items" in schema:
        yield from open_objects(spec, schema["items"], f"{where}[]")


def unbounded_strings(spec: dict[str, Any], schema: Any, where: str) -> Iterator[str]:
    """Where a free-form string reachable from ``schema`` has no ``maxLength``."""
    schema = resolve(spec, schema)
    if not isinstance(schema, dict):
        return
    bounded = "enum" in schema or schema.get("format") in ("date", "date-time")
    if schema.get("type") == "string" and not bounded and "maxLength" not in schema:
        yield where
    for name, sub in schema.get("properties", {}).items():
        yield from unbounded_strings(spec, sub, f"{where}.{name}")
    if "items" in schema:
        yield from unbounded_strings(spec, schema["items"], f"{where}[]")


def seed_body_schema(spec: dict[str, Any], entry: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The pointer and media type object of the seed body's request or response."""
    path, operation = operation_by_id(spec, entry["operation"])
    method = next(m for p, m, o in operations(spec) if o is operation)
    escaped = path.replace("~", "~0").replace("/", "~1")
    if entry["part"] == "request":
        media = operation["requestBody"]["content"]["application/json"]
        return f"/paths/{escaped}/{method}/requestBody/content/application~1json", media
    media = resolve(spec, operation["responses"][entry["status"]])["content"]["application/json"]
    pointer = f"/paths/{escaped}/{method}/responses/{entry['status']}/content/application~1json"
    return pointer, media


def field_mismatches(spec: dict[str, Any], schema: Any, body: Any, where: str) -> Iterator[str]:
    """Where the schema's property names differ from the seed body's keys."""
    schema = resolve(spec, schema)
    if isinstance(body, dict):
        declared = set(schema.get("properties", {}))
        if declared != set(body):
            yield f"{where}: schema {sorted(declared)} != seed {sorted(body)}"
        for key in set(body) & declared:
            sub = schema["properties"][key]
            yield from field_mismatches(spec, sub, body[key], f"{where}.{key}")
    elif isinstance(body, list) and body:
        yield from field_mismatches(spec, schema["items"], body[0], f"{where}[]")


def test_document_is_valid_openapi_3_0() -> None:
    data, base_uri = read_from_filename(str(SPEC))
    validate(data, base_uri=base_uri)
    assert data["openapi"] == "3.0.3"
    assert data["servers"] == [{"url": "/api/v1", "description": data["servers"][0]["description"]}]


def test_every_example_matches_its_schema(spec: dict[str, Any], registry: Registry[Any]) -> None:
    failures = [
        f"{where} {message}"
        for pointer, where, example in examples(spec)
        for message in schema_errors(registry, pointer, example)
    ]
    assert sum(1 for _ in examples(spec)) > 200
    assert failures == []


@pytest.mark.parametrize("entry", SEED, ids=[f"{e['operation']}-{e['part']}" for e in SEED])
def test_seed_body_is_the_example_and_has_exactly_the_seed_fields(
    spec: dict[str, Any], registry: Registry[Any], entry: dict[str, Any]
) -> None:
    pointer, media = seed_body_schema(spec, entry)
    assert schema_errors(registry, f"{pointer}/schema", entry["body"]) == []
    assert list(field_mismatches(spec, media["schema"], entry["body"], "body")) == []
    assert media["example"] == entry["body"]


def test_paths_start_with_a_cs_domain(spec: dict[str, Any]) -> None:
    assert [p for p in spec["paths"] if p.split("/")[1] not in DOMAINS] == []


def test_operation_ids_name_a_module_and_function_once(spec: dict[str, Any]) -> None:
    ids = [operation["operationId"] for _, _, operation in operations(spec)]
    assert len(ids) == len(set(ids)) >= 30
    assert [i for i in ids if not re.fullmatch(r"[a-z][a-z_]*\.[a-z][a-z_]*", i)] == []


def test_every_operation_has_tags_summary_and_description(spec: dict[str, Any]) -> None:
    tags = {tag["name"] for tag in spec["tags"]}
    for path, method, operation in operations(spec):
        assert operation["summary"] and operation["description"], (path, method)
        assert operation["tags"] and set(operation["tags"]) <= tags, (path, method)


def test_every_operation_requires_the_scope_of_its_domain(spec: dict[str, Any]) -> None:
    scopes = spec["components"]["securitySchemes"]["oauth2"]["flows"]["clientCredentials"]
    assert set(scopes["scopes"]) == {f"{d}.{a}" for d in DOMAINS for a in ("read", "write")}
    for path, method, operation in operations(spec):
        if operation["operationId"] in PUBLIC:
            assert operation["security"] == []
            continue
        access = "read" if method == "get" else "write"
        expected = [{"oauth2": [f"{path.split('/')[1]}.{access}"]}]
        assert operation["security"] == expected, (path, method)


def test_every_operation_accepts_a_request_id(spec: dict[str, Any]) -> None:
    for path, method, operation in operations(spec):
        names = {(p["in"], p["name"]) for p in parameters_of(spec, path, operation)}
        assert ("header", "X-Request-ID") in names, (path, method)


def test_path_parameters_have_a_pattern_and_an_example(spec: dict[str, Any]) -> None:
    for path, _, operation in operations(spec):
        declared = {p["name"]: p for p in parameters_of(spec, path, operation) if p["in"] == "path"}
        assert set(declared) == set(re.findall(r"{(\w+)}", path)), path
        for parameter in declared.values():
            schema = resolve(spec, parameter["schema"])
            assert schema["pattern"] and schema["maxLength"] and parameter["example"], path


def test_errors_are_problem_details_with_examples(spec: dict[str, Any]) -> None:
    for path, method, operation in operations(spec):
        statuses = set(operation["responses"])
        expected = {"400", "429"}
        if operation["operationId"] not in PUBLIC:
            expected |= {"401", "403"}
        if "{" in path:
            expected.add("404")
        if "requestBody" in operation:
            expected |= {"413", "415"}
        assert expected <= statuses, (path, method, expected - statuses)
        for status in statuses - {"304", "503"}:
            if status.startswith("4"):
                response = resolve(spec, operation["responses"][status])
                media = response["content"]["application/problem+json"]
                assert media["schema"] == {"$ref": "#/components/schemas/Problem"}
                assert media["example"]["status"] == int(status), (path, method, status)
        assert "Retry-After" in resolve(spec, operation["responses"]["429"])["headers"]


def test_every_response_carries_the_request_id_and_rate_limit_headers(
    spec: dict[str, Any],
) -> None:
    wanted = {"X-Request-ID", "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"}
    for path, method, operation in operations(spec):
        for status, response in operation["responses"].items():
            headers = set(resolve(spec, response).get("headers", {}))
            assert wanted <= headers, (path, method, status)


def test_success_bodies_have_examples_and_closed_schemas(spec: dict[str, Any]) -> None:
    for path, method, operation in operations(spec):
        for status, response in operation["responses"].items():
            media = resolve(spec, response).get("content", {}).get("application/json")
            if media is None or status.startswith("4"):
                continue
            assert "example" in media, (path, method, status)
            assert list(open_objects(spec, media["schema"], f"{method} {path} {status}")) == []


def test_request_bodies_are_required_closed_and_bounded(spec: dict[str, Any]) -> None:
    for path, method, operation in operations(spec):
        if "requestBody" not in operation:
            assert method in ("get", "delete"), (path, method)
            continue
        body = operation["requestBody"]
        assert body["required"] is True
        media = body["content"]["application/json"]
        assert "example" in media, (path, method)
        assert list(open_objects(spec, media["schema"], f"{method} {path}")) == []
        assert list(unbounded_strings(spec, media["schema"], f"{method} {path}")) == []


def test_creates_answer_location_and_link_to_their_reads(spec: dict[str, Any]) -> None:
    for path, method, operation in operations(spec):
        created = operation["responses"].get("201")
        if created is None:
            continue
        assert "Location" in created["headers"], (path, method)
        links = created["links"]
        assert any(link["operationId"].split(".")[1].startswith("get_") for link in links.values())
        for name, link in links.items():
            target_path, target = operation_by_id(spec, link["operationId"])
            accepted = {p["name"] for p in parameters_of(spec, target_path, target)}
            assert set(link["parameters"]) <= accepted, (path, name)
            for expression in link["parameters"].values():
                field = expression.removeprefix("$response.body#/")
                schema = resolve(spec, created["content"]["application/json"]["schema"])
                assert field in schema["required"], (path, name, field)
