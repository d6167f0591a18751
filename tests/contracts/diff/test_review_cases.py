"""Changes a pull-request reviewer meets, made to real documents, and how each is classified.

The bases are the OpenAPI Initiative's petstore-expanded and callback examples from the
shared corpus; each test edits a copy the way a pull request would and checks the exact
set of (rule, severity) the diff reports.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from contracts.diff import DiffResult

from .conftest import DiffFn, Spec

CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus"
B, W, I = "breaking", "warning", "info"  # noqa: E741 (table legibility)
Edit = Callable[[Spec], Any]


def _corpus(name: str) -> Spec:
    path = CORPUS / name
    if not path.is_file():
        pytest.skip(f"{path} is not available")
    loaded: Spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    return loaded


@pytest.fixture(scope="module")
def petstore() -> Spec:
    """petstore-expanded: NewPet is sent (POST /pets) and, through Pet's allOf, returned."""
    spec = _corpus("oai-petstore-expanded.yaml")
    schemas = spec["components"]["schemas"]
    schemas["Cat"] = {"type": "object", "properties": {"petType": {"type": "string"}}}
    schemas["Dog"] = {"type": "object", "properties": {"petType": {"type": "string"}}}
    schemas["Bird"] = {"type": "object", "properties": {"petType": {"type": "string"}}}
    animal = {
        "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
        "discriminator": {
            "propertyName": "petType",
            "mapping": {"cat": "#/components/schemas/Cat", "dog": "#/components/schemas/Dog"},
        },
    }
    schemas["Animal"] = animal
    spec["paths"]["/animals"] = {
        "post": {
            "operationId": "addAnimal",
            "parameters": [
                {"name": "X-Request-Id", "in": "header", "schema": {"type": "string"}},
                {"name": "lang", "in": "query", "schema": {"type": "string", "default": "en"}},
            ],
            "requestBody": {
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Animal"}}}
            },
            "responses": {
                "200": {
                    "description": "The animals",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "array",
                                "items": {"$ref": "#/components/schemas/Animal"},
                            }
                        }
                    },
                }
            },
        }
    }
    schemas["PetUpdate"] = {
        "type": "object",
        "required": ["id", "name"],
        "properties": {
            "id": {"type": "integer", "readOnly": True},
            "name": {"type": "string"},
            "secret": {"type": "string", "writeOnly": True},
        },
    }
    update = {"application/json": {"schema": {"$ref": "#/components/schemas/PetUpdate"}}}
    spec["paths"]["/pets/{id}"]["put"] = {
        "operationId": "updatePet",
        "parameters": [
            {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}
        ],
        "requestBody": {"required": True, "content": update},
        "responses": {"200": {"description": "Updated", "content": update}},
    }
    form = {"type": "object", "properties": {"purge": {"type": "boolean"}}}
    spec["paths"]["/pets/{id}"]["delete"]["requestBody"] = {
        "content": {"application/x-www-form-urlencoded": {"schema": form}}
    }
    return spec


@pytest.fixture(scope="module")
def callbacks() -> Spec:
    """The callback example: POST /streams subscribes; the API then POSTs `onData` to you."""
    return _corpus("oai-callback-example.yaml")


def _found(result: DiffResult) -> set[tuple[str, str]]:
    return {(f.rule_id, f.severity.value) for f in result.findings}


def _edited(diff: DiffFn, base: Spec, edit: Edit) -> DiffResult:
    head = copy.deepcopy(base)
    edit(head)
    return diff(copy.deepcopy(base), head)


def _schemas(spec: Spec) -> dict[str, Any]:
    schemas: dict[str, Any] = spec["components"]["schemas"]
    return schemas


def _animals(spec: Spec) -> dict[str, Any]:
    operation: dict[str, Any] = spec["paths"]["/animals"]["post"]
    return operation


def _on_data(spec: Spec) -> dict[str, Any]:
    callback = spec["paths"]["/streams"]["post"]["callbacks"]["onData"]
    operation: dict[str, Any] = callback["{$request.query.callbackUrl}/data"]["post"]
    return operation


def _event(spec: Spec) -> dict[str, Any]:
    schema: dict[str, Any] = _on_data(spec)["requestBody"]["content"]["application/json"]["schema"]
    return schema


def _mapping(spec: Spec) -> dict[str, str]:
    mapping: dict[str, str] = _schemas(spec)["Animal"]["discriminator"]["mapping"]
    return mapping


def _rename_mapping(spec: Spec) -> None:
    _mapping(spec)["kitty"] = _mapping(spec).pop("cat")


