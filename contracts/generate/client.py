"""``clients/python/<api>/``: a typed httpx client package (sync and async) per API.

One method per operation (named after the function part of the operationId), TypedDict
models from ``components/schemas``, typed exceptions per status family, page iterators,
bounded 429 retries and client-credentials tokens (the runtime lives in ``_core.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import jinja2

from contracts.generate import naming
from contracts.generate.api import Api, Operation
from contracts.generate.environment import comment_lines
from contracts.generate.output import GeneratedFile
from contracts.generate.pysource import (
    alias_text,
    module_docstring,
    ordered_models,
    python_module,
    quoted,
)
from contracts.generate.pytypes import TypeRegistry, flatten_conflicting_bases

DEFAULT_BASE_URL = "http://localhost:8000"
_PAGE_STYLES = (
    ("offset", "offset", ("limit",)),
    ("page", "page", ("pageSize", "page_size", "per_page", "perPage", "limit")),
    ("cursor", "cursor", ("limit", "pageSize", "page_size")),
)
# Names a generated module may import, by source; only those the body uses are imported.
_CLIENT_IMPORTS = (
    ("collections.abc", ("AsyncIterator", "Iterator")),
    ("typing", ("Any", "Literal", "cast")),
    (".", ("models",)),
    ("._core", ("NO_BODY", "Paging", "Request", "expand")),
    ("._transport", ("AsyncTransport", "SyncTransport")),
)
_MODELS_IMPORTS = (("typing", ("Any", "Literal", "NotRequired", "TypeAlias", "TypedDict")),)


@dataclass(frozen=True)
class Argument:
    """One argument of a generated method."""

    python_name: str
    wire_name: str
    location: str
    annotation: str
    required: bool


@dataclass(frozen=True)
class Method:
    """One generated method: its operation, arguments, body, result and paging."""

    operation: Operation
    path: str
    path_args: tuple[Argument, ...]
    keyword_args: tuple[Argument, ...]
    body: Argument | None
    content_type: str
    returns: str
    paging: str | None

    @property
    def args(self) -> tuple[Argument, ...]:
        """Every argument, path ones first."""
        extra = (self.body,) if self.body else ()
        return (*self.path_args, *extra, *self.keyword_args)

    def by_location(self, location: str) -> tuple[Argument, ...]:
        """Arguments sent in ``location`` (query, header, cookie)."""
        return tuple(arg for arg in self.keyword_args if arg.location == location)


def render_client(api: Api, environment: jinja2.Environment) -> list[GeneratedFile]:
    """Every file of the client package of one API."""
    registry = TypeRegistry(api)
    methods = [_method(api, registry, operation) for operation in api.operations]
    flatten_conflicting_bases(registry.models)
    root = f"clients/python/{api.name}"
    package = f"{root}/{api.python_package}"
    context: dict[str, Any] = {
        "api": api,
        "methods": methods,
        "default_base_url": api.server_origin or DEFAULT_BASE_URL,
        "api_key_header": _api_key_header(api),
        "error_schemas": _error_schemas(api),
        "error_schemas_text": ", ".join(f"``{name}``" for name in _error_schemas(api)),
        "token_url": _token_url(api),
        "distribution_version": _distribution_version(api.version),
    }
    models_body = environment.get_template("client/models_body.py.j2").render(
        models=ordered_models(registry.models),
        quoted=quoted,
        alias_text=alias_text,
        is_ambiguous=naming.is_ambiguous,
        wrap_comment=comment_lines,
    )
    client_body = environment.get_template("client/client_body.py.j2").render(context)
    title = f"{api.title} {api.version}".strip()
    files = {
        f"{root}/pyproject.toml": environment.get_template("client/pyproject.toml.j2").render(
            context
        ),
        f"{root}/README.md": environment.get_template("client/README.md.j2").render(context),
        f"{package}/__init__.py": environment.get_template("client/__init__.py.j2").render(context),
        f"{package}/_core.py": environment.get_template("client/_core.py.j2").render(context),
        f"{package}/_transport.py": environment.get_template("client/_transport.py.j2").render(
            context
        ),
        f"{package}/errors.py": environment.get_template("client/errors.py.j2").render(context),
        f"{package}/models.py": python_module(
            module_docstring(f"Request and response models (TypedDicts) of {title}."),
            models_body,
            _MODELS_IMPORTS,
        ),
        f"{package}/client.py": python_module(
            module_docstring(f"Typed client of {title}: one method per operation."),
            client_body,
            _CLIENT_IMPORTS,
        ),
        f"{package}/py.typed": "",
    }
    return [
        GeneratedFile.text(path, text) if text else GeneratedFile(path, b"")
        for path, text in files.items()
    ]


def _method(api: Api, registry: TypeRegistry, operation: Operation) -> Method:
    hint = naming.pascal_case(operation.function)
    path_args: list[Argument] = []
    keyword_args: list[Argument] = []
    for parameter in operation.parameters:
        if parameter.location == "cookie":
            continue
        annotation = registry.annotation(
            parameter.schema, hint + naming.pascal_case(parameter.name), "models."
        )
        argument = Argument(
            parameter.python_name,
            parameter.name,
            parameter.location,
            annotation,
            parameter.required,
        )
        (path_args if parameter.location == "path" else keyword_args).append(argument)
    keyword_args.sort(key=lambda arg: not arg.required)
    body, content_type = _body(registry, operation, hint)
    return Method(
        operation=operation,
        path=api.server_path + operation.path,
        path_args=tuple(path_args),
        keyword_args=tuple(keyword_args),
        body=body,
        content_type=content_type,
        returns=_returns(registry, operation, hint),
        paging=_paging(api, operation) if operation.method == "get" else None,
    )


def _body(registry: TypeRegistry, operation: Operation, hint: str) -> tuple[Argument | None, str]:
    request_body = operation.request_body or {}
    content = request_body.get("content") or {}
    if not content:
        return None, "application/json"
    media_type = next((m for m in content if "json" in m), next(iter(content)))
    schema = (content[media_type] or {}).get("schema")
    annotation = registry.annotation(schema, f"{hint}Request", "models.")
    if "json" not in media_type and media_type != "application/x-www-form-urlencoded":
        annotation = "bytes | str"
    required = bool(request_body.get("required"))
    return Argument("body", "body", "body", annotation, required), str(media_type)


def _returns(registry: TypeRegistry, operation: Operation, hint: str) -> str:
    found: dict[str, None] = {}
    for status, response in operation.responses:
        if not status.startswith("2"):
            continue
        content = response.get("content") or {}
        if not content:
            found["None"] = None
            continue
        media_type = next((m for m in content if "json" in m), next(iter(content)))
        if "json" in media_type:
            schema = (content[media_type] or {}).get("schema")
            found[registry.annotation(schema, f"{hint}Response", "models.")] = None
        else:
            found["str"] = None
    if not found:
        return "Any"
    if "Any" in found:
        return "Any"
    parts = [part for part in found if part != "None"]
    if len(parts) > 1:
        return "Any"
    return " | ".join([*parts, "None"]) if "None" in found and parts else (parts or ["None"])[0]


def _paging(api: Api, operation: Operation) -> str | None:
    names = {p.name: p for p in operation.parameters if p.location == "query"}
    for style, position, sizes in _PAGE_STYLES:
        if position in names:
            size = next((s for s in sizes if s in names), "")
            schema = api.deref(names[size].schema) if size else {}
            default = schema.get("default", 0) if isinstance(schema, dict) else 0
            return f'Paging("{style}", "{position}", "{size}", {int(default)})'
    for status, response in operation.responses:
        if status.startswith("2") and "Link" in (response.get("headers") or {}):
            return 'Paging("link")'
    return None


def _api_key_header(api: Api) -> str:
    for scheme in api.security_schemes.values():
        if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
            return str(scheme.get("name") or "X-API-Key")
    return "X-API-Key"


def _token_url(api: Api) -> str:
    for scheme in api.security_schemes.values():
        flow = (scheme.get("flows") or {}).get("clientCredentials") or {}
        if flow.get("tokenUrl"):
            return str(flow["tokenUrl"])
    return "/auth/token"


def _error_schemas(api: Api) -> list[str]:
    names: dict[str, None] = {}
    for operation in api.operations:
        for status, response in operation.responses:
            if status[:1] in "45":
                for media in (response.get("content") or {}).values():
                    name = api.ref_name((media or {}).get("schema"))
                    if name:
                        names[naming.pascal_case(name)] = None
    return sorted(names)


def _distribution_version(version: str) -> str:
    """``info.version`` as a PEP 440 version (``2023-08-16`` -> ``2023.8.16``)."""
    if re.fullmatch(r"\d+(\.\d+)*((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?", version):
        return version
    numbers = [str(int(part)) for part in re.findall(r"\d+", version)]
    return ".".join(numbers) or "0.0.0"
