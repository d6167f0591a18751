"""Loading a spec for the mock: parse, bundle split files, and check it is servable."""

from __future__ import annotations

import hashlib
import json
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


_CACHE_MIN_BYTES = 256 * 1024


def _cache_file(cache_dir: Path, source: Path) -> Path:
    stat = source.stat()
    key = hashlib.sha256(f"{source}|{stat.st_mtime_ns}|{stat.st_size}".encode()).hexdigest()
    return cache_dir / f"{key[:32]}.json"


def _cached(cache_dir: Path | None, source: Path) -> dict[str, Any] | None:
    """A large single-file spec parsed before (JSON parses ~50x faster than YAML)."""
    if cache_dir is None or source.stat().st_size < _CACHE_MIN_BYTES:
        return None
    try:
        data = json.loads(_cache_file(cache_dir, source).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _store(cache_dir: Path | None, source: Path, data: Any) -> None:
    if cache_dir is None or source.stat().st_size < _CACHE_MIN_BYTES:
        return
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        target = _cache_file(cache_dir, source)
        temporary = target.with_suffix(".tmp")
        temporary.write_text(json.dumps(data), encoding="utf-8")
        temporary.replace(target)
    except (OSError, TypeError, ValueError):
        return  # a cache that cannot be written only costs speed


def load_spec(path: str | Path, cache_dir: Path | None = None) -> LoadedSpec:
    """Read ``path`` (and the files it references); raise :class:`SpecLoadError` if unusable.

    With ``cache_dir``, large single-file specs are cached as JSON keyed by path, size and
    modification time, so the next start skips YAML parsing.
    """
    source = Path(path).resolve()
    workspace = Workspace()
    try:
        cached = _cached(cache_dir, source)
    except OSError as exc:
        raise SpecLoadError(str(path), f"cannot read: {exc}") from exc
    if cached is not None:
        check_servable(str(path), cached)
        version = str(cached.get("openapi", ""))
        return LoadedSpec(
            source, cached, frozenset({source}), base_path_of(cached), version.startswith("3.1")
        )
    try:
        root = workspace.document(source).data
        # Bundling copies the whole tree; single-file specs (most large ones) skip it.
        data = bundle(source, workspace) if _has_external_ref(root) else root
    except ContractsError as exc:
        raise SpecLoadError(str(path), str(exc)) from exc
    check_servable(str(path), data)
    if data is root:
        _store(cache_dir, source, data)
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