def _swap_mapping(spec: Spec) -> None:
    _mapping(spec).update(cat="#/components/schemas/Dog", dog="#/components/schemas/Cat")


def _add_bird(spec: Spec) -> None:
    _schemas(spec)["Animal"]["oneOf"].append({"$ref": "#/components/schemas/Bird"})
    _mapping(spec)["bird"] = "#/components/schemas/Bird"


def _move_to_v3(spec: Spec) -> None:
    spec["servers"] = [{"url": "https://petstore.swagger.io/v3"}]


def _charset(spec: Spec) -> None:
    content = spec["paths"]["/pets"]["post"]["requestBody"]["content"]
    content["application/json; charset=utf-8"] = content.pop("application/json")


def _header_case(spec: Spec) -> None:
    _animals(spec)["parameters"][0]["name"] = "x-request-id"


def _explode_scalar(spec: Spec) -> None:
    _animals(spec)["parameters"][1].update(style="form", explode=False)


def _form_field_to_string(spec: Spec) -> None:
    content = spec["paths"]["/pets/{id}"]["delete"]["requestBody"]["content"]
    content["application/x-www-form-urlencoded"]["schema"]["properties"]["purge"]["type"] = "string"


def _new_read_only_field(spec: Spec) -> None:
    update = _schemas(spec)["PetUpdate"]
    update["properties"]["createdAt"] = {"type": "string", "readOnly": True}
    update["required"].append("createdAt")


def _with_sunset(spec: Spec) -> None:
    spec["paths"]["/pets/{id}"]["delete"].update({"deprecated": True, "x-sunset": "2027-06-30"})


def _required_species(default: str | None) -> Edit:
    def edit(spec: Spec) -> None:
        new_pet = _schemas(spec)["NewPet"]
        new_pet["properties"]["species"] = {"type": "string"}
        if default is not None:
            new_pet["properties"]["species"]["default"] = default
        new_pet["required"].append("species")

    return edit


def _callback_answer(spec: Spec) -> None:
    _on_data(spec)["responses"]["202"]["content"] = {
        "application/json": {
            "schema": {
                "type": "object",
                "required": ["ok"],
                "properties": {"ok": {"type": "boolean"}},
            }
        }
    }


def _move_callback(spec: Spec) -> None:
    callback = spec["paths"]["/streams"]["post"]["callbacks"]["onData"]
    callback["{$request.query.callbackUrl}/events"] = callback.pop(
        "{$request.query.callbackUrl}/data"
    )


