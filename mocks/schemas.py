"""OpenAPI schemas as JSON Schema, compiled once with jsonschema-rs.

OpenAPI 3.0 schema objects are a dialect of JSON Schema draft 4/5; they are rewritten once per
direction (request or response) and compiled with ``Draft4Validator`` (draft 4 keeps the boolean
``exclusiveMinimum``/``exclusiveMaximum`` of 3.0 natively):

* ``nullable: true`` becomes ``type: [t, "null"]`` (or an ``anyOf`` with ``{"type": "null"}``
  when there is no ``type``; ``null`` is added to an ``enum``);
* ``readOnly`` properties are not required in requests, ``writeOnly`` ones not in responses;
* ``oneOf`` with a ``discriminator`` gets each branch pinned to its discriminator values, so
  branches sharing a base schema do not all match;
* ``$ref`` siblings (ignored by draft 4) that matter, such as ``nullable``, are kept by wrapping.

OpenAPI 3.1 schemas are JSON Schema 2020-12 already and are compiled with
``Draft202012Validator``; only the readOnly/writeOnly rules are applied.

Component schemas are converted once per direction and registered in a
:class:`jsonschema_rs.Registry` under ``urn:apikit:<direction>``; operation schemas reference
them there, so a large spec is never copied into every validator.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Any, Literal

import jsonschema_rs

from contracts import pointer as jp

Direction = Literal["request", "response"]
log = logging.getLogger("apikit.mock")

_SCHEMA_MAPS = ("properties", "patternProperties", "definitions", "$defs", "dependentSchemas")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_ONES = (
    "items",
    "not",
    "additionalProperties",
    "additionalItems",
    "contains",
    "propertyNames",
    "if",
    "then",
    "else",
    "unevaluatedProperties",
    "unevaluatedItems",
)
_COMPONENT_SCHEMAS = "#/components/schemas/"


_UUID = re.compile(r"^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")
# Formats OpenAPI uses that draft 4 does not define (checked only when the keyword is present).
_FORMATS: dict[str, Callable[[str], bool]] = {"uuid": lambda value: bool(_UUID.match(value))}


def base_uri(direction: Direction) -> str:
    """The registry URI under which the converted components of ``direction`` live."""
    return f"urn:apikit:{direction}"


class SchemaConverter:
    """Rewrites OpenAPI schemas into JSON Schema for one spec and one direction."""

    def __init__(self, spec: dict[str, Any], direction: Direction, *, is_31: bool) -> None:
        self.spec = spec
        self.direction = direction
        self.is_31 = is_31
        self._base = base_uri(direction)
        self._inlining: set[str] = set()

    def components(self) -> dict[str, Any]:
        """The converted ``components/schemas`` (as a registry resource)."""
        schemas = (self.spec.get("components") or {}).get("schemas") or {}
        converted = {name: self.convert(schema) for name, schema in schemas.items()}
        return {"components": {"schemas": converted}}

    def convert(self, schema: Any) -> Any:
        """One schema, converted; references into components point at the registry."""
        if isinstance(schema, bool) or not isinstance(schema, dict):
            return schema
        ref = schema.get("$ref")
        if isinstance(ref, str):
            target = self._convert_ref(ref)
            if self.is_31:
                rest = {k: v for k, v in schema.items() if k != "$ref"}
                return {**self._convert_keywords(rest), "$ref": target["$ref"]} if rest else target
            if schema.get("nullable") is True:
                return {"anyOf": [{"type": "null"}, target]}
            return target
        return self._convert_keywords(schema)

    def _convert_ref(self, ref: str) -> dict[str, Any]:
        if ref.startswith(_COMPONENT_SCHEMAS) and "/" not in ref[len(_COMPONENT_SCHEMAS) :]:
            return {"$ref": self._base + ref}
        # A reference into some other part of the document (a response, a path): inline it.
        if not ref.startswith("#") or ref in self._inlining:
            return {}
        try:
            target = jp.resolve(self.spec, ref[1:])
        except (KeyError, ValueError):
            return {}
        self._inlining.add(ref)
        try:
            converted = self.convert(target)
        finally:
            self._inlining.discard(ref)
        return converted if isinstance(converted, dict) else {}

    def _convert_keywords(self, schema: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in schema.items():
            if key.startswith("x-") or key in ("xml", "externalDocs"):
                continue
            if key in _SCHEMA_MAPS and isinstance(value, dict):
                out[key] = {name: self.convert(sub) for name, sub in value.items()}
            elif key in _SCHEMA_LISTS and isinstance(value, list):
                out[key] = [self.convert(sub) for sub in value]
            elif key in _SCHEMA_ONES and isinstance(value, dict | bool):
                out[key] = self.convert(value)
            elif key == "items" and isinstance(value, list):
                out[key] = [self.convert(sub) for sub in value]
            elif key in ("discriminator", "nullable", "deprecated"):
                continue
            elif key in ("exclusiveMinimum", "exclusiveMaximum") and isinstance(value, bool):
                # Boolean form (3.0 style): draft 4 reads it natively; 2020-12 wants the bound.
                bound = schema.get("minimum" if key == "exclusiveMinimum" else "maximum")
                if not self.is_31:
                    out[key] = value
                elif value and isinstance(bound, int | float):
                    out[key] = bound
            else:
                out[key] = value
        if self.is_31:
            for flag, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
                if schema.get(flag) is True:
                    out.pop(bound, None)
        self._drop_directional_required(schema, out)
        discriminator = schema.get("discriminator")
        if isinstance(discriminator, dict) and isinstance(out.get("oneOf"), list):
            out["oneOf"] = self._pin_discriminator(schema["oneOf"], out["oneOf"], discriminator)
        if not self.is_31 and schema.get("nullable") is True:
            out = self._nullable(out)
        return out

    def _drop_directional_required(self, schema: dict[str, Any], out: dict[str, Any]) -> None:
        required = out.get("required")
        properties = schema.get("properties")
        if not isinstance(required, list) or not isinstance(properties, dict):
            return
        hidden = "readOnly" if self.direction == "request" else "writeOnly"
        kept = [
            name
            for name in required
            if not (isinstance(properties.get(name), dict) and self._flag(properties[name], hidden))
        ]
        if kept:
            out["required"] = kept
        else:
            out.pop("required", None)

    def _flag(self, schema: dict[str, Any], flag: str) -> bool:
        """Whether a property schema (possibly a ``$ref``) carries ``flag``."""
        if schema.get(flag) is True:
            return True
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith("#"):
            try:
                target = jp.resolve(self.spec, ref[1:])
            except (KeyError, ValueError):
                return False
            return isinstance(target, dict) and target.get(flag) is True
        return False

    def _pin_discriminator(
        self, raw: list[Any], converted: list[Any], discriminator: dict[str, Any]
    ) -> list[Any]:
        name = discriminator.get("propertyName")
        if not isinstance(name, str):
            return converted
        mapping = discriminator.get("mapping") or {}
        pinned = []
        for original, branch in zip(raw, converted, strict=True):
            ref = original.get("$ref") if isinstance(original, dict) else None
            if not isinstance(ref, str):
                pinned.append(branch)
                continue
            values = [key for key, target in mapping.items() if target in (ref, ref.split("/")[-1])]
            if not values:
                values = [ref.split("/")[-1]]
            pin = {"properties": {name: {"enum": values}}, "required": [name]}
            pinned.append({"allOf": [pin, branch]})
        return pinned

    @staticmethod
    def _nullable(out: dict[str, Any]) -> dict[str, Any]:
        kind = out.get("type")
        if isinstance(kind, str):
            out["type"] = [kind, "null"]
            if isinstance(out.get("enum"), list) and None not in out["enum"]:
                out["enum"] = [*out["enum"], None]
            return out
        if kind is None:
            return {"anyOf": [{"type": "null"}, out]}
        return out


class SchemaCompiler:
    """Compiles operation schemas against the spec's converted components."""

    def __init__(self, spec: dict[str, Any], *, is_31: bool) -> None:
        self.is_31 = is_31
        self.problems: list[str] = []
        self.converters = {
            direction: SchemaConverter(spec, direction, is_31=is_31)
            for direction in ("request", "response")
        }
        self.resources: dict[str, dict[str, Any]] = {
            direction: converter.components() for direction, converter in self.converters.items()
        }
        draft = jsonschema_rs.Draft202012 if is_31 else jsonschema_rs.Draft4
        self._registry = jsonschema_rs.Registry(
            [(base_uri(d), resource) for d, resource in self.resources.items()],  # type: ignore[arg-type]
            draft=draft,
        )
        self._factory: Callable[..., Any] = (
            jsonschema_rs.Draft202012Validator if is_31 else jsonschema_rs.Draft4Validator
        )

    def convert(self, schema: Any, direction: Direction) -> Any:
        """``schema`` rewritten for ``direction`` (see the module docstring)."""
        return self.converters[direction].convert(schema)

    def compile(self, converted: Any) -> Any:
        """A jsonschema-rs validator for an already converted schema.

        A schema the draft's meta-schema rejects is reported once and not validated (the mock
        keeps serving the rest of the spec) instead of failing the whole spec.
        """
        try:
            return self._factory(
                converted, registry=self._registry, validate_formats=True, formats=_FORMATS
            )
        except (ValueError, jsonschema_rs.ReferencingError) as exc:
            reason = str(exc).splitlines()[0]
            where = next((line for line in str(exc).splitlines() if "Failed" in line), "")
            if reason not in self.problems:
                self.problems.append(reason)
                log.warning("invalid schema, not validated: %s %s", reason, where)
            return self._factory({})

    def resolve(self, schema: Any, direction: Direction) -> Any:
        """Follow a registry ``$ref`` of a converted schema (one hop) to its converted target."""
        while isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            ref: str = schema["$ref"]
            uri, _, fragment = ref.partition("#")
            resource = self.resources.get(uri.removeprefix("urn:apikit:"))
            if resource is None:
                return {}
            try:
                target = jp.resolve(resource, fragment)
            except (KeyError, ValueError):
                return {}
            if len(schema) > 1:
                rest = {k: v for k, v in schema.items() if k != "$ref"}
                return {"allOf": [rest, target]}
            schema = target
        return schema
