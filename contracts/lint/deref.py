"""Following ``$ref`` chains fast: targets and documents cached per run.

:meth:`Workspace.resolve` resolves file paths through the file system on every call, which
costs seconds over the tens of thousands of references of a large document; lint asks
the same questions many times, so the answers are kept here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import unquote

from contracts import pointer as jp
from contracts.document import Document
from contracts.errors import ContractsError
from contracts.lint.node import Node
from contracts.workspace import Target, Workspace

_MAX_HOPS = 50  # beyond this a chain is a cycle; the reference rules report it


class Dereferencer:
    """Follows references inside a workspace, remembering targets and parsed documents."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self._targets: dict[tuple[str, Path], Target] = {}
        self._documents: dict[Path, Document] = {}

    def target(self, ref: str, file: Path) -> Target:
        """Where ``ref``, written in ``file`` (an absolute path), points."""
        key = (ref, file)
        found = self._targets.get(key)
        if found is None:
            if ref.startswith("#"):
                found = Target(file, unquote(ref[1:]))
            else:
                found = self.workspace.target(ref, file)
            self._targets[key] = found
        return found

    def document(self, file: Path) -> Document:
        """The document at ``file`` (absolute); raises ``ContractsError`` when unreadable."""
        found = self._documents.get(file)
        if found is None:
            found = self._documents[file] = self.workspace.document(file)
        return found

    def data(self, file: Path) -> Any:
        """The parsed data of ``file``; raises ``ContractsError`` when it cannot be read."""
        return self.document(file).data

    def follow(self, value: Any, file: Path, pointer: str) -> Node | None:
        """The object ``value`` (at ``pointer`` in ``file``) stands for; None if unresolvable."""
        for _ in range(_MAX_HOPS):
            if not (isinstance(value, dict) and isinstance(value.get("$ref"), str)):
                return Node(value, file, pointer) if isinstance(value, dict) else None
            target = self.target(value["$ref"], file)
            try:
                value = jp.resolve(self.data(target.file), target.pointer)
            except (ContractsError, KeyError, ValueError):
                return None
            file, pointer = target.file, target.pointer
        return None
