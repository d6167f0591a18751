"""Every ``$ref`` reachable from a root document, followed across files, with its fate."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from contracts import pointer as jp
from contracts.errors import DocumentError
from contracts.lint.deref import Dereferencer


@dataclass(frozen=True)
class RefSite:
    """A ``$ref`` written at ``pointer`` in ``file``; ``problem`` says why it does not resolve."""

    file: Path
    pointer: str
    ref: str
    siblings: tuple[str, ...]
    problem: str | None


def reachable_refs(deref: Dereferencer, root: Path) -> tuple[list[RefSite], list[Path]]:
    """Every reference in ``root`` and in the files it reaches, and those files (root first)."""
    sites: list[RefSite] = []
    files = [root]
    queued = {root}
    index = 0
    while index < len(files):
        file = files[index]
        index += 1
        data = deref.data(file)
        for pointer, node in _ref_nodes(data):
            ref = node["$ref"]
            siblings = tuple(sorted(str(key) for key in node if key != "$ref"))
            target = deref.target(ref, file)
            problem = _problem(deref, target.file, target.pointer)
            sites.append(RefSite(file, pointer, ref, siblings, problem))
            if problem is None and target.file not in queued:
                queued.add(target.file)
                files.append(target.file)
    return sites, files


def _problem(deref: Dereferencer, file: Path, pointer: str) -> str | None:
    try:
        document = deref.document(file)
    except DocumentError as exc:
        return f"there is no file {file}" if not file.exists() else exc.message
    if pointer and not pointer.startswith("/"):
        return f"fragment {pointer!r} is not a JSON pointer"
    try:
        jp.resolve(document.data, pointer)
    except KeyError:
        return f"{file.name} has nothing at {pointer or '/'}"
    return None


def _ref_nodes(data: Any) -> list[tuple[str, dict[str, Any]]]:
    """(pointer, mapping) for each mapping holding a string ``$ref``; iterative (deep nesting)."""
    found: list[tuple[str, dict[str, Any]]] = []
    stack: list[tuple[str, str, Any]] = [("", "", data)]
    while stack:
        pointer, parent, value = stack.pop()
        if isinstance(value, dict):
            if isinstance(value.get("$ref"), str):
                found.append((pointer, value))
            for key, item in value.items():
                if _is_literal(pointer, parent, str(key)):
                    continue
                if isinstance(item, dict | list):
                    stack.append((jp.join(pointer, str(key)), str(key), item))
        elif isinstance(value, list) and parent != "examples":  # 3.1 schema examples: data
            stack.extend((jp.join(pointer, index), "", item) for index, item in enumerate(value))
    return found


def _is_literal(pointer: str, parent: str, key: str) -> bool:
    """Whether the value under ``key`` is example data, where "$ref" is not a reference."""
    if parent in ("properties", "patternProperties"):  # property names, not keywords
        return False
    if key in ("example", "default", "enum", "const"):
        return True
    # The ``value`` of an Example object, which sits at .../examples/<name>.
    return key == "value" and pointer.rsplit("/", 2)[-2:-1] == ["examples"]
