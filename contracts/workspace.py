"""A set of documents joined by ``$ref``: resolving references across files and bundling.

Every reference is treated as an absolute ``(file, pointer)`` pair, so a local ``#/...``
reference inside ``common/errors.yaml`` means that file, not the root document.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urldefrag

from contracts import pointer as jp
from contracts.document import Document, SourceLocation, load_document
from contracts.errors import DocumentError, UnresolvableReferenceError

#: ``components`` sections a bundled reference may land in.
COMPONENT_KINDS = (
    "schemas",
    "responses",
    "parameters",
    "examples",
    "requestBodies",
    "headers",
    "securitySchemes",
    "links",
    "callbacks",
)


@dataclass(frozen=True)
class Target:
    """Where a reference points: a file and a JSON pointer in it."""

    file: Path
    pointer: str


class Workspace:
    """Documents loaded on demand and cached, keyed by resolved path."""

    def __init__(self) -> None:
        self._documents: dict[Path, Document] = {}
        # Path.resolve() is a system call per component; references repeat the same few files.
        self._resolved: dict[Path, Path] = {}

    def _absolute(self, path: Path) -> Path:
        found = self._resolved.get(path)
        if found is None:
            found = self._resolved[path] = path.resolve()
        return found

    def add(self, document: Document) -> Document:
        """Register an already parsed document (e.g. one read from a git revision)."""
        self._documents[self._absolute(document.path)] = document
        return document

    def document(self, path: str | Path) -> Document:
        """The parsed document at ``path`` (loaded once)."""
        key = self._absolute(Path(path))
        found = self._documents.get(key)
        if found is None:
            found = self._documents[key] = load_document(path)
        return found

    @property
    def documents(self) -> list[Document]:
        """Every document loaded so far."""
        return list(self._documents.values())

    def target(self, ref: str, base: Path) -> Target:
        """The absolute target of ``ref`` written inside the file ``base``."""
        url, fragment = urldefrag(ref)
        file = self._absolute(base.parent / unquote(url)) if url else self._absolute(base)
        return Target(file, unquote(fragment))

    def resolve(self, ref: str, base: Path, at: str = "") -> tuple[Target, Any]:
        """Follow ``ref`` (one hop) and return its target and value."""
        target = self.target(ref, base)
        try:
            document = self.document(target.file)
        except DocumentError as exc:
            raise UnresolvableReferenceError(ref, str(base), at, exc.message) from exc
        try:
            return target, jp.resolve(document.data, target.pointer)
        except (KeyError, ValueError) as exc:
            raise UnresolvableReferenceError(
                ref, str(base), at, f"no {target.pointer or '/'} in {target.file.name}"
            ) from exc

    def value(self, target: Target) -> Any:
        """The value a target points at; raises ``UnresolvableReferenceError`` when absent."""
        try:
            return jp.resolve(self.document(target.file).data, target.pointer)
        except (KeyError, ValueError, DocumentError) as exc:
            raise UnresolvableReferenceError(
                target.pointer, str(target.file), target.pointer, "target does not exist"
            ) from exc

    def deref(self, value: Any, base: Path, at: str = "") -> tuple[Any, Path]:
        """Follow ``$ref`` chains until a non-reference value; returns it and its file."""
        seen: set[Target] = set()
        while isinstance(value, dict) and isinstance(value.get("$ref"), str):
            ref = value["$ref"]
            target, value = self.resolve(ref, base, at)
            if target in seen:
                raise UnresolvableReferenceError(ref, str(base), at, "reference cycle")
            seen.add(target)
            base = target.file
        return value, base

    def location(self, target: Target) -> SourceLocation:
        """Source location of a target."""
        return self.document(target.file).location(target.pointer)


def bundle(root: str | Path, workspace: Workspace | None = None) -> dict[str, Any]:
    """One self-contained document: external references moved into ``components``.

    Internal references are kept as references (so recursive schemas stay finite). An
    external target under ``/components/<kind>/<name>`` lands at the same place in the
    bundle; a name already taken by a different value gets the source file's stem as a
    suffix. Any other external target is inlined.
    """
    workspace = workspace or Workspace()
    root_path = Path(root).resolve()
    root_doc = workspace.document(root_path)
    result: dict[str, Any] = copy.deepcopy(root_doc.data)
    components: dict[str, Any] = result.setdefault("components", {})
    placed: dict[Target, str] = {}

    def place(target: Target) -> str:
        if target in placed:
            return placed[target]
        tokens = jp.split(target.pointer)
        if len(tokens) != 3 or tokens[0] != "components" or tokens[1] not in COMPONENT_KINDS:
            raise LookupError
        kind, name = tokens[1], tokens[2]
        section = components.setdefault(kind, {})
        raw = workspace.value(target)
        candidate = name
        existing = section.get(name)
        stands_for_target = (
            isinstance(existing, dict)
            and isinstance(existing.get("$ref"), str)
            and workspace.target(existing["$ref"], root_path) == target
        )
        if candidate in section and not stands_for_target:
            candidate = f"{name}_{target.file.stem.replace('-', '_')}"
        local = jp.join("#/components", kind, candidate)
        placed[target] = local
        section[candidate] = None  # reserve before recursing (recursive schemas)
        section[candidate] = rewrite(copy.deepcopy(raw), target.file, target.pointer, set())
        return local

    def rewrite(value: Any, base: Path, at: str, inlining: set[Target]) -> Any:
        if isinstance(value, dict):
            ref = value.get("$ref")
            if isinstance(ref, str):
                target = workspace.target(ref, base)
                if target.file == root_path:
                    return {**value, "$ref": "#" + target.pointer}
                try:
                    return {**value, "$ref": place(target)}
                except LookupError:
                    if target in inlining:
                        raise UnresolvableReferenceError(
                            ref, str(base), at, "recursive reference outside components"
                        ) from None
                    _, raw = workspace.resolve(ref, base, at)
                    return rewrite(
                        copy.deepcopy(raw), target.file, target.pointer, inlining | {target}
                    )
            return {
                key: rewrite(item, base, jp.join(at, key), inlining) for key, item in value.items()
            }
        if isinstance(value, list):
            return [
                rewrite(item, base, jp.join(at, index), inlining)
                for index, item in enumerate(value)
            ]
        return value

    own = [
        (kind, name)
        for kind, section in components.items()
        if isinstance(section, dict)
        for name in section
    ]
    for kind, name in own:
        local = jp.join("#/components", kind, name)
        rewritten = rewrite(components[kind][name], root_path, local[1:], set())
        if rewritten != {"$ref": local}:  # else the external value was placed under this name
            components[kind][name] = rewritten
    for key in list(result):
        if key != "components":
            result[key] = rewrite(result[key], root_path, jp.join("", key), set())
    if not components:
        del result["components"]
    return result
