"""What every rule family works with: the two sides, the comparer, the reporter, the pair."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from contracts import pointer as jp
from contracts.diff.report import Reporter
from contracts.diff.sameness import Sameness
from contracts.diff.schemas import SchemaComparer
from contracts.diff.view import Node, SpecView


@dataclass
class DiffContext:
    """The state shared while diffing one pair of specs."""

    base: SpecView
    head: SpecView
    sameness: Sameness
    schemas: SchemaComparer
    reporter: Reporter
    today: datetime.date

    @classmethod
    def create(cls, spec: str, base: SpecView, head: SpecView, today: datetime.date) -> DiffContext:
        """A context with fresh caches for ``base`` and ``head``."""
        sameness = Sameness(base, head)
        return cls(
            base,
            head,
            sameness,
            SchemaComparer(base, head, sameness),
            Reporter(spec, base, head),
            today,
        )


@dataclass(frozen=True)
class OperationPair:
    """One operation as it is on both sides."""

    method: str
    base_path: str
    head_path: str
    base: Node
    head: Node
    base_item: Node
    head_item: Node

    @property
    def label(self) -> str:
        """``METHOD /path`` as the head side writes it."""
        return f"{self.method.upper()} {self.head_path}"

    @property
    def base_pointer(self) -> str:
        """The operation's pointer in the base document."""
        return jp.join("", "paths", self.base_path, self.method)

    @property
    def head_pointer(self) -> str:
        """The operation's pointer in the head document."""
        return jp.join("", "paths", self.head_path, self.method)
