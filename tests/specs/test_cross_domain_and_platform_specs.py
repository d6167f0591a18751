"""The cs-cross-domain and platform-integrations specs are valid and their examples hold."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from jsonschema import FormatChecker
from openapi_schema_validator import OAS30ReadValidator, OAS30Validator, OAS30WriteValidator
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from contracts import pointer as jp
from contracts.workspace import bundle

SPECS = Path(__file__).resolve().parents[2] / "specs"
NAMES = ["cs-cross-domain.yaml", "platform-integrations.yaml"]
METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
#: Request fields of seed 004 that carry secrets and must never be returned.
CREDENTIALS = {"apiKey", "trackingKey", "clientSecret", "accessToken", "refreshToken"}
ROOT = "urn:apikit:spec"


@pytest.fixture(scope="module", params=NAMES)
def spec(request: pytest.FixtureRequest) -> dict[str, Any]:
    """The bundled document."""
    return bundle(SPECS / request.param)


@pytest.fixture(scope="module")
def platform() -> dict[str, Any]:
    """The bundled platform-integrations document."""
    return bundle(SPECS / "platform-integrations.yaml")


def operations(doc: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) for every operation."""
    for path, item in doc["paths"].items():
        for method, operation in item.items():
            if method in METHODS:
                yield path, method, operation


def follow(doc: dict[str, Any], node: Any) -> Any:
    """``node`` with local references followed."""
    while isinstance(node, dict) and "$ref" in node:
        node = jp.resolve(doc, node["$ref"][1:])
    return node


def examples(doc: dict[str, Any]) -> Iterator[tuple[str, str, Any, type[OAS30Validator]]]:
    """(where, schema pointer, example, validator class) for every example in ``doc``."""

    def in_schema(at: str, schema: Any, kind: type[OAS30Validator]) -> Iterator[Any]:
        if not isinstance(schema, dict) or "$ref" in schema:
            return
        if "example" in schema:
            yield at, at, schema["example"], kind
        for name, sub in schema.get("properties", {}).items():
            yield from in_schema(jp.join(at, "properties", name), sub, kind)
        for key in ("items", "additionalProperties"):
            yield from in_schema(jp.join(at, key), schema.get(key), kind)
        for key in ("allOf", "oneOf", "anyOf"):
            for index, sub in enumerate(schema.get(key, [])):
                yield from in_schema(jp.join(at, key, index), sub, kind)

    def in_content(at: str, content: dict[str, Any], kind: type[OAS30Validator]) -> Iterator[Any]:
        for media, body in content.items():
            where = jp.join(at, media)
            schema_at = jp.join(where, "schema")
            yield from in_schema(schema_at, body.get("schema"), kind)
            if "example" in body:
                yield where, schema_at, body["example"], kind
            for name, example in body.get("examples", {}).items():
                yield (
                    jp.join(where, "examples", name),
                    schema_at,
                    follow(doc, example)["value"],
                    kind,
                )

    for name in doc["components"].get("schemas", {}):
        at = jp.join("/components/schemas", name)
        yield from in_schema(at, doc["components"]["schemas"][name], OAS30Validator)
    for name, parameter in doc["components"].get("parameters", {}).items():
        at = jp.join("/components/parameters", name)
        yield from in_schema(jp.join(at, "schema"), parameter["schema"], OAS30WriteValidator)
        if "example" in parameter:
            yield at, jp.join(at, "schema"), parameter["example"], OAS30WriteValidator
    for name, header in doc["components"].get("headers", {}).items():
        at = jp.join("/components/headers", name, "schema")
        yield from in_schema(at, header["schema"], OAS30ReadValidator)
    for name, response in doc["components"].get("responses", {}).items():
        at = jp.join("/components/responses", name, "content")
        yield from in_content(at, response["content"], OAS30ReadValidator)
    for path, method, operation in operations(doc):
        at = jp.join("/paths", path, method)
        body = operation.get("requestBody")
        if body and "$ref" not in body:
            yield from in_content(
                jp.join(at, "requestBody", "content"), body["content"], OAS30WriteValidator
            )
        for code, response in operation["responses"].items():
            if "content" in response:
                where = jp.join(at, "responses", code, "content")
                yield from in_content(where, response["content"], OAS30ReadValidator)


