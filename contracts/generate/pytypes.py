"""Python type annotations for JSON Schemas, and the TypedDict models they need.

Component schemas become models under their own (PascalCase) names; inline objects with
properties become models named after where they appear (``CreateCustomerRequest``,
``CustomerAddress``), so every JSON body has a typed shape. Walks keep the spec's order.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from contracts.generate import naming
from contracts.generate.api import Api

# Names the models module imports from typing; a schema named like one gets a suffix.
_TYPING_NAMES = frozenset({"Any", "Literal", "NotRequired", "TypeAlias", "TypedDict"})
_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


@dataclass(frozen=True)
class Field:
    """One property of a TypedDict model."""

    key: str
    annotation: str
    required: bool
    description: str


@dataclass
class Model:
    """A TypedDict (class or functional syntax) or a type alias in ``models.py``."""

    name: str
    description: str = ""
    fields: list[Field] = field(default_factory=list)
    bases: list[str] = field(default_factory=list)
    alias: str | None = None
    literals: list[str] | None = None

    @property
    def functional(self) -> bool:
        """Whether some key is not a Python identifier (needs ``TypedDict("X", {...})``)."""
        return any(not naming.is_identifier(f.key) for f in self.fields)


class TypeRegistry:
    """Maps schemas to annotations, collecting the models they need on the way."""

    def __init__(self, api: Api) -> None:
        self.api = api
        self.models: dict[str, Model] = {}
        self._names: dict[str, str] = {}
        taken: set[str] = set(_TYPING_NAMES)
        for name in api.components.get("schemas") or {}:
            self._names[str(name)] = naming.unique(naming.pascal_case(str(name)), taken)
        self._taken = taken
        for name, schema in (api.components.get("schemas") or {}).items():
            self._component(self._names[str(name)], schema)

    def annotation(self, schema: Any, hint: str, prefix: str = "") -> str:
        """The annotation of ``schema``; inline objects become models named from ``hint``."""
        ref = self.api.ref_name(schema)
        if ref is not None:
            return prefix + self._names.get(ref, "Any") if ref in self._names else "Any"
        if isinstance(schema, dict) and "$ref" in schema:
            return "Any"
        if not isinstance(schema, dict) or not schema:
            return "Any"
        text = self._bare(schema, hint, prefix)
        if schema.get("nullable") and text != "Any":
            text = _union([text, "None"])
        return text

    def _bare(self, schema: dict[str, Any], hint: str, prefix: str) -> str:
        if schema.get("enum"):
            values = _literals(schema["enum"])
            literal = f"Literal[{', '.join(values)}]" if values else "Any"
            if len(literal) <= 60 or not values:
                return literal
            name = naming.unique(naming.pascal_case(hint), self._taken)
            self.models[name] = Model(name, alias=literal, literals=values)
            return prefix + name
        for key in ("oneOf", "anyOf"):
            if schema.get(key):
                parts = [
                    self.annotation(part, f"{hint}Option{index}", prefix)
                    for index, part in enumerate(schema[key], start=1)
                ]
                return _union(parts)
        if schema.get("allOf"):
            parts = schema["allOf"]
            if len(parts) == 1 and not schema.get("properties"):
                return self.annotation(parts[0], hint, prefix)
            return prefix + self._object(hint, schema)
        kind = schema.get("type") or ("object" if "properties" in schema else None)
        if isinstance(kind, list):  # OpenAPI 3.1: a list of types, "null" among them
            parts = [
                self._bare({**schema, "type": one}, hint, prefix) for one in kind if one != "null"
            ]
            if "null" in kind:
                parts.append("None")
            return _union(parts)
        if kind == "array":
            return f"list[{self.annotation(schema.get('items') or {}, f'{hint}Item', prefix)}]"
        if kind == "object":
            if schema.get("properties"):
                return prefix + self._object(hint, schema)
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                return f"dict[str, {self.annotation(extra, f'{hint}Value', prefix)}]"
            return "dict[str, Any]"
        return _SCALARS.get(str(kind), "Any")

    def _component(self, name: str, schema: Any) -> None:
        resolved = schema if isinstance(schema, dict) else {}
        description = str(resolved.get("description") or "")
        if "$ref" not in resolved and (
            resolved.get("properties") or _object_all_of(self.api, resolved)
        ):
            self._object(name, resolved, exact=True)
            self.models[name].description = description
            return
        model = Model(name, description)
        self.models[name] = model
        values = _literals(resolved.get("enum") or []) if "$ref" not in resolved else []
        if values:
            # An enum alias is written out in full (it must not name itself); a nullable
            # one holds None among its values.
            if resolved.get("nullable") and "None" not in values:
                values.append("None")
            model.literals = values
            model.alias = f"Literal[{', '.join(values)}]"
        else:
            model.alias = self.annotation(schema, f"{name}Value")

    def _object(self, hint: str, schema: dict[str, Any], exact: bool = False) -> str:
        name = hint if exact else naming.unique(naming.pascal_case(hint), self._taken)
        model = Model(name, str(schema.get("description") or "") if not exact else "")
        self.models[name] = model
        for part in schema.get("allOf") or []:
            ref = self.api.ref_name(part)
            target = self._names.get(ref or "")
            if target is not None and _is_object(self.api, part):
                model.bases.append(target)
            else:
                model.fields.extend(self._fields(name, self.api.deref(part)))
        model.fields.extend(self._fields(name, schema))
        # allOf parts may declare a key again: one field per key, the last declaration wins.
        merged: dict[str, Field] = {}
        for item in model.fields:
            merged[item.key] = item
        model.fields = list(merged.values())
        return name

    def _fields(self, owner: str, schema: Any) -> list[Field]:
        if not isinstance(schema, dict):
            return []
        required = set(schema.get("required") or [])
        found: list[Field] = []
        for key, prop in (schema.get("properties") or {}).items():
            # A referenced schema documents itself; only the property's own text belongs here.
            own = isinstance(prop, dict) and "$ref" not in prop
            description = prop.get("description", "") if own else ""
            hint = owner + naming.pascal_case(str(key))
            found.append(
                Field(
                    str(key), self.annotation(prop, hint), key in required, str(description or "")
                )
            )
        return found


def flatten_conflicting_bases(models: dict[str, Model]) -> None:
    """Inline the bases of models that declare a key a base already has.

    A TypedDict may not redeclare an inherited key (mypy rejects it), while ``allOf`` may
    narrow one; such a model gets every field itself, its own declarations winning.
    """

    def inherited(model: Model, seen: frozenset[str]) -> list[Field]:
        fields: list[Field] = []
        for base in model.bases:
            if base in models and base not in seen:
                fields.extend(inherited(models[base], seen | {base}))
                fields.extend(models[base].fields)
        return fields

    for model in models.values():
        if not model.bases:
            continue
        from_bases = inherited(model, frozenset({model.name}))
        if {f.key for f in from_bases} & {f.key for f in model.fields}:
            merged = {f.key: f for f in from_bases}
            merged.update({f.key: f for f in model.fields})
            model.fields = list(merged.values())
            model.bases = []


def _is_object(api: Api, schema: Any) -> bool:
    resolved = api.deref(schema)
    return isinstance(resolved, dict) and bool(
        resolved.get("properties") or _object_all_of(api, resolved)
    )


def _object_all_of(api: Api, schema: dict[str, Any]) -> bool:
    parts = schema.get("allOf") or []
    return (
        len(parts) > 1
        or bool(parts and schema.get("properties"))
        or any(
            _is_object(api, part) for part in parts if isinstance(part, dict) and "$ref" not in part
        )
    )


def _literals(values: list[Any]) -> list[str]:
    """Python literals of the enum values ``Literal[...]`` can hold (floats and objects cannot)."""
    found: list[str] = []
    for value in values:
        if isinstance(value, str):
            # Escaped: ruff flags look-alike characters (RUF001) in string literals.
            found.append(json.dumps(value))
        elif value is None or isinstance(value, (bool, int)):
            found.append(repr(value))
    return list(dict.fromkeys(found))


def _union(parts: list[str]) -> str:
    """``A | B | None``: members once each, ``None`` last, ``Any`` absorbing the rest."""
    members: list[str] = []
    for part in parts:
        for member in part.split(" | ") if "[" not in part else [part]:
            if member not in members:
                members.append(member)
    if not members or "Any" in members:
        return "Any"
    if "None" in members:
        members = [m for m in members if m != "None"] + ["None"]
    return " | ".join(members)
