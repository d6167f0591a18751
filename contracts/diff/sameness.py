"""Spotting subtrees that did not change, so the walker skips them without comparing.

Two raw subtrees that are equal are only the same API when every ``$ref`` inside them
reaches values that are equal too: a shared component may have changed under an operation
whose own text did not. The closure of references is therefore checked, and the answer is
kept per reference target, so each component is looked at once.
"""

from __future__ import annotations

from typing import Any

from contracts.diff.view import Node, SpecView
from contracts.errors import ContractsError
from contracts.workspace import Target


class Sameness:
    """Answers "did this subtree change?" for a pair of sides, with memoised ref closures."""

    def __init__(self, base: SpecView, head: SpecView) -> None:
        self.base = base
        self.head = head
        self._stable: dict[Target, bool] = {}
        self._refs: dict[Target, list[Target]] = {}
        self._same: dict[tuple[Target, Target], bool] = {}

    def same(self, base: Node, head: Node) -> bool:
        """True when both subtrees are equal and every reference inside reaches equal values."""
        key = (base.target, head.target)
        found = self._same.get(key)
        if found is None:
            found = self._same[key] = self._decide(base, head)
        return found

    def _decide(self, base: Node, head: Node) -> bool:
        if base.value is not head.value and base.value != head.value:
            return False
        if self.base.relative(base.target.file) != self.head.relative(head.target.file):
            return False  # relative references inside would not land on the same files
        return all(self._closure_stable(t) for t in self._collect(base.value, base.target))

    def _collect(self, value: Any, target: Target) -> list[Target]:
        refs: list[Target] = []
        stack = [value]
        view = self.base
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                ref = item.get("$ref")
                if isinstance(ref, str):
                    refs.append(view.ref_target(ref, target.file))
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(item)
        return refs

    def _refs_of(self, target: Target) -> list[Target] | None:
        found = self._refs.get(target)
        if found is None:
            try:
                value = self.base.value_at(target)
            except ContractsError:
                return None
            found = self._refs[target] = self._collect(value, target)
        return found

    def _closure_stable(self, start: Target) -> bool:
        known = self._stable.get(start)
        if known is not None:
            return known
        seen = {start}
        stack = [start]
        while stack:
            target = stack.pop()
            if self._stable.get(target) is True:
                continue
            if not self._equal(target):
                self._stable[start] = False
                return False
            refs = self._refs_of(target) or []
            for ref in refs:
                if ref not in seen:
                    seen.add(ref)
                    stack.append(ref)
        # Every target reachable from start is equal on both sides, and so is everything
        # reachable from each of them: all are stable.
        for target in seen:
            self._stable[target] = True
        return True

    def _equal(self, target: Target) -> bool:
        try:
            base_value = self.base.value_at(target)
            head_value = self.head.value_at(self.head.target_for(self.base.key(target)))
        except ContractsError:
            return False
        return base_value is head_value or bool(base_value == head_value)
