"""What every check sees: the workspace, the root document, its OpenAPI version and graph."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from contracts.lint.deref import Dereferencer
from contracts.lint.finding import Finding, Rule
from contracts.lint.graph import SpecGraph, build_graph
from contracts.lint.node import Node
from contracts.lint.reach import RefSite, reachable_refs
from contracts.workspace import Workspace


@dataclass
class LintContext:
    """One root document being linted; ``version`` is "3.0" or "3.1"."""

    workspace: Workspace
    root: Path
    version: str
    #: Per-document state rule families share (e.g. compiled schema validators).
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def data(self) -> Any:
        """The root document's parsed data."""
        return self.deref.data(self.root)

    @cached_property
    def deref(self) -> Dereferencer:
        """The run's cached reference follower."""
        return Dereferencer(self.workspace)

    @cached_property
    def graph(self) -> SpecGraph:
        """The document's objects, across every file its references reach."""
        return build_graph(self.deref, self.root)

    def follow(self, value: Any, file: Path, pointer: str) -> Node | None:
        """The object ``value`` (at ``pointer`` in ``file``) stands for, references followed."""
        return self.deref.follow(value, file, pointer)

    def finding(self, rule: Rule, file: Path, pointer: str, message: str) -> Finding:
        """A finding of ``rule`` at ``pointer`` in ``file``, located to its source line."""
        location = self.deref.document(file).location(pointer)
        return Finding(location, rule.id, rule.severity, pointer, message)

    @cached_property
    def reach(self) -> tuple[list[RefSite], list[Path]]:
        """Every reference reachable from the root, and every file they reach."""
        return reachable_refs(self.deref, self.root)
