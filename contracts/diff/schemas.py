"""Direction-aware structural comparison of two schemas, through refs, unions and nesting.

Each pair of sub-schemas (a base node and the head node it corresponds to) is a vertex:
its *local* changes (its own keywords, properties added or removed...) are computed once
and remembered, and its children are edges to other vertices. The changes below a schema
are the local changes of every vertex reachable from it, found breadth-first, so:

* a recursive schema is walked once (a vertex is visited once per walk);
* a component reached along several paths is reported once, at its shortest path, instead
  of once per path (the number of paths grows exponentially in a large, tangled spec);
* a component used by a hundred operations is compared once and re-anchored at each use.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, replace
from typing import Any

from contracts import pointer as jp
from contracts.diff.keywords import compare_keywords, compare_types, show
from contracts.diff.sameness import Sameness
from contracts.diff.shapes import Member, Shape, ShapeBuilder
from contracts.diff.unions import mapping_changes, match, origin, variant_tokens
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


@dataclass(frozen=True)
class _Edge:
    """A pair of corresponding child schemas, with how to reach them from their parents."""

    base: Member
    head: Member
    name: tuple[str, ...]
    #: Interned identity of the pair (hashing two targets on every walk step is slow).
    key: int = 0


Key = tuple[Target, Target, str]


class SchemaComparer:
    """Compares schemas of a base and a head spec."""

    def __init__(self, base: SpecView, head: SpecView, sameness: Sameness) -> None:
        self.base = ShapeBuilder(base)
        self.head = ShapeBuilder(head)
        self.sameness = sameness
        self._local: dict[Key, tuple[list[Change], list[_Edge]]] = {}
        self._walks: dict[Key, list[Change]] = {}
        self._ids: dict[Key, int] = {}
        self._quiet: set[int] = set()

    def _id(self, base: Node, head: Node, direction: str) -> int:
        key = (base.target, head.target, direction)
        found = self._ids.get(key)
        if found is None:
            found = self._ids[key] = len(self._ids)
        return found

    def compare(self, base: Node, head: Node, direction: str) -> list[Change]:
        """Changes from ``base`` to ``head`` in a schema a client sends or receives."""
        root: Key = (base.target, head.target, direction)
        found = self._walks.get(root)
        if found is None:
            found = self._walks[root] = (
                [] if self.sameness.same(base, head) else self._walk(base, head, direction)
            )
        return found

    def _walk(self, base: Node, head: Node, direction: str) -> list[Change]:
        start = self._id(base, head, direction)
        if start in self._quiet:
            return []
        changes: list[Change] = []
        seen = {start}
        successors: dict[int, list[int]] = {}
        noisy: list[int] = []
        queue: deque[tuple[int, Node, Node, tuple[str, ...], tuple[str, ...], tuple[str, ...]]]
        queue = deque([(start, base, head, (), (), ())])
        while queue:
            vertex, old, new, base_tokens, head_tokens, name = queue.popleft()
            local, edges = self._vertex(old, new, direction)
            if local:
                noisy.append(vertex)
            changes.extend(
                replace(
                    change,
                    tokens=(base_tokens if change.side == "base" else head_tokens) + change.tokens,
                    name=name + change.name,
                )
                for change in local
            )
            following = successors[vertex] = []
            for edge in edges:
                if edge.key in self._quiet:
                    continue
                following.append(edge.key)
                if edge.key in seen:
                    continue
                seen.add(edge.key)
                queue.append(
                    (
                        edge.key,
                        edge.base.node,
                        edge.head.node,
                        base_tokens + edge.base.tokens,
                        head_tokens + edge.head.tokens,
                        name + edge.name,
                    )
                )
        self._mark_quiet(seen, successors, noisy)
        return changes

    def _mark_quiet(
        self, seen: set[int], successors: dict[int, list[int]], noisy: list[int]
    ) -> None:
        """Remember the visited vertices from which no change can be reached.

        A documentation-only edit makes every schema differ textually; without this, each
        operation would walk the whole unchanged graph again.
        """
        predecessors: dict[int, list[int]] = {}
        for vertex, following in successors.items():
            for target in following:
                predecessors.setdefault(target, []).append(vertex)
        live = set(noisy)
        stack = list(noisy)
        while stack:
            for parent in predecessors.get(stack.pop(), ()):
                if parent not in live:
                    live.add(parent)
                    stack.append(parent)
        self._quiet.update(seen - live)

    def _vertex(self, base: Node, head: Node, direction: str) -> tuple[list[Change], list[_Edge]]:
        key = (base.target, head.target, direction)
        found = self._local.get(key)
        if found is None:
            changes: list[Change] = []
            edges: list[_Edge] = []
            self._compare_union(
                self.base.shape(base), self.head.shape(head), direction, changes, edges
            )
            # An unchanged child leads nowhere: drop it once here, not on every walk.
            edges = [
                replace(e, key=self._id(e.base.node, e.head.node, direction))
                for e in edges
                if not self.sameness.same(e.base.node, e.head.node)
            ]
            found = self._local[key] = (changes, edges)
        return found

    def _compare_union(
        self, base: Shape, head: Shape, direction: str, changes: list[Change], edges: list[_Edge]
    ) -> None:
        base_alts = self.base.alternatives(base)
        head_alts = self.head.alternatives(head)
        if len(base_alts) == 1 and len(head_alts) == 1:
            self._compare_shape(base_alts[0][1], head_alts[0][1], direction, changes, edges)
            return
        keyword = (head.variants or base.variants)[0][0]
        pairs, removed, added = match(base_alts, head_alts, self.sameness)
        discriminator = Target(
            head.node.target.file, jp.join(head.node.target.pointer, "discriminator")
        )
        if base.discriminator and head.discriminator and base.discriminator != head.discriminator:
            fields = (("base", base.discriminator), ("head", head.discriminator))
            changes.append(Change("discriminator-changed", (), (), discriminator, "head", fields))
        elif base.discriminator and head.discriminator:
            changes.extend(
                Change(kind, (), (), discriminator, "head", fields)
                for kind, fields in mapping_changes(base, head, pairs, removed, added)
            )
        old_keyword = base.variants[0][0] if base.variants else keyword
        if old_keyword != keyword:
            kind = "one-of-became-any-of" if keyword == "anyOf" else "any-of-became-one-of"
            target = Target(head.node.target.file, jp.join(head.node.target.pointer, keyword))
            changes.append(Change(kind, (), (), target, "head"))
        for label, shape in removed:
            changes.append(
                Change(
                    "variant-removed",
                    variant_tokens(base, label),
                    (),
                    origin(shape).target,
                    "base",
                    (("keyword", keyword), ("label", f"`{label}`")),
                )
            )
        for label, shape in added:
            changes.append(
                Change(
                    "variant-added",
                    variant_tokens(head, label),
                    (),
                    origin(shape).target,
                    "head",
                    (("keyword", keyword), ("label", f"`{label}`")),
                )
            )
        for (_, old), (label, new) in pairs:
            inner: list[Change] = []
            inner_edges: list[_Edge] = []
            self._compare_shape(old, new, direction, inner, inner_edges)
            prefix = (f"({label})",) if len(head_alts) > 1 and label else ()
            changes.extend(replace(change, name=prefix + change.name) for change in inner)
            edges.extend(replace(edge, name=prefix + edge.name) for edge in inner_edges)

    def _compare_shape(
        self, base: Shape, head: Shape, direction: str, changes: list[Change], edges: list[_Edge]
    ) -> None:
        def emit(kind: str, keyword: str, side: str, **fields: str) -> None:
            shape = head if side == "head" else base
            target = shape.node.target
            if isinstance(shape.node.value, dict) and keyword in shape.node.value:
                target = Target(target.file, jp.join(target.pointer, keyword))
            changes.append(Change(kind, (), (), target, side, tuple(fields.items())))

        if compare_types(base, head, emit):
            return  # unrelated types: what is inside them no longer corresponds
        compare_keywords(base, head, direction, emit)
        self._compare_properties(base, head, direction, changes, edges)
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
            edges.append(_Edge(old, new, ("*",)))
        elif old is None and isinstance(new, Member):
            changes.append(
                Change(
                    "additional-properties-restricted",
                    new.tokens,
                    (),
                    new.node.target,
                    "head",
                )
            )
        elif isinstance(old, Member) and new is None:
            changes.append(
                Change(
                    "additional-properties-unrestricted",
                    ("additionalProperties",),
                    (),
                    head.node.target,
                    "head",
                )
            )
        if base.items is not None and head.items is not None:
            edges.append(_Edge(base.items, head.items, ("[]",)))

    def _flags(self, builder: ShapeBuilder, member: Member) -> dict[str, Any]:
        return builder.shape(member.node).keywords

    def _compare_properties(
        self, base: Shape, head: Shape, direction: str, changes: list[Change], edges: list[_Edge]
    ) -> None:
        hidden = "readOnly" if direction == "request" else "writeOnly"
        for name, old in base.properties.items():
            new = head.properties.get(name)
            old_flags = self._flags(self.base, old)
            if new is None:
                if old_flags.get(hidden):
                    continue  # never travelled in this direction
                kind = "required-property-removed" if name in base.required else "property-removed"
                renamed = (("renamed", self._renamed(name, old, base, head, hidden)),)
                changes.append(Change(kind, old.tokens, (name,), old.node.target, "base", renamed))
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
            if old_flags.get(hidden):
                # It starts travelling in this direction (readOnly dropped in a request,
                # writeOnly dropped in a response): for this direction it is new.
                self._added(name, new, head, direction, changes)
                continue
            if name in head.required and name not in base.required:
                changes.append(
                    Change(
                        "property-became-required",
                        new.tokens,
                        (name,),
                        new.node.target,
                        "head",
                        (("note", _default_note(new_flags, direction)),),
                    )
                )
            elif name in base.required and name not in head.required:
                changes.append(
                    Change("property-became-optional", new.tokens, (name,), new.node.target, "head")
                )
            edges.append(_Edge(old, new, (name,)))
        for name, new in head.properties.items():
            if name in base.properties or self._flags(self.head, new).get(hidden):
                continue
            self._added(name, new, head, direction, changes)

    def _renamed(self, name: str, old: Member, base: Shape, head: Shape, hidden: str) -> str:
        """``, apparently renamed to `x``` when exactly one property with the same schema
        appeared beside a removed one: the reader sees a rename, not two unrelated edits."""
        gone = [n for n in base.properties if n not in head.properties]
        fresh = [
            n
            for n in head.properties
            if n not in base.properties
            and not self._flags(self.head, head.properties[n]).get(hidden)
        ]
        if gone != [name] or len(fresh) != 1:
            return ""
        # Written alike is enough for a hint (it only words the message, never classifies).
        if old.node.value != head.properties[fresh[0]].node.value:
            return ""
        return f", apparently renamed to `{fresh[0]}`"

    def _added(
        self, name: str, new: Member, head: Shape, direction: str, changes: list[Change]
    ) -> None:
        if name in head.required:
            note = (("note", _default_note(self._flags(self.head, new), direction)),)
            changes.append(
                Change(
                    "required-property-added", new.tokens, (name,), new.node.target, "head", note
                )
            )
        else:
            changes.append(Change("property-added", new.tokens, (name,), new.node.target, "head"))


def _default_note(flags: dict[str, Any], direction: str) -> str:
    """Why a default does not soften a new requirement: validation rejects the omission."""
    if "default" not in flags or direction != "request":
        return ""
    return f", with default {show(flags['default'])} that does not make it optional"
