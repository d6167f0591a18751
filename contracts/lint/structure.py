"""Structural validity: the document against the OpenAPI 3.x JSON Schema.

Every file the root reaches that is itself an OpenAPI document (as ``specs/common/*.yaml``
are) is validated whole; an object reached in a file that is not (a bare fragment) is
validated against the schema's definition of what it was referenced as (Parameter,
Response, Schema...). Either way each error is reported in the file that holds it, which
validating the bundled document could not do.

The schemas are openapi-spec-validator's. A document is checked with jsonschema-rs first
(milliseconds on a 4 MB document); only an invalid one is validated again with
:mod:`jsonschema`, whose errors carry the sub-errors that make a readable message.
jsonschema-rs also checks that each ``pattern`` is a valid ECMA 262 regular expression;
when only it objects, its own errors are reported. The validator's keyword checks
(duplicate operationIds, path parameters, defaults) are not run: their errors carry no
location, and the rules in this package make the same checks with one.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema_rs
from jsonschema.exceptions import ValidationError, best_match
from jsonschema.validators import validator_for
from openapi_spec_validator.schemas import schema_v30, schema_v31
from openapi_spec_validator.schemas.backend.jsonschema import create_validator
from referencing import Registry, Resource

from contracts import pointer as jp
from contracts.lint.context import LintContext
from contracts.lint.finding import Finding, Rule, Severity
from contracts.lint.registry import rule
from contracts.lint.text import describe_error, shorten

VERSION_RULE = "unsupported-version"


@cache
def _detailed_validator(version: str) -> Any:
    return create_validator(schema_v31 if version == "3.1" else schema_v30)


@cache
def _fast_validator(version: str) -> Any:
    return jsonschema_rs.validator_for(dict(schema_v31 if version == "3.1" else schema_v30))


def openapi_version(data: Any) -> str | None:
    """The OpenAPI version family of ``data`` ("3.0" or "3.1"); None for anything else."""
    if not isinstance(data, dict):
        return None
    version = str(data.get("openapi", ""))
    for known in ("3.0", "3.1"):
        if version == known or version.startswith(known + "."):
            return known
    return None


def structure_errors(data: Any, version: str) -> Iterator[tuple[str, str]]:
    """(pointer, message) for each way ``data`` breaks the OpenAPI ``version`` schema."""
    fast = _fast_validator(version)
    if fast.is_valid(data):
        return
    detailed: list[ValidationError] = list(_detailed_validator(version).iter_errors(data))
    if detailed:
        yield from _described(detailed)
        return
    for error in fast.iter_errors(data):
        chosen = _deepest(error)
        yield _pointer(chosen.instance_path), _fast_message(chosen)


def _deepest(error: Any) -> Any:
    """The jsonschema-rs sub-error (of a oneOf/anyOf) that got furthest into the document."""
    subs = [sub for branch in getattr(error.kind, "context", None) or [] for sub in branch]
    if not subs:
        return error
    best = max(subs, key=lambda sub: len(sub.instance_path))
    return _deepest(best) if len(best.instance_path) > len(error.instance_path) else error


def _fast_message(error: Any) -> str:
    if type(error.kind).__name__ == "Format":
        return f"{shorten(repr(error.instance), 60)} is not a valid {error.kind.format}"
    return shorten(str(error.message))


def _described(errors: list[ValidationError]) -> Iterator[tuple[str, str]]:
    for error in errors:
        best = best_match([error, *error.context]) if error.context else error
        # A oneOf branch's error lies deeper than the oneOf; point at the deepest.
        chosen = best if len(best.absolute_path) >= len(error.absolute_path) else error
        message = describe_error(chosen.message, chosen.instance, chosen.validator)
        yield _pointer(chosen.absolute_path), message


# Graph lists of objects a fragment may hold -> their definition in the 3.0 and 3.1 schemas.
_DEFINITIONS = {
    "parameters": ("Parameter", "parameter"),
    "responses": ("Response", "response"),
    "headers": ("Header", "header"),
    "schemas": ("Schema", "schema"),
    "examples": ("Example", "example"),
    "links": ("Link", "link"),
}


@cache
def _definition_validator(version: str, kind: str) -> Any:
    """A validator of one definition of the OpenAPI schema (e.g. Parameter)."""
    schema = dict(schema_v31 if version == "3.1" else schema_v30)
    uri = str(schema.get("$id") or schema.get("id"))
    registry: Registry[Any] = Registry().with_resource(uri, Resource.from_contents(schema))
    names = _DEFINITIONS[kind]
    ref = f"{uri}#/$defs/{names[1]}" if version == "3.1" else f"{uri}#/definitions/{names[0]}"
    return validator_for(schema)({"$ref": ref}, registry=registry)


def fragment_errors(ctx: LintContext) -> Iterator[tuple[Path, str, str]]:
    """(file, pointer, message) for objects reached in files that are not OpenAPI documents."""
    fragments = {path for path in ctx.reach[1] if openapi_version(ctx.deref.data(path)) is None}
    if not fragments:
        return
    for kind in _DEFINITIONS:
        validator = _definition_validator(ctx.version, kind)
        for node in getattr(ctx.graph, kind):
            if node.file in fragments:
                for inner, message in _described(list(validator.iter_errors(node.value))):
                    yield node.file, node.pointer + inner, message


def _pointer(path: Any) -> str:
    return jp.join("", *(str(token) for token in path))


@rule("oas3-schema", Severity.ERROR, "the document conforms to the OpenAPI 3.x JSON Schema")
def oas3_schema(ctx: LintContext, rule: Rule) -> Iterator[Finding]:
    """Validate the root document and every OpenAPI document its references reach."""
    checked: set[Path] = set()
    for path in ctx.reach[1]:
        data = ctx.deref.data(path)
        version = openapi_version(data)
        if path in checked or version is None:
            continue
        checked.add(path)
        for pointer, message in structure_errors(data, version):
            yield ctx.finding(rule, path, pointer, message)
    for path, pointer, message in fragment_errors(ctx):
        yield ctx.finding(rule, path, pointer, message)
