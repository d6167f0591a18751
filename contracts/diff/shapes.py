"""The effective shape of a schema: ``allOf`` merged, unions split into variants, nulls folded.

Comparing shapes instead of raw schemas is what keeps refactors quiet: moving properties
into an ``allOf`` member, wrapping a schema in a one-branch ``oneOf`` or writing
``oneOf: [X, {type: "null"}]`` instead of ``nullable: true`` leave the shape unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from contracts.diff.view import Node, SpecView

#: Keywords whose values are upper bounds (tighter = smaller) and lower bounds.
UPPER_BOUNDS = ("maximum", "maxLength", "maxItems", "maxProperties")
LOWER_BOUNDS = ("minimum", "minLength", "minItems", "minProperties")
_SCALARS = (
    "format",
    "enum",
    "pattern",
    "default",
    "multipleOf",
    "uniqueItems",
    "readOnly",
    "writeOnly",
    "deprecated",
    "exclusiveMaximum",
    "exclusiveMinimum",
    "x-extensible-enum",
    *UPPER_BOUNDS,
    *LOWER_BOUNDS,
)


_OBJECT_KEYWORDS = ("properties", "additionalProperties", "maxProperties", "minProperties")
_ARRAY_KEYWORDS = ("items", "maxItems", "minItems", "uniqueItems")


@dataclass(frozen=True)
class Member:
    """A sub-schema of a shape, with its pointer tokens below the shape's own schema."""

    tokens: tuple[str, ...]
    node: Node
    label: str = ""
    #: The label is the name of a referenced schema (a discriminator's implicit value).
    referenced: bool = False


@dataclass
class Shape:
    """The merged view of one schema."""

    node: Node
    types: frozenset[str] | None = None
    nullable: bool = False
    keywords: dict[str, Any] = field(default_factory=dict)
    properties: dict[str, Member] = field(default_factory=dict)
    required: set[str] = field(default_factory=set)
    #: None when unrestricted, False when forbidden, a Member when constrained by a schema.
    additional: Member | bool | None = None
    items: Member | None = None
    variants: list[tuple[str, list[Member]]] = field(default_factory=list)
    discriminator: str | None = None
    #: The discriminator's explicit mapping: tag value -> name of the schema it selects.
    mapping: dict[str, str] = field(default_factory=dict)
    #: Built by merging a variant into its parent: not the shape of a single schema.
    synthetic: bool = False
    #: For a variant merged into its parent: the variant's own schema.
    origin: Node | None = None


def _types(raw: dict[str, Any]) -> tuple[frozenset[str] | None, bool]:
    declared = raw.get("type")
    if isinstance(declared, str):
        return frozenset({declared}), False
    if isinstance(declared, list):
        names = frozenset(str(name) for name in declared)
        return (names - {"null"}) or None, "null" in names
    # Without a type, object or array keywords still say what the schema is meant for;
    # adding the missing `type: object` to such a schema is not a change worth reporting.
    if any(key in raw for key in _OBJECT_KEYWORDS):
        return frozenset({"object"}), False
    if any(key in raw for key in _ARRAY_KEYWORDS):
        return frozenset({"array"}), False
    return None, False


def _fold_numeric_exclusive(raw: dict[str, Any], keywords: dict[str, Any]) -> None:
    """Write 3.1's numeric ``exclusiveMinimum: 0`` as 3.0's ``minimum: 0, exclusiveMinimum: true``.

    So a bound compares alike in either dialect, and a 3.0 to 3.1 migration is no change.
    """
    for bound, exclusive, upper in (
        ("minimum", "exclusiveMinimum", False),
        ("maximum", "exclusiveMaximum", True),
    ):
        value = raw.get(exclusive)
        if not isinstance(value, int | float) or isinstance(value, bool):
            continue
        inclusive = raw.get(bound)
        if isinstance(inclusive, int | float) and (
            (upper and inclusive < value) or (not upper and inclusive > value)
        ):
            keywords[exclusive] = False  # the inclusive bound is the tighter one
            continue
        keywords[bound] = value
        keywords[exclusive] = True


def _is_null_branch(raw: Any) -> bool:
    return isinstance(raw, dict) and (raw.get("type") == "null" or raw.get("enum") == [None])


def _label(raw: Any, index: int) -> str:
    if isinstance(raw, dict) and isinstance(raw.get("$ref"), str):
        return str(raw["$ref"]).rsplit("/", 1)[-1]
    if isinstance(raw, dict) and isinstance(raw.get("title"), str):
        return str(raw["title"])
    return f"#{index + 1}"


