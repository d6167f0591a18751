"""Example rules: every ``example``, ``examples`` value and ``default`` fits its schema.

Schemas are validated with openapi-schema-validator (OAS30Validator for 3.0, OAS31Validator
for 3.1) with format checking. Every file the document reaches is registered with
:mod:`referencing`, so a ``$ref`` inside a schema resolves across files; each schema's
validator is built once per run and cached by the schema's (file, pointer).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jsonschema.exceptions import best_match
from jsonschema.protocols import Validator
from openapi_schema_validator import (
    OAS30Validator,
    OAS31Validator,
    oas30_format_checker,
    oas31_format_checker,
)
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4, DRAFT202012

from contracts import pointer as jp
from contracts.lint.context import LintContext
from contracts.lint.finding import Finding, Rule, Severity
from contracts.lint.node import Node
from contracts.lint.registry import rule
from contracts.lint.text import describe_error, shorten


@dataclass
class SchemaChecker:
    """Validates instances against schemas of one document, one cached validator per schema."""

    ctx: LintContext
    _validators: dict[tuple[Path, str], Validator] = field(default_factory=dict)
    _registry: Registry[Any] | None = None

    def registry(self) -> Registry[Any]:
        """Every file the document reaches, as a JSON Schema resource keyed by its file URI."""
        if self._registry is None:
            spec = DRAFT202012 if self.ctx.version == "3.1" else DRAFT4
            resources: list[tuple[str, Resource[Any]]] = [
                (path.as_uri(), spec.create_resource(self.ctx.deref.data(path)))
                for path in self.ctx.reach[1]
            ]
            self._registry = Registry().with_resources(resources)
        return self._registry

    def validator(self, schema: Node) -> Validator:
        """The validator of the schema written at ``schema.pointer`` in ``schema.file``."""
        key = (schema.file, schema.pointer)
        found = self._validators.get(key)
        if found is None:
            ref = {"$ref": f"{schema.file.as_uri()}#{schema.pointer}"}
            if self.ctx.version == "3.1":
                found = OAS31Validator(
                    ref, registry=self.registry(), format_checker=oas31_format_checker
                )
            else:
                found = OAS30Validator(
                    ref, registry=self.registry(), format_checker=oas30_format_checker
                )
            self._validators[key] = found
        return found

    def problem(self, schema: Node, instance: Any) -> tuple[str, str] | None:
        """(path inside the instance, message) of the most relevant error, or None."""
        try:
            error = best_match(self.validator(schema).iter_errors(instance))
        except Exception as exc:
            # A broken schema (bad regex, bad $ref) is reported by other rules;
            # here it only means the example cannot be checked.
            return "", f"cannot be checked: {shorten(str(exc), 120)}"
        if error is None:
            return None
        message = describe_error(error.message, error.instance, error.validator)
        return jp.join("", *(str(t) for t in error.absolute_path)), message


def _checker(ctx: LintContext) -> SchemaChecker:
    cached = ctx.extras.get("schema-checker")
    if not isinstance(cached, SchemaChecker):
        cached = ctx.extras["schema-checker"] = SchemaChecker(ctx)
    return cached


def _check(
    ctx: LintContext, rule: Rule, schema: Node, instance: Any, file: Path, at: str, what: str
) -> Iterator[Finding]:
    found = _checker(ctx).problem(schema, instance)
    if found is not None:
        inner, message = found
        yield ctx.finding(rule, file, at + inner, f"{what} does not match its schema: {message}")


@rule(
    "oas3-valid-schema-example",
    Severity.ERROR,
    "schema example, examples and default values validate against the schema",
)
def valid_schema_example(ctx: LintContext, rule: Rule) -> Iterator[Finding]:
    """Check the literal values written inside schema objects."""
    for schema in ctx.graph.schemas:
        value = schema.value
        for key in ("example", "default"):
            if key in value:
                at = jp.join(schema.pointer, key)
                yield from _check(ctx, rule, schema, value[key], schema.file, at, key)
        if ctx.version == "3.1" and isinstance(value.get("examples"), list):
            for index, item in enumerate(value["examples"]):
                at = jp.join(schema.pointer, "examples", index)
                yield from _check(ctx, rule, schema, item, schema.file, at, "example")


@rule(
    "oas3-valid-media-example",
    Severity.ERROR,
    "media type, parameter and header examples validate against their schema",
)
def valid_media_example(ctx: LintContext, rule: Rule) -> Iterator[Finding]:
    """Check ``example`` and ``examples`` of media types, parameters and headers."""
    graph = ctx.graph
    for node in [*graph.media_types, *graph.parameters, *graph.headers]:
        schema = ctx.follow(node.value.get("schema"), node.file, node.pointer + "/schema")
        if schema is None:
            continue
        if "example" in node.value:
            at = jp.join(node.pointer, "example")
            yield from _check(ctx, rule, schema, node.value["example"], node.file, at, "example")
        examples = node.value.get("examples")
        for name, example in examples.items() if isinstance(examples, dict) else []:
            at = jp.join(node.pointer, "examples", str(name))
            target = ctx.follow(example, node.file, at)
            if target is None or "value" not in target.value:
                continue
            at = jp.join(target.pointer, "value")
            what = f"example {name!r}"
            yield from _check(ctx, rule, schema, target.value["value"], target.file, at, what)


@rule(
    "oas3-examples-value-or-externalValue",
    Severity.WARNING,
    "an Example object has exactly one of value and externalValue",
)
def examples_value_or_external(ctx: LintContext, rule: Rule) -> Iterator[Finding]:
    """Report Example objects with both or neither of value and externalValue."""
    for example in ctx.graph.examples:
        has = [key for key in ("value", "externalValue") if key in example.value]
        if len(has) != 1:
            message = "an example needs exactly one of value and externalValue"
            yield ctx.finding(rule, example.file, example.pointer, message)


@rule(
    "oas3-missing-example",
    Severity.WARNING,
    "every response body has an example (on the media type or its schema)",
)
def missing_example(ctx: LintContext, rule: Rule) -> Iterator[Finding]:
    """Report response media types whose body no example shows (mocks and docs need one)."""
    for media in ctx.graph.media_types:
        if media.role != "response" or "example" in media.value or "examples" in media.value:
            continue
        schema = ctx.follow(media.value.get("schema"), media.file, media.pointer + "/schema")
        if schema is None or "example" in schema.value or "examples" in schema.value:
            continue
        message = "response body has no example"
        yield ctx.finding(rule, media.file, media.pointer, message)