def test_document_is_valid_openapi(spec: dict[str, Any]) -> None:
    validate(spec)


def test_every_example_matches_its_schema(spec: dict[str, Any]) -> None:
    registry: Registry[Any] = Registry().with_resource(
        ROOT, Resource.from_contents(spec, default_specification=DRAFT4)
    )
    failures = []
    found = list(examples(spec))
    for where, schema_at, value, kind in found:
        validator = kind(
            {"$ref": f"{ROOT}#{quote(schema_at)}"},
            registry=registry,
            format_checker=FormatChecker(),
        )
        failures += [f"{where}: {error.message}" for error in validator.iter_errors(value)]
    assert len(found) > 50
    assert failures == []


def test_every_operation_is_tagged_secured_and_uniquely_named(spec: dict[str, Any]) -> None:
    scopes = spec["components"]["securitySchemes"]["oauth2"]["flows"]["clientCredentials"]["scopes"]
    ids = [operation["operationId"] for _, _, operation in operations(spec)]
    assert len(ids) == len(set(ids))
    for path, method, operation in operations(spec):
        assert operation["tags"] and operation["summary"] and operation["description"], (
            path,
            method,
        )
        requirements = operation["security"]
        assert requirements, (path, method)
        assert all(set(r["oauth2"]) <= set(scopes) and r["oauth2"] for r in requirements)


def test_every_link_names_an_operation_and_all_its_path_parameters(spec: dict[str, Any]) -> None:
    targets = {operation["operationId"]: path for path, _, operation in operations(spec)}
    for path, method, operation in operations(spec):
        for code, response in operation["responses"].items():
            for name, link in follow(spec, response).get("links", {}).items():
                link = follow(spec, link)
                target = targets[link["operationId"]]
                wanted = {part[1:-1] for part in target.split("/") if part.startswith("{")}
                assert set(link["parameters"]) == wanted, (path, method, code, name)


def test_creates_link_to_what_they_created(spec: dict[str, Any]) -> None:
    for path, method, operation in operations(spec):
        for code in ("201", "202"):
            if code in operation["responses"]:
                assert follow(spec, operation["responses"][code]).get("links"), (path, method, code)


def test_no_response_schema_can_carry_a_credential(platform: dict[str, Any]) -> None:
    seen: set[str] = set()

    def names(node: Any) -> Iterator[str]:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                if ref not in seen:
                    seen.add(ref)
                    yield from names(follow(platform, node))
                return
            yield from node.get("properties", {})
            for value in node.values():
                yield from names(value)
        elif isinstance(node, list):
            for value in node:
                yield from names(value)

    for _, _, operation in operations(platform):
        for response in operation["responses"].values():
            assert CREDENTIALS.isdisjoint(names(follow(platform, response).get("content", {})))


def test_every_credential_in_a_request_is_write_only(platform: dict[str, Any]) -> None:
    found = 0
    for name, schema in platform["components"]["schemas"].items():
        for field, sub in schema.get("properties", {}).items():
            if field in CREDENTIALS:
                found += 1
                resolved = follow(platform, sub.get("allOf", [sub])[0])
                assert resolved.get("writeOnly") is True, (name, field)
    assert found == 9


def test_error_codes_are_the_seed_five_plus_validation_error(platform: dict[str, Any]) -> None:
    codes = platform["components"]["schemas"]["ErrorCode"]["enum"]
    assert set(codes) == {
        "INVALID_CREDENTIALS",
        "CONNECTION_FAILED",
        "RATE_LIMIT_EXCEEDED",
        "INTEGRATION_NOT_FOUND",
        "PERMISSION_DENIED",
        "VALIDATION_ERROR",
    }


def test_operations_with_a_body_declare_413_and_415(spec: dict[str, Any]) -> None:
    for path, method, operation in operations(spec):
        declared = {"413", "415"} <= set(operation["responses"])
        assert declared == ("requestBody" in operation), (path, method)
