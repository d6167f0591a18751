"""Unions of two sides: pairing their variants, and what their discriminators map.

Variants are paired by name (the ``$ref`` or title), then by identity, then by likeness,
so reordering a ``oneOf`` or pointing a branch at an identical copy is no change.
"""

from __future__ import annotations

from typing import Any

from contracts.diff.keywords import show
from contracts.diff.sameness import Sameness
from contracts.diff.shapes import Shape
from contracts.diff.view import Node

#: One way a value may be: (variant label, its shape merged with the parent's).
Alternative = tuple[str, Shape]


def _tags(shape: Shape) -> dict[str, str]:
    """Discriminator value -> schema name: the explicit mapping, else each variant's name."""
    tags = dict(shape.mapping)
    named = set(tags.values())
    for _, branches in shape.variants[:1]:
        for branch in branches:
            if branch.referenced and branch.label not in named:
                tags.setdefault(branch.label, branch.label)
    return tags


def mapping_changes(
    base: Shape,
    head: Shape,
    pairs: list[tuple[Alternative, Alternative]],
    removed: list[Alternative],
    added: list[Alternative],
) -> list[tuple[str, tuple[tuple[str, str], ...]]]:
    """Discriminator values that disappeared, appeared or now select another variant.

    A value whose variant was removed or added is already reported as that variant.
    """
    old, new = _tags(base), _tags(head)
    renamed = {o[0]: n[0] or o[0] for o, n in pairs}  # a lone variant has no label
    gone = {label for label, _ in removed}
    fresh = {label for label, _ in added}
    changes: list[tuple[str, tuple[tuple[str, str], ...]]] = []
    lost = [show(v) for v, name in old.items() if v not in new and name not in gone]
    gained = [show(v) for v, name in new.items() if v not in old and name not in fresh]
    fields: tuple[tuple[str, str], ...]
    if lost:
        fields = (("values", ", ".join(lost)), ("property", str(head.discriminator)))
        changes.append(("discriminator-value-removed", fields))
    if gained:
        fields = (("values", ", ".join(gained)), ("property", str(head.discriminator)))
        changes.append(("discriminator-value-added", fields))
    for value, name in old.items():
        now = new.get(value)
        if now is not None and renamed.get(name, name) != now:
            fields = (
                ("value", show(value)),
                ("property", str(head.discriminator)),
                ("base", f"`{name}`"),
                ("head", f"`{now}`"),
            )
            changes.append(("discriminator-mapping-changed", fields))
    return changes


def variant_tokens(shape: Shape, label: str) -> tuple[str, ...]:
    """The pointer tokens of the variant called ``label`` below ``shape``'s schema."""
    for _, branches in shape.variants:
        for branch in branches:
            if branch.label == label:
                return branch.tokens
    return ()


def origin(shape: Shape) -> Node:
    """The schema a variant was written as (its own node, not the merged parent)."""
    return shape.origin or shape.node


def _score(base: Shape, head: Shape) -> int:
    if base.types != head.types:
        return 0
    return 1 + len(set(base.properties) & set(head.properties))


def match(
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
    take(lambda old, new: sameness.same(origin(old[1]), origin(new[1])))
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