PETSTORE_CASES: dict[str, tuple[Edit, set[tuple[str, str]]]] = {
    "required_property_with_default_still_breaks_requests": (
        _required_species("dog"),
        {
            ("request-body-required-property-added", B),
            ("response-body-required-property-added", I),
        },
    ),
    "required_property_without_default_breaks_requests_only": (
        _required_species(None),
        {
            ("request-body-required-property-added", B),
            ("response-body-required-property-added", I),
        },
    ),
    "discriminator_value_renamed_breaks_both_directions": (
        _rename_mapping,
        {
            ("request-body-discriminator-value-removed", B),
            ("request-body-discriminator-value-added", I),
            ("response-body-discriminator-value-removed", I),
            ("response-body-discriminator-value-added", B),
        },
    ),
    "discriminator_values_swapped_break_both_directions": (
        _swap_mapping,
        {
            ("request-body-discriminator-mapping-changed", B),
            ("response-body-discriminator-mapping-changed", B),
        },
    ),
    "new_variant_with_its_tag_is_reported_once_per_direction": (
        _add_bird,
        {("request-body-variant-added", I), ("response-body-variant-added", B)},
    ),
    "one_of_to_any_of_loosens_requests_and_warns_on_responses": (
        lambda s: _schemas(s)["Animal"].update(anyOf=_schemas(s)["Animal"].pop("oneOf")),
        {("request-body-one-of-became-any-of", I), ("response-body-one-of-became-any-of", W)},
    ),
    "additional_properties_schema_added_tightens_requests": (
        lambda s: _schemas(s)["NewPet"].update(additionalProperties={"type": "string"}),
        {
            ("request-body-additional-properties-restricted", B),
            ("response-body-additional-properties-restricted", I),
        },
    ),
    "base_path_change_breaks_every_client": (
        _move_to_v3,
        {("server-base-path-changed", B)},
    ),
    "charset_parameter_on_a_media_type_is_no_change": (_charset, set()),
    "header_parameter_renamed_in_case_only_is_no_change": (_header_case, set()),
    "explode_on_a_single_valued_parameter_is_no_change": (_explode_scalar, set()),
    "parameter_default_removed_warns": (
        lambda s: _animals(s)["parameters"][1]["schema"].pop("default"),
        {("request-parameter-default-removed", W)},
    ),
    "deprecation_with_sunset_is_info": (_with_sunset, {("operation-deprecated", I)}),
    "deprecation_with_an_http_date_sunset_is_info": (
        lambda s: s["paths"]["/pets/{id}"]["delete"].update(
            {"deprecated": True, "x-sunset": "Wed, 30 Jun 2027 23:59:59 GMT"}
        ),
        {("operation-deprecated", I)},
    ),
    "nullable_response_property_breaks": (
        lambda s: _schemas(s)["Error"]["properties"]["message"].update(nullable=True),
        {("response-body-became-nullable", B)},
    ),
    "integer_to_number_widens_requests_harmlessly": (
        lambda s: s["paths"]["/pets"]["get"]["parameters"][1]["schema"].update(type="number"),
        {("request-parameter-type-widened", I)},
    ),
    "query_parameter_integer_to_string_widens_as_it_travels_as_text": (
        lambda s: s["paths"]["/pets"]["get"]["parameters"][1].update(schema={"type": "string"}),
        {("request-parameter-type-widened", I)},
    ),
    "json_request_property_integer_to_string_still_breaks": (
        lambda s: _schemas(s)["NewPet"]["properties"].update(
            name={"type": "boolean"}, tag={"type": "string", "format": "uuid"}
        ),
        {
            ("request-body-type-changed", B),
            ("response-body-type-changed", B),
            ("request-body-format-added", B),
            ("response-body-format-added", I),
        },
    ),
    "form_field_boolean_to_string_widens": (
        _form_field_to_string,
        {("request-body-type-widened", I)},
    ),
    "new_required_read_only_property_does_not_break_requests": (
        _new_read_only_field,
        {("response-body-required-property-added", I)},
    ),
    "read_only_dropped_from_a_required_property_breaks_requests": (
        lambda s: _schemas(s)["PetUpdate"]["properties"]["id"].pop("readOnly"),
        {("request-body-required-property-added", B)},
    ),
    "write_only_dropped_shows_the_property_in_responses": (
        lambda s: _schemas(s)["PetUpdate"]["properties"]["secret"].pop("writeOnly"),
        {("response-body-property-added", I)},
    ),
    "success_code_documented_as_its_range_warns": (
        lambda s: s["paths"]["/pets/{id}"]["get"]["responses"].update(
            {"2XX": s["paths"]["/pets/{id}"]["get"]["responses"].pop("200")}
        ),
        {("response-status-range-widened", W)},
    ),
    "authorization_header_parameter_is_ignored_as_openapi_says": (
        lambda s: _animals(s)["parameters"].append(
            {
                "name": "Authorization",
                "in": "header",
                "required": True,
                "schema": {"type": "string"},
            }
        ),
        set(),
    ),
    "inline_schema_moved_to_components_is_no_change": (
        lambda s: s["paths"]["/pets"]["post"]["requestBody"]["content"]["application/json"].update(
            schema=copy.deepcopy(_schemas(s)["NewPet"])
        ),
        set(),
    ),
}


@pytest.mark.parametrize("name", list(PETSTORE_CASES))
def test_petstore_change_is_classified(diff: DiffFn, petstore: Spec, name: str) -> None:
    edit, expected = PETSTORE_CASES[name]
    assert _found(_edited(diff, petstore, edit)) == expected


CALLBACK_CASES: dict[str, tuple[Edit, set[tuple[str, str]]]] = {
    "callback_payload_tightened_is_not_breaking": (
        lambda s: _event(s)["properties"]["userData"].update(maxLength=100),
        {("callback-request-body-max-length-tightened", I)},
    ),
    "callback_payload_loosened_breaks_receivers": (
        lambda s: _event(s)["properties"]["timestamp"].pop("format"),
        {("callback-request-body-format-removed", B)},
    ),
    "callback_answer_newly_required_breaks_receivers": (
        _callback_answer,
        {
            ("callback-response-body-type-narrowed", B),
            ("callback-response-body-required-property-added", B),
        },
    ),
    "callback_answer_status_dropped_warns_receivers": (
        lambda s: _on_data(s)["responses"].pop("204"),
        {("callback-response-status-removed", W)},
    ),
    "callback_sent_elsewhere_breaks_receivers": (
        _move_callback,
        {("callback-url-changed", B)},
    ),
    "callback_header_added_is_info": (
        lambda s: _on_data(s).update(
            parameters=[
                {
                    "name": "X-Signature",
                    "in": "header",
                    "required": True,
                    "schema": {"type": "string"},
                }
            ]
        ),
        {("callback-parameter-added", I)},
    ),
}


