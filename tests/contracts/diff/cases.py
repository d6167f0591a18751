"""The table of rule cases: for each rule, a base and a head that should trigger it.

Schema changes are written once, as a pair of schemas, and placed in each of the four
places a schema can sit (query parameter, request body property, response body property,
response header); plain rules are mutations of the minimal spec.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Schema = dict[str, Any]
Spec = dict[str, Any]
Mutation = Callable[[Spec], None]

S: Schema = {"type": "string"}
OBJ: Schema = {"type": "object", "properties": {"a": S}}
OBJ_AB: Schema = {"type": "object", "properties": {"a": S, "b": S}}
ARR: Schema = {"type": "array", "items": S}


def _variants(*types: str, **extra: Any) -> Schema:
    return {"oneOf": [{"type": t} for t in types], **extra}


def _tagged(tag: str, mapping: dict[str, str] | None = None) -> Schema:
    discriminator: dict[str, Any] = {"propertyName": tag}
    if mapping is not None:
        discriminator["mapping"] = mapping
    return {
        "oneOf": [
            {"title": "Cat", "type": "object", "properties": {"kind": S, "purrs": S}},
            {"title": "Dog", "type": "object", "properties": {"kind": S, "barks": S}},
        ],
        "discriminator": discriminator,
    }


CAT, DOG = "#/components/schemas/Cat", "#/components/schemas/Dog"


#: kind -> (base schema, head schema)
SCHEMA_CASES: dict[str, tuple[Schema, Schema]] = {
    "type-changed": (S, {"type": "boolean"}),
    "type-widened": ({"type": "integer"}, {"type": "number"}),
    "type-narrowed": ({"type": "number"}, {"type": "integer"}),
    "format-changed": ({**S, "format": "date"}, {**S, "format": "uuid"}),
    "format-widened": (
        {"type": "integer", "format": "int32"},
        {"type": "integer", "format": "int64"},
    ),
    "format-narrowed": (
        {"type": "integer", "format": "int64"},
        {"type": "integer", "format": "int32"},
    ),
    "format-added": (S, {**S, "format": "uuid"}),
    "format-removed": ({**S, "format": "uuid"}, S),
    "enum-value-removed": ({**S, "enum": ["a", "b"]}, {**S, "enum": ["a"]}),
    "enum-value-added": ({**S, "enum": ["a"]}, {**S, "enum": ["a", "b"]}),
    "became-enum": (S, {**S, "enum": ["a"]}),
    "enum-removed": ({**S, "enum": ["a"]}, S),
    "became-nullable": (S, {**S, "nullable": True}),
    "became-not-nullable": ({**S, "nullable": True}, S),
    "default-changed": ({**S, "default": "a"}, {**S, "default": "b"}),
    "default-removed": ({**S, "default": "a"}, S),
    "default-added": (S, {**S, "default": "a"}),
    "deprecated": (S, {**S, "deprecated": True}),
    "maximum-tightened": ({"type": "integer", "maximum": 10}, {"type": "integer", "maximum": 5}),
    "maximum-loosened": ({"type": "integer", "maximum": 5}, {"type": "integer"}),
    "minimum-tightened": (
        {"type": "integer", "minimum": 1},
        {"type": "integer", "minimum": 1, "exclusiveMinimum": True},
    ),
    "minimum-loosened": ({"type": "integer", "minimum": 2}, {"type": "integer", "minimum": 1}),
    "max-length-tightened": (S, {**S, "maxLength": 20}),
    "max-length-loosened": ({**S, "maxLength": 20}, {**S, "maxLength": 50}),
    "min-length-tightened": (S, {**S, "minLength": 1}),
    "min-length-loosened": ({**S, "minLength": 3}, {**S, "minLength": 1}),
    "max-items-tightened": ({**ARR, "maxItems": 10}, {**ARR, "maxItems": 5}),
    "max-items-loosened": ({**ARR, "maxItems": 5}, ARR),
    "min-items-tightened": (ARR, {**ARR, "minItems": 2}),
    "min-items-loosened": ({**ARR, "minItems": 2}, {**ARR, "minItems": 1}),
    "max-properties-tightened": (OBJ, {**OBJ, "maxProperties": 3}),
    "max-properties-loosened": ({**OBJ, "maxProperties": 3}, {**OBJ, "maxProperties": 4}),
    "min-properties-tightened": (OBJ, {**OBJ, "minProperties": 1}),
    "min-properties-loosened": ({**OBJ, "minProperties": 1}, OBJ),
    "multiple-of-tightened": (
        {"type": "integer", "multipleOf": 2},
        {"type": "integer", "multipleOf": 4},
    ),
    "multiple-of-loosened": (
        {"type": "integer", "multipleOf": 4},
        {"type": "integer", "multipleOf": 2},
    ),
    "unique-items-tightened": (ARR, {**ARR, "uniqueItems": True}),
    "unique-items-loosened": ({**ARR, "uniqueItems": True}, ARR),
    "pattern-added": (S, {**S, "pattern": "^[a-z]+$"}),
    "pattern-removed": ({**S, "pattern": "^[a-z]+$"}, S),
    "pattern-changed": ({**S, "pattern": "^[a-z]+$"}, {**S, "pattern": "^[a-z0-9]{2,}$"}),
    "property-added": (OBJ, OBJ_AB),
    "required-property-added": (OBJ, {**OBJ_AB, "required": ["b"]}),
    "property-removed": (OBJ_AB, OBJ),
    "required-property-removed": ({**OBJ_AB, "required": ["b"]}, OBJ),
    "property-became-required": (OBJ, {**OBJ, "required": ["a"]}),
    "property-became-optional": ({**OBJ, "required": ["a"]}, OBJ),
    "property-became-read-only": (OBJ, {**OBJ, "properties": {"a": {**S, "readOnly": True}}}),
    "property-became-write-only": (OBJ, {**OBJ, "properties": {"a": {**S, "writeOnly": True}}}),
    "additional-properties-disallowed": (OBJ, {**OBJ, "additionalProperties": False}),
    "additional-properties-allowed": ({**OBJ, "additionalProperties": False}, OBJ),
    "variant-added": (_variants("string", "integer"), _variants("string", "integer", "boolean")),
    "variant-removed": (_variants("string", "integer", "boolean"), _variants("string", "integer")),
    "discriminator-changed": (_tagged("kind"), _tagged("type")),
    "additional-properties-restricted": (OBJ, {**OBJ, "additionalProperties": S}),
    "additional-properties-unrestricted": ({**OBJ, "additionalProperties": S}, OBJ),
    "one-of-became-any-of": (
        _variants("string", "integer"),
        {"anyOf": _variants("string", "integer")["oneOf"]},
    ),
    "any-of-became-one-of": (
        {"anyOf": _variants("string", "integer")["oneOf"]},
        _variants("string", "integer"),
    ),
    "discriminator-value-removed": (
        _tagged("kind", {"cat": CAT, "dog": DOG}),
        _tagged("kind", {"cat": CAT}),
    ),
    "discriminator-value-added": (
        _tagged("kind", {"cat": CAT}),
        _tagged("kind", {"cat": CAT, "dog": DOG}),
    ),
    "discriminator-mapping-changed": (_tagged("kind", {"cat": CAT}), _tagged("kind", {"cat": DOG})),
}


def webhook_spec(spec: Spec) -> Spec:
    """Make the minimal spec an OpenAPI 3.1 one that also sends the webhook `petEvent`."""
    spec["openapi"] = "3.1.0"
    schemas = spec["components"]["schemas"]
    schemas["Notice"] = {"type": "object", "properties": {"value": S}}
    schemas["Receipt"] = {"type": "object", "properties": {"value": S}}
    spec["webhooks"] = {
        "petEvent": {
            "post": {
                "parameters": [{"name": "X-Signature", "in": "header", "schema": S}],
                "requestBody": {
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Notice"}}
                    }
                },
                "responses": {
                    "200": {
                        "description": "Received",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Receipt"}}
                        },
                    },
                    "410": {"description": "Unsubscribe"},
                },
            }
        }
    }
    return spec


def place(prefix: str, spec: Spec, schema: Schema) -> None:
    """Put ``schema`` at the place named by a rule prefix in the minimal spec."""
    get = spec["paths"]["/pets/{petId}"]["get"]
    schemas = spec["components"]["schemas"]
    if prefix == "request-parameter":
        get["parameters"][1]["schema"] = schema
    elif prefix == "request-body":
        schemas["PetInput"]["properties"]["value"] = schema
    elif prefix == "response-body":
        schemas["Pet"]["properties"]["value"] = schema
    elif prefix == "callback-request-body":
        schemas["Event"]["properties"]["value"] = schema
    elif prefix == "callback-response-body":
        schemas["Ack"]["properties"]["value"] = schema
    elif prefix == "webhook-request-body":
        webhook_spec(spec)["components"]["schemas"]["Notice"]["properties"]["value"] = schema
    elif prefix == "webhook-response-body":
        webhook_spec(spec)["components"]["schemas"]["Receipt"]["properties"]["value"] = schema
    else:
        get["responses"]["200"]["headers"]["X-Value"]["schema"] = schema


def _get(spec: Spec) -> dict[str, Any]:
    return spec["paths"]["/pets/{petId}"]["get"]


def _put(spec: Spec) -> dict[str, Any]:
    return spec["paths"]["/pets/{petId}"]["put"]


def _ok(spec: Spec) -> dict[str, Any]:
    return _get(spec)["responses"]["200"]


def _query(spec: Spec) -> dict[str, Any]:
    return _get(spec)["parameters"][1]


def _callback_op(spec: Spec) -> dict[str, Any]:
    operation: dict[str, Any] = _put(spec)["callbacks"]["onUpdate"]["{$request.body#/callbackUrl}"][
        "post"
    ]
    return operation


def _webhook(spec: Spec) -> dict[str, Any]:
    operation: dict[str, Any] = spec["webhooks"]["petEvent"]["post"]
    return operation


def _move_callback(spec: Spec) -> None:
    callback = _put(spec)["callbacks"]["onUpdate"]
    callback["{$request.body#/hookUrl}"] = callback.pop("{$request.body#/callbackUrl}")


def _nothing(spec: Spec) -> None:
    """Leave a side as the minimal spec."""


@dataclass(frozen=True)
class PlainCase:
    """A rule, a mutation of the base and one of the head."""

    rule: str
    base: Mutation
    head: Mutation


def _case(rule: str, head: Mutation, base: Mutation = _nothing) -> PlainCase:
    return PlainCase(rule, base, head)


def _deprecate(sunset: str | None) -> Mutation:
    def mutate(spec: Spec) -> None:
        _get(spec)["deprecated"] = True
        if sunset:
            _get(spec)["x-sunset"] = sunset

    return mutate


def _add_form(spec: Spec) -> None:
    _put(spec)["requestBody"]["content"]["application/x-www-form-urlencoded"] = {
        "schema": {"type": "object"}
    }


def _add_xml(spec: Spec) -> None:
    _ok(spec)["content"]["application/xml"] = {"schema": {"type": "object"}}


def _move_put(spec: Spec) -> None:
    put = _put(spec)
    del spec["paths"]["/pets/{petId}"]["put"]
    spec["paths"]["/animals/{animalId}"] = {
        "put": {
            **put,
            "parameters": [{"name": "animalId", "in": "path", "required": True, "schema": S}],
        }
    }


def _rename_key_scheme(spec: Spec) -> None:
    schemes = spec["components"]["securitySchemes"]
    schemes["apiKey"] = schemes.pop("key")


def _security(requirements: list[dict[str, list[str]]]) -> Mutation:
    def mutate(spec: Spec) -> None:
        _get(spec)["security"] = requirements

    return mutate


PLAIN_CASES: tuple[PlainCase, ...] = (
    _case("callback-removed", lambda s: _put(s).pop("callbacks")),
    _case(
        "callback-added",
        lambda s: _put(s)["callbacks"].update(
            {
                "onDelete": {
                    "{$request.body#/url}": {"post": {"responses": {"200": {"description": "ok"}}}}
                }
            }
        ),
    ),
    _case("callback-url-changed", _move_callback),
    _case(
        "callback-parameter-removed",
        _nothing,
        base=lambda s: _callback_op(s).update(
            parameters=[{"name": "X-Signature", "in": "header", "schema": S}]
        ),
    ),
    _case(
        "callback-parameter-added",
        lambda s: _callback_op(s).update(
            parameters=[{"name": "X-Signature", "in": "header", "schema": S}]
        ),
    ),
    _case("callback-response-status-removed", lambda s: _callback_op(s)["responses"].pop("200")),
    _case(
        "callback-response-status-added",
        lambda s: _callback_op(s)["responses"].update({"410": {"description": "Unsubscribe"}}),
    ),
    _case("webhook-removed", lambda s: webhook_spec(s).pop("webhooks"), base=webhook_spec),
    _case(
        "webhook-added",
        lambda s: webhook_spec(s),
        base=lambda s: webhook_spec(s).pop("webhooks"),
    ),
    _case(
        "webhook-parameter-removed",
        lambda s: _webhook(webhook_spec(s)).pop("parameters"),
        base=webhook_spec,
    ),
    _case(
        "webhook-parameter-added",
        webhook_spec,
        base=lambda s: _webhook(webhook_spec(s)).pop("parameters"),
    ),
    _case(
        "webhook-response-status-removed",
        lambda s: _webhook(webhook_spec(s))["responses"].pop("410"),
        base=webhook_spec,
    ),
    _case(
        "webhook-response-status-added",
        webhook_spec,
        base=lambda s: _webhook(webhook_spec(s))["responses"].pop("410"),
    ),
    _case(
        "server-removed",
        lambda s: s.update(servers=[{"url": "https://eu.example.test/v1"}]),
        base=lambda s: s["servers"].append({"url": "https://eu.example.test/v1"}),
    ),
    _case(
        "server-base-path-changed",
        lambda s: s.update(servers=[{"url": "https://api.example.test/v2"}]),
    ),
    _case("server-added", lambda s: s["servers"].append({"url": "https://eu.example.test/v1"})),
    _case("path-removed", lambda s: s["paths"].clear()),
    _case("operation-removed", lambda s: s["paths"]["/pets/{petId}"].pop("put")),
    _case(
        "operation-removed-after-sunset",
        lambda s: s["paths"]["/pets/{petId}"].pop("get"),
        base=_deprecate("2026-01-31"),
    ),
    _case("operation-moved", _move_put),
    _case(
        "path-added",
        lambda s: s["paths"].update(
            {"/owners": {"get": {"responses": {"200": {"description": "Owners"}}}}}
        ),
    ),
    _case(
        "operation-added",
        lambda s: s["paths"]["/pets/{petId}"].update(
            {"delete": {"responses": {"204": {"description": "Gone"}}}}
        ),
    ),
    _case("operation-id-changed", lambda s: _get(s).update(operationId="readPet")),
    _case("operation-id-removed", lambda s: _get(s).pop("operationId")),
    _case(
        "operation-id-added",
        lambda s: _get(s).update(operationId="getPet"),
        base=lambda s: _get(s).pop("operationId"),
    ),
    _case("operation-deprecated", _deprecate("2027-01-31")),
    _case("operation-deprecated-without-sunset", _deprecate(None)),
    _case("operation-undeprecated", _nothing, base=_deprecate("2027-01-31")),
    _case(
        "operation-sunset-brought-forward", _deprecate("2026-09-30"), base=_deprecate("2027-01-31")
    ),
    _case("operation-sunset-postponed", _deprecate("2027-06-30"), base=_deprecate("2027-01-31")),
    _case("operation-sunset-removed", _deprecate(None), base=_deprecate("2027-01-31")),
    _case("request-parameter-deprecated", lambda s: _query(s).update(deprecated=True)),
    _case(
        "request-parameter-added-required",
        lambda s: _get(s)["parameters"].append(
            {"name": "r", "in": "query", "required": True, "schema": S}
        ),
    ),
    _case(
        "request-parameter-added",
        lambda s: _get(s)["parameters"].append({"name": "r", "in": "query", "schema": S}),
    ),
    _case("request-parameter-became-required", lambda s: _query(s).update(required=True)),
    _case(
        "request-parameter-became-optional",
        _nothing,
        base=lambda s: _query(s).update(required=True),
    ),
    _case("request-parameter-removed", lambda s: _get(s)["parameters"].pop(1)),
    _case("request-parameter-moved", lambda s: _query(s).update({"in": "header"})),
    _case(
        "request-parameter-style-changed",
        lambda s: _query(s).update(explode=False, schema=ARR),
        base=lambda s: _query(s).update(schema=ARR),
    ),
    _case(
        "request-parameter-empty-value-disallowed",
        _nothing,
        base=lambda s: _query(s).update(allowEmptyValue=True),
    ),
    _case("request-body-added-required", _nothing, base=lambda s: _put(s).pop("requestBody")),
    _case(
        "request-body-added",
        lambda s: _put(s)["requestBody"].update(required=False),
        base=lambda s: _put(s).pop("requestBody"),
    ),
    _case(
        "request-body-became-required",
        _nothing,
        base=lambda s: _put(s)["requestBody"].update(required=False),
    ),
    _case("request-body-became-optional", lambda s: _put(s)["requestBody"].pop("required")),
    _case("request-body-removed", lambda s: _put(s).pop("requestBody")),
    _case("request-media-type-removed", _nothing, base=_add_form),
    _case("request-media-type-added", _add_form),
    _case("response-success-status-removed", lambda s: _get(s)["responses"].pop("200")),
    _case("response-status-removed", lambda s: _get(s)["responses"].pop("404")),
    _case(
        "response-success-status-added",
        lambda s: _get(s)["responses"].update({"202": {"description": "Accepted"}}),
    ),
    _case(
        "response-status-added",
        lambda s: _get(s)["responses"].update({"409": {"description": "Conflict"}}),
    ),
    _case(
        "response-status-range-widened",
        lambda s: _get(s)["responses"].update({"4XX": _get(s)["responses"].pop("404")}),
    ),
    _case(
        "response-status-range-narrowed",
        _nothing,
        base=lambda s: _get(s)["responses"].update({"4XX": _get(s)["responses"].pop("404")}),
    ),
    _case("response-media-type-removed", _nothing, base=_add_xml),
    _case("response-media-type-added", _add_xml),
    _case("response-header-removed", lambda s: _ok(s)["headers"].pop("X-Rate")),
    _case("response-optional-header-removed", lambda s: _ok(s)["headers"].pop("X-Value")),
    _case("response-header-became-optional", lambda s: _ok(s)["headers"]["X-Rate"].pop("required")),
    _case("response-header-added", lambda s: _ok(s)["headers"].update({"X-New": {"schema": S}})),
    _case("security-requirement-added", _security([{"oauth": ["read"], "key": []}])),
    _case("security-scope-added", _security([{"oauth": ["read", "write"]}])),
    _case("security-requirement-removed", _security([])),
    _case(
        "security-scope-removed",
        _security([{"oauth": []}]),
        base=_security([{"oauth": ["read", "write"]}]),
    ),
    _case("security-scheme-removed", lambda s: s["components"]["securitySchemes"].pop("key")),
    _case(
        "security-scheme-changed",
        lambda s: s["components"]["securitySchemes"]["key"].update(name="X-Api-Key"),
    ),
    _case("security-scheme-renamed", _rename_key_scheme),
    _case(
        "security-scheme-added",
        lambda s: s["components"]["securitySchemes"].update(
            {"basic": {"type": "http", "scheme": "basic"}}
        ),
    ),
)

#: Rules proven by dedicated tests elsewhere (folders of specs).
COVERED_ELSEWHERE = {"spec-added", "spec-removed"}
