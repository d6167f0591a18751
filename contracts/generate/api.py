"""The view of one bundled OpenAPI document that every artefact renders from.

Operations keep the spec's order (paths, then methods as written); tags keep the order of the
document's ``tags`` list, then first use. Nothing here depends on where the spec file lives.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from contracts import pointer as jp
from contracts.generate import naming

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
UNTAGGED = "default"


@dataclass(frozen=True)
class Parameter:
    """One operation parameter (path-level ones merged in), ``$ref`` resolved."""

    name: str
    location: str
    required: bool
    description: str
    schema: dict[str, Any]
    example: tuple[bool, Any]
    python_name: str


@dataclass(frozen=True)
class Operation:
    """One operation with everything resolved that the templates read."""

    method: str
    path: str
    operation_id: str
    declared_id: bool
    module: str | None
    function: str
    summary: str
    description: str
    tags: tuple[str, ...]
    deprecated: bool
    parameters: tuple[Parameter, ...]
    request_body: dict[str, Any] | None
    responses: tuple[tuple[str, dict[str, Any]], ...]
    callbacks: tuple[tuple[str, dict[str, Any]], ...]
    security: tuple[dict[str, list[str]], ...]

    @property
    def title(self) -> str:
        """The summary, or ``METHOD path`` when there is none."""
        return self.summary or f"{self.method.upper()} {self.path}"

    @property
    def scopes(self) -> tuple[str, ...]:
        """Every scope named by any security requirement, in spec order without repeats."""
        seen: dict[str, None] = {}
        for requirement in self.security:
            for scopes in requirement.values():
                seen.update(dict.fromkeys(scopes))
        return tuple(seen)

    @property
    def public(self) -> bool:
        """Whether the operation accepts anonymous calls (``security: []`` or an empty item)."""
        return not self.security or any(not requirement for requirement in self.security)


@dataclass(frozen=True)
class Tag:
    """A tag with its description and operations."""

    name: str
    description: str
    operations: tuple[Operation, ...]


@dataclass(frozen=True)
class Api:
    """One bundled document: name (the spec file's stem), data and its operations."""

    name: str
    document: dict[str, Any]
    operations: tuple[Operation, ...] = field(default=())
    #: The spec's file name (no folder: output must not depend on where specs live).
    source: str = ""

    @classmethod
    def from_bundle(cls, name: str, document: dict[str, Any], source: str = "") -> Api:
        """Build the view of an already bundled (self-contained) document."""
        api = cls(name, document, source=source or name)
        object.__setattr__(api, "operations", tuple(_operations(api)))
        return api

    @property
    def info(self) -> dict[str, Any]:
        """The ``info`` object."""
        info = self.document.get("info")
        return info if isinstance(info, dict) else {}

    @property
    def title(self) -> str:
        """``info.title`` or the spec's name."""
        return str(self.info.get("title") or self.name)

    @property
    def version(self) -> str:
        """``info.version``."""
        return str(self.info.get("version", ""))

    @property
    def description(self) -> str:
        """``info.description``."""
        return str(self.info.get("description") or "")

    @property
    def python_package(self) -> str:
        """Import name of the generated client package."""
        return naming.snake_case(self.name)

    @property
    def server_url(self) -> str:
        """The first server's URL with its variables at their defaults ("" without servers)."""
        servers = self.document.get("servers") or [{}]
        server = servers[0] if isinstance(servers[0], dict) else {}
        url = str(server.get("url", ""))
        for name, variable in (server.get("variables") or {}).items():
            url = url.replace("{" + name + "}", str(variable.get("default", "")))
        return url

    @property
    def server_origin(self) -> str:
        """Scheme and host of an absolute server URL; "" when the URL is relative."""
        parts = urlsplit(self.server_url)
        return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""

    @property
    def server_path(self) -> str:
        """The path of the server URL without a trailing slash (``/api/v1``)."""
        return urlsplit(self.server_url).path.rstrip("/")

    @property
    def security_schemes(self) -> dict[str, dict[str, Any]]:
        """``components/securitySchemes``, resolved."""
        schemes = self.components.get("securitySchemes") or {}
        return {name: self.deref(scheme) for name, scheme in schemes.items()}

    @property
    def components(self) -> dict[str, Any]:
        """``components`` (empty when absent)."""
        components = self.document.get("components")
        return components if isinstance(components, dict) else {}

    @property
    def tags(self) -> tuple[Tag, ...]:
        """Tags in declared order then first use; operations without tags under ``default``."""
        declared = {
            str(tag["name"]): str(tag.get("description") or "")
            for tag in self.document.get("tags") or []
            if isinstance(tag, dict) and "name" in tag
        }
        members: dict[str, list[Operation]] = {name: [] for name in declared}
        for operation in self.operations:
            for name in operation.tags[:1] or (UNTAGGED,):
                members.setdefault(name, []).append(operation)
        return tuple(
            Tag(name, declared.get(name, ""), tuple(ops)) for name, ops in members.items() if ops
        )

    def deref(self, value: Any) -> Any:
        """Follow local ``$ref`` chains (the bundle holds no others); cycles stop the walk."""
        seen: set[str] = set()
        while isinstance(value, dict) and isinstance(value.get("$ref"), str):
            ref = value["$ref"]
            if not ref.startswith("#") or ref in seen:
                return value
            seen.add(ref)
            try:
                value = jp.resolve(self.document, ref[1:])
            except (KeyError, ValueError):
                return {}
        return value

    def ref_name(self, value: Any) -> str | None:
        """The component name a ``#/components/schemas/<name>`` reference points at."""
        if isinstance(value, dict) and isinstance(value.get("$ref"), str):
            tokens = jp.split(value["$ref"][1:]) if value["$ref"].startswith("#/") else []
            if len(tokens) == 3 and tokens[:2] == ["components", "schemas"]:
                return tokens[2]
        return None


def _operations(api: Api) -> list[Operation]:
    operations: list[Operation] = []
    taken: set[str] = set()
    for path, item in (api.document.get("paths") or {}).items():
        item = api.deref(item)
        if not isinstance(item, dict):
            continue
        shared = [api.deref(p) for p in item.get("parameters") or []]
        for method, raw in item.items():
            if method not in HTTP_METHODS or not isinstance(raw, dict):
                continue
            operations.append(_operation(api, str(path), method, raw, shared, taken))
    return operations


def _operation(
    api: Api,
    path: str,
    method: str,
    raw: dict[str, Any],
    shared: list[Any],
    taken: set[str],
) -> Operation:
    declared = raw.get("operationId")
    operation_id = str(declared) if declared else _synthesised_id(method, path)
    module, _, function = operation_id.rpartition(".")
    name = naming.snake_case(function)
    if name in taken and module:
        name = naming.snake_case(f"{module}_{function}")
    name = naming.unique(name, taken)
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for parameter in [*shared, *(api.deref(p) for p in raw.get("parameters") or [])]:
        if isinstance(parameter, dict) and "name" in parameter:
            merged[(str(parameter["name"]), str(parameter.get("in")))] = parameter
    names: set[str] = set()
    parameters = tuple(
        _parameter(api, parameter, names)
        for parameter in sorted(merged.values(), key=lambda p: p.get("in") != "path")
    )
    security = raw["security"] if "security" in raw else api.document.get("security") or []
    body = api.deref(raw.get("requestBody")) if raw.get("requestBody") else None
    return Operation(
        method=method,
        path=path,
        operation_id=operation_id,
        declared_id=bool(declared),
        module=naming.snake_case(module) if module else None,
        function=name,
        summary=str(raw.get("summary") or ""),
        description=str(raw.get("description") or ""),
        tags=tuple(str(tag) for tag in raw.get("tags") or ()),
        deprecated=bool(raw.get("deprecated")),
        parameters=parameters,
        request_body=body if isinstance(body, dict) else None,
        responses=tuple(
            (str(status), api.deref(response))
            for status, response in (raw.get("responses") or {}).items()
        ),
        callbacks=tuple(
            (str(name), api.deref(callback))
            for name, callback in (raw.get("callbacks") or {}).items()
        ),
        security=tuple(dict(requirement) for requirement in security),
    )


def _parameter(api: Api, raw: dict[str, Any], names: set[str]) -> Parameter:
    # Kept as written ($ref included): clients name the component, docs show its name.
    schema = raw.get("schema") or {}
    if "example" in raw:
        example: tuple[bool, Any] = (True, raw["example"])
    elif raw.get("examples"):
        first = api.deref(next(iter(raw["examples"].values())))
        example = (isinstance(first, dict) and "value" in first, (first or {}).get("value"))
    else:
        example = (False, None)
    return Parameter(
        name=str(raw["name"]),
        location=str(raw.get("in", "query")),
        required=bool(raw.get("required")) or raw.get("in") == "path",
        description=str(raw.get("description") or ""),
        schema=schema if isinstance(schema, dict) else {},
        example=example,
        python_name=naming.unique(naming.identifier(naming.snake_case(str(raw["name"]))), names),
    )


def _synthesised_id(method: str, path: str) -> str:
    """``post /streams/{id}/data`` -> ``post_streams_by_id_data`` for operations without an id."""
    parts = [method]
    for segment in path.strip("/").split("/"):
        if segment.startswith("{") and segment.endswith("}"):
            parts.append(f"by_{segment[1:-1]}")
        elif segment:
            parts.append(segment)
    return naming.snake_case("_".join(parts))
