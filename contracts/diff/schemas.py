"""Direction-aware structural comparison of two schemas, through refs, unions and nesting.

Results are relative to the compared schemas (pointer tokens and a readable name path
below them) and memoised per pair of source targets and direction, so a component used by
a hundred operations is compared once and its changes are re-anchored at each use.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from contracts import pointer as jp
from contracts.diff.keywords import compare_keywords, compare_types
from contracts.diff.sameness import Sameness
from contracts.diff.shapes import Member, Shape, ShapeBuilder
from contracts.diff.view import Node, SpecView
from contracts.workspace import Target


@dataclass(frozen=True)
class Change:
    """One schema change, relative to the schemas that were compared."""

    kind: str
    #: Pointer tokens below the compared schema, on the side named by ``side``.
    tokens: tuple[str, ...]
    #: Readable path below the compared schema (property names, ``[]`` for items).
    name: tuple[str, ...]
    target: Target
    side: str
    fields: tuple[tuple[str, str], ...] = ()


def _nest(changes: list[Change], base: Member, head: Member, name: str) -> list[Change]:
    return [
        replace(
            change,
            tokens=(base.tokens if change.side == "base" else head.tokens) + change.tokens,
            name=((name,) if name else ()) + change.name,
        )
        for change in changes
    ]


class SchemaComparer:
    """Compares schemas of a base and a head spec."""

    def __init__(self, base: SpecView, head: SpecView, sameness: Sameness) -> None:
        self.base = ShapeBuilder(base)
        self.head = ShapeBuilder(head)
        self.sameness = sameness
        self._memo: dict[tuple[Target, Target, str], list[Change]] = {}
        self._active: set[tuple[Target, Target, str]] = set()

    def compare(self, base: Node, head: Node, direction: str) -> list[Change]:
        """Changes from ``base`` to ``head`` in a schema a client sends or receives."""
        key = (base.target, head.target, direction)
        found = self._memo.get(key)
        if found is not None:
            return found
        if key in self._active:  # recursive schema: its changes are reported one level up
            return []
        if self.sameness.same(base, head):
            self._memo[key] = []
            return []
        self._active.add(key)
        try:
            result = self._compare_union(self.base.shape(base), self.head.shape(head), direction)
        finally:
            self._active.discard(key)
        self._memo[key] = result
        return result

    def _compare_union(self, base: Shape, head: Shape, direction: str) -> list[Change]:
        base_alts = self.base.alternatives(base)
        head_alts = self.head.alternatives(head)
        if len(base_alts) == 1 and len(head_alts) == 1:
            return self._compare_shape(base_alts[0][1], head_alts[0][1], direction)
        keyword = (head.variants or base.variants)[0][0]
        pairs, removed, added = _match(base_alts, head_alts, self.sameness)
        changes: list[Change] = []
        if base.discriminator and head.discriminator and base.discriminator != head.discriminator:
            target = Target(
                head.node.target.file, jp.join(head.node.target.pointer, "discriminator")
            )
            fields = (("base", base.discriminator), ("head", head.discriminator))
            changes.append(Change("discriminator-changed", (), (), target, "head", fields))
        for label, shape in removed:
            changes.append(
                Change(
                    "variant-removed",
                    _variant_tokens(base, label),
                    (),
                    _origin(shape).target,
                    "base",
                    (("keyword", keyword), ("label", f"`{label}`")),
                )
            )
        for label, shape in added:
            changes.append(
                Change(
                    "variant-added",
                    _variant_tokens(head, label),
                    (),
                    _origin(shape).target,
                    "head",
                    (("keyword", keyword), ("label", f"`{label}`")),
                )
            )
        for (_, old), (label, new) in pairs:
            inner = self._compare_shape(old, new, direction)
            if len(head_alts) > 1 and label:
                inner = [replace(c, name=(f"({label})", *c.name)) for c in inner]
            changes.extend(inner)
        return changes

    def _compare_shape(self, base: Shape, head: Shape, direction: str) -> list[Change]:
        changes: list[Change] = []

        def emit(kind: str, keyword: str, side: str, **fields: str) -> None:
            shape = head if side == "head" else base
            target = shape.node.target
            if isinstance(shape.node.value, dict) and keyword in shape.node.value:
                target = Target(target.file, jp.join(target.pointer, keyword))
            changes.append(Change(kind, (), (), target, side, tuple(fields.items())))

        if compare_types(base, head, emit):
            return changes
        compare_keywords(base, head, direction, emit)
        self._compare_properties(base, head, direction, changes)
        self._compare_additional(base, head, direction, changes)
        if base.items is not None and head.items is not None:
            inner = self.compare(base.items.node, head.items.node, direction)
            changes.extend(_nest(inner, base.items, head.items, "[]"))
        return changes

    def _flags(self, builder: ShapeBuilder, member: Member) -> dict[str, Any]:
        return builder.shape(member.node).keywords

    def _compare_properties(
        self, base: Shape, head: Shape, direction: str, changes: list[Change]
    ) -> None:
        hidden = "readOnly" if direction == "request" else "writeOnly"
        for name, old in base.properties.items():
            new = head.properties.get(name)
            old_flags = self._flags(self.base, old)
            if new is None:
                if old_flags.get(hidden):
                    continue  # never travelled in this direction
                kind = "required-property-removed" if name in base.required else "property-removed"
                changes.append(Change(kind, old.tokens, (name,), old.node.target, "base"))
                continue
            new_flags = self._flags(self.head, new)
            for flag, kind in (("readOnly", "read-only"), ("writeOnly", "write-only")):
                if new_flags.get(flag) and not old_flags.get(flag):
                    changes.append(
                        Change(
                            f"property-became-{kind}", new.tokens, (name,), new.node.target, "head"
                        )
                    )
            if new_flags.get(hidden):
                continue  # no longer travels in this direction: nothing else matters
            if name in head.required and name not in base.required:
                changes.append(
                    Change("property-became-required", new.tokens, (name,), new.node.target, "head")
                )
            elif name in base.required and name not in head.required:
                changes.append(
                    Change("property-became-optional", new.tokens, (name,), new.node.target, "head")
                )
            changes.extend(_nest(self.compare(old.node, new.node, direction), old, new, name))
        for name, new in head.properties.items():
            if name in base.properties or self._flags(self.head, new).get(hidden):
                continue
            kind = "required-property-added" if name in head.required else "property-added"
            changes.append(Change(kind, new.tokens, (name,), new.node.target, "head"))

    def _compare_additional(
        self, base: Shape, head: Shape, direction: str, changes: list[Change]
    ) -> None:
        old, new = base.additional, head.additional
        if old is False and new is not False:
            changes.append(
                Change(
                    "additional-properties-allowed",
                    ("additionalProperties",),
                    (),
                    head.node.target,
                    "head",
                )
            )
        elif new is False and old is not False:
            target = Target(
                head.node.target.file, jp.join(head.node.target.pointer, "additionalProperties")
            )
            changes.append(
                Change(
                    "additional-properties-disallowed",
                    ("additionalProperties",),
                    (),
                    target,
                    "head",
                )
            )
        elif isinstance(old, Member) and isinstance(new, Member):
            changes.extend(_nest(self.compare(old.node, new.node, direction), old, new, "*"))


def _variant_tokens(shape: Shape, label: str) -> tuple[str, ...]:
    for _, branches in shape.variants:
        for branch in branches:
            if branch.label == label:
                return branch.tokens
    return ()


Alternative = tuple[str, Shape]


def _origin(shape: Shape) -> Node:
    return shape.origin or shape.node


def _score(base: Shape, head: Shape) -> int:
    if base.types != head.types:
        return 0
    return 1 + len(set(base.properties) & set(head.properties))


def _match(
    base: list[Alternative], head: list[Alternative], sameness: Sameness
) -> tuple[list[tuple[Alternative, Alternative]], list[Alternative], list[Alternative]]:
    """Pair the alternatives of two unions: by name, then by identity, then by likeness."""
    pairs: list[tuple[Alternative, Alternative]] = []
    left, right = list(base), list(head)

    def take(test: Any) -> None:
        for old in list(left):
            for new in right:
                if test(old, new):
                    pairs.append((old, new))
                    left.remove(old)
                    right.remove(new)
                    break

    take(lambda old, new: old[0] and old[0] == new[0] and not old[0].startswith("#"))
    take(lambda old, new: sameness.same(_origin(old[1]), _origin(new[1])))
    while left and right:
        score, old, new = max(
            ((_score(o[1], n[1]), o, n) for o in left for n in right), key=lambda item: item[0]
        )
        if score == 0:
            break
        pairs.append((old, new))
        left.remove(old)
        right.remove(new)
    return pairs, left, right