@pytest.mark.parametrize("name", list(CALLBACK_CASES))
def test_callback_change_is_classified(diff: DiffFn, callbacks: Spec, name: str) -> None:
    edit, expected = CALLBACK_CASES[name]
    assert _found(_edited(diff, callbacks, edit)) == expected


def _as_webhook(spec: Spec) -> Spec:
    """The callback example turned into OpenAPI 3.1 with the same payload as a webhook."""
    spec = copy.deepcopy(spec)
    spec["openapi"] = "3.1.0"
    spec["webhooks"] = {"data": {"post": copy.deepcopy(_on_data(spec))}}
    return spec


def _webhook_event(spec: Spec) -> dict[str, Any]:
    schema: dict[str, Any] = spec["webhooks"]["data"]["post"]["requestBody"]["content"][
        "application/json"
    ]["schema"]
    return schema


def test_webhook_payload_property_removed_warns_receivers(diff: DiffFn, callbacks: Spec) -> None:
    base = _as_webhook(callbacks)
    result = _edited(diff, base, lambda s: _webhook_event(s)["properties"].pop("userData"))
    assert _found(result) == {("webhook-request-body-property-removed", W)}
    assert result.findings[0].operation == "POST webhook data"


def test_webhook_payload_gaining_null_breaks_receivers(diff: DiffFn, callbacks: Spec) -> None:
    base = _as_webhook(callbacks)
    result = _edited(
        diff,
        base,
        lambda s: _webhook_event(s)["properties"]["userData"].update(type=["string", "null"]),
    )
    assert _found(result) == {("webhook-request-body-became-nullable", B)}


def test_webhook_removed_breaks_receivers(diff: DiffFn, callbacks: Spec) -> None:
    base = _as_webhook(callbacks)
    assert _found(_edited(diff, base, lambda s: s.pop("webhooks"))) == {("webhook-removed", B)}


def test_nullable_rewritten_as_a_3_1_type_array_is_no_change(diff: DiffFn, petstore: Spec) -> None:
    base = copy.deepcopy(petstore)
    _schemas(base)["NewPet"]["properties"]["tag"]["nullable"] = True
    head = copy.deepcopy(petstore)
    head["openapi"] = "3.1.0"
    _schemas(head)["NewPet"]["properties"]["tag"] = {"type": ["string", "null"]}
    assert diff(base, head).findings == ()


def test_renamed_field_is_removed_and_added_with_a_rename_hint(
    diff: DiffFn, petstore: Spec
) -> None:
    def rename(spec: Spec) -> None:
        properties = _schemas(spec)["NewPet"]["properties"]
        properties["label"] = properties.pop("tag")

    result = _edited(diff, petstore, rename)
    assert _found(result) == {
        ("request-body-property-removed", W),
        ("request-body-property-added", I),
        ("response-body-property-removed", W),
        ("response-body-property-added", I),
    }
    removals = [f.message for f in result.findings if f.rule_id.endswith("property-removed")]
    assert removals and all("apparently renamed to `label`" in m for m in removals)


def test_a_removed_field_beside_an_unlike_new_one_has_no_rename_hint(
    diff: DiffFn, petstore: Spec
) -> None:
    def replace(spec: Spec) -> None:
        properties = _schemas(spec)["NewPet"]["properties"]
        del properties["tag"]
        properties["age"] = {"type": "integer"}

    result = _edited(diff, petstore, replace)
    assert result.findings and not any("renamed" in f.message for f in result.findings)


def _with_key(spec: Spec) -> Spec:
    spec = copy.deepcopy(spec)
    spec["components"]["securitySchemes"] = {
        "key": {"type": "apiKey", "in": "header", "name": "X-Key", "description": "Key."}
    }
    spec["security"] = [{"key": []}]
    return spec


def test_security_scheme_renamed_with_its_uses_is_info_only(diff: DiffFn, petstore: Spec) -> None:
    def rename(spec: Spec) -> None:
        schemes = spec["components"]["securitySchemes"]
        schemes["ApiKeyAuth"] = schemes.pop("key")
        schemes["ApiKeyAuth"]["description"] = "The API key."
        spec["security"] = [{"ApiKeyAuth": []}]

    assert _found(_edited(diff, _with_key(petstore), rename)) == {("security-scheme-renamed", I)}


def test_api_key_header_renamed_in_case_only_is_no_change(diff: DiffFn, petstore: Spec) -> None:
    def lower(spec: Spec) -> None:
        spec["components"]["securitySchemes"]["key"]["name"] = "x-key"

    assert _edited(diff, _with_key(petstore), lower).findings == ()