class ShapeBuilder:
    """Builds (and remembers) the shapes of one side's schemas."""

    def __init__(self, view: SpecView) -> None:
        self.view = view
        self._shapes: dict[Any, Shape] = {}
        self._building: set[Any] = set()

    def shape(self, node: Node) -> Shape:
        """The shape of the schema at ``node``."""
        key = node.target
        found = self._shapes.get(key)
        if found is not None:
            return found
        if key in self._building:  # an allOf that includes itself: stop merging
            return Shape(node)
        self._building.add(key)
        try:
            built = self._build(node)
        finally:
            self._building.discard(key)
        self._shapes[key] = built
        return built

    def _build(self, node: Node) -> Shape:
        raw = node.value if isinstance(node.value, dict) else {}
        types, null_type = _types(raw)
        shape = Shape(node, types=types, nullable=bool(raw.get("nullable")) or null_type)
        shape.keywords = {key: raw[key] for key in _SCALARS if key in raw}
        _fold_numeric_exclusive(raw, shape.keywords)
        view = self.view
        properties = raw.get("properties")
        for name in properties if isinstance(properties, dict) else ():
            child = view.child(node, "properties", name)
            if child is not None:
                shape.properties[str(name)] = Member(("properties", str(name)), child)
        required = raw.get("required")
        if isinstance(required, list):
            shape.required = {str(name) for name in required}
        additional = raw.get("additionalProperties")
        if additional is False:
            shape.additional = False
        elif isinstance(additional, dict):
            child = view.child(node, "additionalProperties")
            if child is not None and child.value != {}:
                shape.additional = Member(("additionalProperties",), child)
        if "items" in raw:
            child = view.child(node, "items")
            if child is not None:
                shape.items = Member(("items",), child)
        discriminator = raw.get("discriminator")
        if isinstance(discriminator, dict):
            shape.discriminator = str(discriminator.get("propertyName"))
            mapping = discriminator.get("mapping")
            if isinstance(mapping, dict):
                # `Cat` and `#/components/schemas/Cat` name the same schema.
                shape.mapping = {str(k): str(v).rsplit("/", 1)[-1] for k, v in mapping.items()}
        for index in range(len(raw.get("allOf") or [])):
            child = view.child(node, "allOf", index)
            if child is not None:
                merge(shape, self.shape(child), ("allOf", str(index)))
        for keyword in ("oneOf", "anyOf"):
            branches: list[Member] = []
            for index, branch_raw in enumerate(raw.get(keyword) or []):
                if _is_null_branch(branch_raw):
                    shape.nullable = True
                    continue
                child = view.child(node, keyword, index)
                if child is not None:
                    referenced = isinstance(branch_raw, dict) and "$ref" in branch_raw
                    label = _label(branch_raw, index)
                    branches.append(Member((keyword, str(index)), child, label, referenced))
            if len(branches) == 1:
                merge(shape, self.shape(branches[0].node), branches[0].tokens)
            elif branches:
                shape.variants.append((keyword, branches))
        return shape

    def alternatives(self, shape: Shape) -> list[tuple[str, Shape]]:
        """The shapes a value may take: one per variant of the first union, or just ``shape``."""
        if not shape.variants:
            return [("", shape)]
        (_, branches), rest = shape.variants[0], shape.variants[1:]
        result = []
        for branch in branches:
            merged = replace(
                shape,
                keywords=dict(shape.keywords),
                properties=dict(shape.properties),
                required=set(shape.required),
                variants=list(rest),
                synthetic=True,
                origin=branch.node,
            )
            merge(merged, self.shape(branch.node), branch.tokens)
            result.append((branch.label, merged))
        return result


def _prefixed(member: Member, prefix: tuple[str, ...]) -> Member:
    return replace(member, tokens=prefix + member.tokens)


def merge(shape: Shape, other: Shape, prefix: tuple[str, ...]) -> None:
    """Merge ``other`` (an allOf member or a variant at ``prefix``) into ``shape``.

    Bounds keep the tighter value, as a value must satisfy every member.
    """
    if shape.types is None:
        shape.types = other.types
    elif other.types is not None:
        shape.types = (shape.types & other.types) or shape.types
    shape.nullable = shape.nullable or other.nullable
    for key, value in other.keywords.items():
        mine = shape.keywords.get(key)
        if mine is None:
            shape.keywords[key] = value
        elif key in UPPER_BOUNDS and isinstance(value, int | float):
            shape.keywords[key] = min(mine, value)
        elif key in LOWER_BOUNDS and isinstance(value, int | float):
            shape.keywords[key] = max(mine, value)
    for name, member in other.properties.items():
        shape.properties.setdefault(name, _prefixed(member, prefix))
    shape.required |= other.required
    if other.additional is False:
        shape.additional = False
    elif isinstance(other.additional, Member) and shape.additional is None:
        shape.additional = _prefixed(other.additional, prefix)
    if other.items is not None and shape.items is None:
        shape.items = _prefixed(other.items, prefix)
    for keyword, branches in other.variants:
        shape.variants.append((keyword, [_prefixed(branch, prefix) for branch in branches]))
    shape.discriminator = shape.discriminator or other.discriminator
    shape.mapping = shape.mapping or other.mapping
