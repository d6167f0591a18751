"""Loading a spec for the mock: parse, bundle split files, and check it is servable."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from contracts.errors import ContractsError
from contracts.workspace import Workspace, bundle
from mocks.errors import SpecLoadError

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class LoadedSpec:
    """One spec ready to compile: bundled data, every file it reads, its base path."""

    source: Path
    data: dict[str, Any]
    files: frozenset[Path]
    base_path: str
    is_31: bool

    @property
    def title(self) -> str:
        """The spec's ``info.title`` (or its file name)."""
        info = self.data.get("info")
        title = info.get("title") if isinstance(info, dict) else None
        return str(title) if title else self.source.name


def base_path_of(data: dict[str, Any]) -> str:
    """The path part of ``servers[0].url`` without a trailing slash ("" for the root).

    Server variables in the path take their default value.
    """
    servers = data.get("servers")
    if not isinstance(servers, list) or not servers or not isinstance(servers[0], dict):
        return ""
    url = str(servers[0].get("url") or "")
    for name, variable in (servers[0].get("variables") or {}).items():
        if isinstance(variable, dict):
            url = url.replace("{" + name + "}", str(variable.get("default", "")))
    path = urlsplit(url).path if "://" in url else url.split("?")[0]
    return "/" + path.strip("/") if path.strip("/") else ""


def _has_external_ref(value: Any) -> bool:
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and not ref.startswith("#"):
                return True
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return False


def load_spec(path: str | Path) -> LoadedSpec:
    """Read ``path`` (and the files it references); raise :class:`SpecLoadError` if unusable."""
    source = Path(path).resolve()
    workspace = Workspace()
    try:
        root = workspace.document(source).data
        # Bundling copies the whole tree; single-file specs (most large ones) skip it.
        data = bundle(source, workspace) if _has_external_ref(root) else root
    except ContractsError as exc:
        raise SpecLoadError(str(path), str(exc)) from exc
    check_servable(str(path), data)
    files = frozenset(document.path.resolve() for document in workspace.documents)
    version = str(data.get("openapi", ""))
    return LoadedSpec(source, data, files, base_path_of(data), version.startswith("3.1"))


def check_servable(source: str, data: Any) -> None:
    """Raise :class:`SpecLoadError` unless ``data`` looks like an OpenAPI 3.x document."""
    if not isinstance(data, dict):
        raise SpecLoadError(source, "not an OpenAPI document (top level is not a mapping)")
    version = data.get("openapi")
    if not isinstance(version, str) or not version.startswith("3."):
        found = "Swagger 2.0" if "swagger" in data else repr(version)
        raise SpecLoadError(source, f"only OpenAPI 3.0 and 3.1 are supported (found {found})")
    paths = data.get("paths")
    if paths is None and data.get("webhooks"):
        return
    if not isinstance(paths, dict):
        raise SpecLoadError(source, "'paths' is missing or not a mapping")
    for template, item in paths.items():
        if not isinstance(template, str) or not template.startswith("/"):
            raise SpecLoadError(source, f"path {template!r} does not start with '/'")
        if not isinstance(item, dict):
            raise SpecLoadError(source, f"path item {template!r} is not a mapping")
        for method in _METHODS:
            operation = item.get(method)
            if operation is not None and not isinstance(operation, dict):
                raise SpecLoadError(source, f"{method.upper()} {template} is not a mapping")
            if isinstance(operation, dict) and not isinstance(operation.get("responses", {}), dict):
                raise SpecLoadError(source, f"{method.upper()} {template}: 'responses' invalid")
