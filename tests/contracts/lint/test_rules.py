"""Each rule fires on a spec broken in its way and stays silent on the clean spec."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from contracts.lint import Severity, rules
from tests.contracts.lint.conftest import Lint

Spec = dict[str, Any]


def post(spec: Spec) -> Any:
    return spec["paths"]["/things"]["post"]


def get(spec: Spec) -> Any:
    return spec["paths"]["/things/{thingId}"]["get"]


def thing(spec: Spec) -> Any:
    return spec["components"]["schemas"]["Thing"]


def set_in(target: Spec, key: str, value: Any) -> None:
    target[key] = value


BREAKERS: dict[str, tuple[str, Callable[[Spec], None]]] = {
    "info-without-version": ("oas3-schema", lambda s: s["info"].pop("version")),
    "response-ref-to-nothing": (
        "no-unresolved-refs",
        lambda s: set_in(get(s)["responses"], "404", {"$ref": "#/components/responses/Gone"}),
    ),
    "description-beside-ref": (
        "no-$ref-siblings",
        lambda s: get(s)["responses"]["404"].update(description="ignored"),
    ),
    "operationId-reused": (
        "operation-operationId-unique",
        lambda s: set_in(get(s), "operationId", "things.create_thing"),
    ),
    "operationId-missing": ("operation-operationId", lambda s: get(s).pop("operationId")),
    "operationId-camel-case": (
        "operation-operationId-handler",
        lambda s: set_in(get(s), "operationId", "getThing"),
    ),
    "no-4xx-response": ("operation-4xx-response", lambda s: get(s)["responses"].pop("404")),
    "no-success-response": (
        "operation-success-response",
        lambda s: get(s)["responses"].pop("200"),
    ),
    "no-security-anywhere": ("security-defined", lambda s: s.pop("security")),
    "security-names-undeclared-scheme": (
        "security-defined",
        lambda s: set_in(get(s), "security", [{"apiKey": []}]),
    ),
    "scope-not-declared": (
        "security-defined",
        lambda s: set_in(get(s), "security", [{"oauth": ["things.delete"]}]),
    ),
    "scopes-on-a-bearer-scheme": (
        "security-defined",
        lambda s: set_in(get(s), "security", [{"bearer": ["things.read"]}]),
    ),
    "no-tags": ("operation-tags", lambda s: get(s).pop("tags")),
    "tag-not-declared": ("operation-tag-defined", lambda s: set_in(get(s), "tags", ["misc"])),
    "no-summary": ("operation-summary", lambda s: get(s).pop("summary")),
    "no-description": ("operation-description", lambda s: get(s).pop("description")),
    "parameter-twice": (
        "operation-parameters",
        lambda s: get(s)["parameters"].append({"name": "verbose", "in": "query"}),
    ),
    "template-variable-undeclared": (
        "path-params",
        lambda s: s["paths"]["/things/{thingId}"].pop("parameters"),
    ),
    "path-parameter-not-in-template": (
        "path-params",
        lambda s: s["paths"].update({"/things/{id}": s["paths"].pop("/things/{thingId}")}),
    ),
    "path-parameter-optional": (
        "path-params",
        lambda s: set_in(s["paths"]["/things/{thingId}"]["parameters"][0], "required", False),
    ),
    "trailing-slash": (
        "path-keys-no-trailing-slash",
        lambda s: s["paths"].update({"/things/": s["paths"].pop("/things")}),
    ),
    "query-in-path": (
        "path-not-include-query",
        lambda s: s["paths"].update({"/things?all=1": s["paths"].pop("/things")}),
    ),
    "empty-template": (
        "path-declarations-must-exist",
        lambda s: s["paths"].update({"/things/{}": s["paths"].pop("/things")}),
    ),
    "schema-example-wrong-type": (
        "oas3-valid-schema-example",
        lambda s: set_in(thing(s)["properties"]["id"], "example", "one"),
    ),
    "schema-default-too-long": (
        "oas3-valid-schema-example",
        lambda s: set_in(thing(s)["properties"]["name"], "default", "x" * 51),
    ),
    "media-example-missing-required": (
        "oas3-valid-media-example",
        lambda s: set_in(post(s)["requestBody"]["content"]["application/json"], "example", {}),
    ),
    "named-example-wrong-type": (
        "oas3-valid-media-example",
        lambda s: set_in(
            get(s)["responses"]["200"]["content"]["application/json"]["examples"]["lamp"],
            "value",
            {"name": 5},
        ),
    ),
    "parameter-example-below-minimum": (
        "oas3-valid-media-example",
        lambda s: set_in(s["paths"]["/things/{thingId}"]["parameters"][0], "example", 0),
    ),
    "header-example-wrong-type": (
        "oas3-valid-media-example",
        lambda s: set_in(post(s)["responses"]["201"]["headers"]["Location"], "example", 1),
    ),
    "example-value-and-externalValue": (
        "oas3-examples-value-or-externalValue",
        lambda s: get(s)["responses"]["200"]["content"]["application/json"]["examples"][
            "lamp"
        ].update(externalValue="https://example.org/lamp.json"),
    ),
    "no-servers": ("oas3-api-servers", lambda s: s.pop("servers")),
    "server-url-trailing-slash": (
        "oas3-server-trailing-slash",
        lambda s: set_in(s["servers"][0], "url", "https://api.example.org/v1/"),
    ),
    "no-contact": ("info-contact", lambda s: s["info"].pop("contact")),
    "no-license": ("info-license", lambda s: s["info"].pop("license")),
    "paths-differ-only-in-variable-names": (
        "no-identical-paths",
        lambda s: s["paths"].update(
            {"/things/{id}": {"parameters": s["paths"]["/things/{thingId}"]["parameters"]}}
        ),
    ),
    "response-body-without-example": (
        "oas3-missing-example",
        lambda s: s["components"]["responses"]["Problem"]["content"][
            "application/problem+json"
        ].pop("example"),
    ),
    "no-info-description": ("info-description", lambda s: s["info"].pop("description")),
    "tag-declared-twice": (
        "openapi-tags-uniqueness",
        lambda s: s["tags"].append({"name": "things", "description": "Again."}),
    ),
    "created-without-location": (
        "operation-201-location",
        lambda s: s["paths"]["/things/{thingId}"].update(
            put={
                **get(s),
                "operationId": "things.put_thing",
                "responses": {
                    "201": {"description": "Created."},
                    "404": get(s)["responses"]["404"],
                },
            }
        ),
    ),
    "write-only-in-response-example": (
        "response-writeOnly-property",
        lambda s: set_in(
            post(s)["responses"]["201"]["content"]["application/json"],
            "example",
            {"id": 1, "name": "lamp", "secret": "s3cret"},
        ),
    ),
    "component-never-referenced": (
        "oas3-unused-component",
        lambda s: s["components"]["schemas"].update(Orphan={"type": "string"}),
    ),
    "array-without-items": (
        "array-items",
        lambda s: thing(s)["properties"].update(tags={"type": "array"}),
    ),
    "enum-value-twice": (
        "duplicated-entry-in-enum",
        lambda s: set_in(thing(s)["properties"]["name"], "enum", ["lamp", "desk", "lamp"]),
    ),
    "enum-value-of-another-type": (
        "typed-enum",
        lambda s: set_in(thing(s)["properties"]["id"], "enum", [1, "2"]),
    ),
    "link-to-unknown-operation": (
        "link-operation-defined",
        lambda s: set_in(
            post(s)["responses"]["201"],
            "links",
            {
                "get": {
                    "operationId": "things.fetch_thing",
                    "parameters": {"thingId": "$response.body#/id"},
                }
            },
        ),
    ),
    "link-with-bad-expression": (
        "oas3-links-parameters-expression",
        lambda s: set_in(
            post(s)["responses"]["201"],
            "links",
            {"get": {"operationId": "things.get_thing", "parameters": {"thingId": "$response.id"}}},
        ),
    ),
}


@pytest.mark.parametrize(("rule_id", "breaker"), BREAKERS.values(), ids=list(BREAKERS))
def test_rule_catches_broken_spec_and_not_clean_one(
    spec: Spec, lint: Lint, rule_id: str, breaker: Callable[[Spec], None]
) -> None:
    assert rule_id not in {finding.rule for finding in lint(spec)}
    breaker(spec)
    assert rule_id in {finding.rule for finding in lint(spec)}


def test_clean_spec_has_no_findings(spec: Spec, lint: Lint) -> None:
    assert lint(spec) == []


def test_valid_links_are_silent(spec: Spec, lint: Lint) -> None:
    post(spec)["responses"]["201"]["links"] = {
        "get": {
            "operationId": "things.get_thing",
            "parameters": {"thingId": "$response.body#/id", "verbose": "{$request.query.v}"},
        }
    }
    assert lint(spec) == []


def test_every_rule_is_tested() -> None:
    tested = {rule_id for rule_id, _ in BREAKERS.values()} | {"unsupported-version"}
    assert {rule.id for rule in rules()} == tested


def test_empty_security_list_counts_as_security(spec: Spec, lint: Lint) -> None:
    spec.pop("security")
    post(spec)["security"] = []
    get(spec)["security"] = [{"bearer": []}]
    assert "security-defined" not in {finding.rule for finding in lint(spec)}


def test_swagger_2_gets_one_finding(write: Callable[[str, str], Any]) -> None:
    from contracts.lint import lint_paths

    path = write("old.yaml", "swagger: '2.0'\ninfo: {title: Old, version: '1'}\npaths: {}\n")
    findings = lint_paths([path]).findings
    assert [(f.rule, f.severity, f.location.line) for f in findings] == [
        ("unsupported-version", Severity.ERROR, 1)
    ]
    assert "Swagger 2.0" in findings[0].message


def test_openapi_3_1_is_linted_with_3_1_schemas(spec: Spec, lint: Lint) -> None:
    spec["openapi"] = "3.1.0"
    thing(spec)["properties"]["name"] = {"type": ["string", "null"], "examples": ["lamp", None]}
    assert lint(spec) == []
    thing(spec)["properties"]["name"]["examples"].append(3)
    found = [f for f in lint(spec) if f.rule == "oas3-valid-schema-example"]
    assert [f.pointer for f in found] == ["/components/schemas/Thing/properties/name/examples/2"]
