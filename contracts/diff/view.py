"""One side's spec read through its ``$ref``s: nodes that know where they are written."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from contracts import pointer as jp
from contracts.document import Document, SourceLocation
from contracts.errors import DocumentError, UnresolvableReferenceError
from contracts.workspace import Target, Workspace


def _escape(token: str | int) -> str:
    # A fast path of pointer.escape: walking a large spec joins pointers a million times.
    text = str(token)
    if "~" in text or "/" in text:
        return jp.escape(text)
    return text


@dataclass(frozen=True)
class Node:
    """A value with ``$ref``s followed, and the file and pointer it was read from."""

    value: Any
    target: Target


class SpecView:
    """A root document in a workspace, with the helpers the diff walks it with.

    ``root_dir`` is the folder names are relative to, so that the same file on both sides
    (a git revision and the working tree, or two folders) gets the same key.
    """

    def __init__(
        self,
        workspace: Workspace,
        root: Path,
        root_dir: Path,
        *,
        revision: str | None = None,
        repo_root: Path | None = None,
        display_root: Path | None = None,
    ) -> None:
        self.workspace = workspace
        self.root_path = root.resolve()
        self.root_dir = root_dir.resolve()
        self.revision = revision
        self.repo_root = repo_root.resolve() if repo_root is not None else None
        self.display_root = (display_root or Path.cwd()).resolve()
        self.root = Node(workspace.document(self.root_path).data, Target(self.root_path, ""))
        # Resolving paths costs system calls; a large spec holds tens of thousands of refs.
        self._targets: dict[tuple[str, Path], Target] = {}
        self._relative: dict[Path, str] = {}
        self._documents: dict[Path, Document] = {}
        self._files: dict[str, Path] = {}

    def document(self, file: Path) -> Document:
        """The document ``file`` (cached: the workspace resolves the path on every call)."""
        found = self._documents.get(file)
        if found is None:
            found = self._documents[file] = self.workspace.document(file)
        return found

    def ref_target(self, ref: str, file: Path) -> Target:
        """The target of ``ref`` written in ``file`` (cached :meth:`Workspace.target`)."""
        key = (ref, file)
        found = self._targets.get(key)
        if found is None:
            found = self._targets[key] = self.workspace.target(ref, file)
        return found

    def deref(self, value: Any, target: Target) -> Node:
        """Follow ``value``'s ``$ref`` chain (written in ``target.file``)."""
        seen: set[Target] = set()
        while isinstance(value, dict) and isinstance(value.get("$ref"), str):
            ref = value["$ref"]
            next_target = self.ref_target(ref, target.file)
            if next_target in seen:
                raise UnresolvableReferenceError(ref, str(target.file), target.pointer, "cycle")
            seen.add(next_target)
            value = self.value_at(next_target)
            target = next_target
        return Node(value, target)

    def child(self, node: Node, *tokens: str | int) -> Node | None:
        """The child at ``tokens`` below ``node``, dereferenced; None when absent."""
        current = node
        for token in tokens:
            value = current.value
            if isinstance(value, dict) and token in value:
                raw = value[token]
            elif isinstance(value, list) and isinstance(token, int) and 0 <= token < len(value):
                raw = value[token]
            else:
                return None
            pointer = f"{current.target.pointer}/{_escape(token)}"
            current = self.deref(raw, Target(current.target.file, pointer))
        return current

    def mapping(self, node: Node | None, *tokens: str) -> dict[str, Any]:
        """The mapping at ``tokens`` below ``node``, or an empty one."""
        found = self.child(node, *tokens) if node is not None else None
        return found.value if found is not None and isinstance(found.value, dict) else {}

    def key(self, target: Target) -> tuple[str, str]:
        """A side-independent name of ``target``: its file relative to the root folder."""
        return (self.relative(target.file), target.pointer)

    def relative(self, file: Path) -> str:
        """``file`` relative to the root folder (posix), or absolute when outside it."""
        found = self._relative.get(file)
        if found is None:
            try:
                found = PurePosixPath(file.relative_to(self.root_dir)).as_posix()
            except ValueError:
                found = file.as_posix()
            self._relative[file] = found
        return found

    def target_for(self, key: tuple[str, str]) -> Target:
        """The target with the side-independent name ``key`` on this side."""
        file = self._files.get(key[0])
        if file is None:
            as_path = Path(key[0])
            file = self._files[key[0]] = (
                as_path if as_path.is_absolute() else (self.root_dir / as_path).resolve()
            )
        return Target(file, key[1])

    def value_at(self, target: Target) -> Any:
        """The raw value at ``target``; raises ``UnresolvableReferenceError`` when absent."""
        try:
            return jp.resolve(self.document(target.file).data, target.pointer)
        except (KeyError, ValueError, DocumentError) as exc:
            raise UnresolvableReferenceError(
                target.pointer, str(target.file), target.pointer, "target does not exist"
            ) from exc

    def location(self, target: Target) -> SourceLocation:
        """Where ``target`` is written, with the file named as a reader should see it."""
        where = self.document(target.file).location(target.pointer)
        return SourceLocation(self.display(target.file), where.line, where.column)

    def display(self, file: Path) -> str:
        """How to name ``file`` in a report: ``REV:path`` for a revision, else relative to the
        directory the command runs in when inside it."""
        if self.revision is not None and self.repo_root is not None:
            try:
                return f"{self.revision}:{file.relative_to(self.repo_root).as_posix()}"
            except ValueError:
                return f"{self.revision}:{file.as_posix()}"
        try:
            return file.relative_to(self.display_root).as_posix()
        except ValueError:
            return file.as_posix()
