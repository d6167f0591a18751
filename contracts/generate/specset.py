"""Which files are root specs, and loading each into a bundled :class:`Api` view."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from contracts.errors import ContractsError
from contracts.generate.api import Api
from contracts.workspace import Workspace, bundle

SPEC_SUFFIXES = (".yaml", ".yml", ".json")


class SpecInputError(ContractsError):
    """The specs given to the generator cannot be used (missing, unreadable, not OpenAPI 3.0)."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


def root_specs(paths: Iterable[str | Path]) -> list[Path]:
    """Spec files named directly, plus the spec files at the top of named folders.

    Files in sub-folders (``specs/common/``) are shared parts, not APIs of their own.
    """
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(
                sorted(p for p in path.iterdir() if p.is_file() and p.suffix in SPEC_SUFFIXES)
            )
        elif path.is_file():
            found.append(path)
        else:
            raise SpecInputError(str(path), "no such file or folder")
    if not found:
        raise SpecInputError(", ".join(str(p) for p in paths) or ".", "no spec files found")
    stems: dict[str, Path] = {}
    for path in found:
        if path.stem in stems and stems[path.stem].resolve() != path.resolve():
            raise SpecInputError(str(path), f"same name as {stems[path.stem]}; outputs would clash")
        stems[path.stem] = path
    return sorted(stems.values(), key=lambda p: p.stem)


def load_apis(paths: Iterable[str | Path]) -> list[Api]:
    """Bundle every root spec; raise :class:`SpecInputError` on anything unusable."""
    workspace = Workspace()
    apis: list[Api] = []
    for path in root_specs(paths):
        try:
            raw = workspace.document(path).data
            if not isinstance(raw, dict):
                raise SpecInputError(str(path), "not an OpenAPI document (not a mapping)")
            document = bundle(path, workspace)
        except ContractsError as exc:
            if isinstance(exc, SpecInputError):
                raise
            raise SpecInputError(str(path), str(exc)) from exc
        version = document.get("openapi")
        # 3.1 documents are read as far as 3.0 and 3.1 agree (type lists included).
        if not isinstance(version, str) or not version.startswith(("3.0", "3.1")):
            raise SpecInputError(str(path), f"not an OpenAPI 3 document (openapi: {version!r})")
        if not isinstance(document.get("paths"), dict):
            raise SpecInputError(str(path), "`paths` is missing or not a mapping")
        apis.append(Api.from_bundle(path.stem, document, path.name))
    return apis
