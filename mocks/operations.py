"""A spec compiled for serving: operations with their parameters, bodies and responses.

Request validators and response validators are compiled once per operation: eagerly at start-up
within a time budget, and for the rest (huge specs such as Stripe's) on first use, so a 4 MB spec
is ready in seconds.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from contracts import pointer as jp
from mocks.loading import LoadedSpec
from mocks.parameters import ParameterSpec
from mocks.schemas import SchemaCompiler
from mocks.validation import RequestValidator, is_json

_EAGER_LIMIT = 300
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def deref(spec: dict[str, Any], value: Any) -> Any:
    """Follow local ``$ref`` chains (for parameters, responses, bodies, headers, examples)."""
    seen: set[str] = set()
    while isinstance(value, dict) and isinstance(value.get("$ref"), str):
        ref = value["$ref"]
        if ref in seen or not ref.startswith("#"):
            return {}
        seen.add(ref)
        try:
            value = jp.resolve(spec, ref[1:])
        except (KeyError, ValueError):
            return {}
    return value


@dataclass
class MediaSpec:
    """One declared response media type: converted schema, named examples, validator."""

    media_type: str
    schema: Any
    examples: dict[str, Any]
    validator: Any = None


@dataclass
class ResponseSpec:
    """One declared response (``200``, ``2XX``, ``default``)."""

    key: str
    content: dict[str, MediaSpec]
    headers: dict[str, Any]

    def first_json(self) -> MediaSpec | None:
        """The first JSON media type with a schema, if any."""
        return next((m for m in self.content.values() if is_json(m.media_type)), None)


@dataclass
class Operation:
    """One operation of one spec, compiled lazily."""

    api: ApiSpec
    method: str
    template: str
    path: str
    raw: dict[str, Any]
    parameters: list[dict[str, Any]]
    security: list[dict[str, list[str]]]
    _validator: RequestValidator | None = None
    _responses: dict[str, ResponseSpec] | None = None

    @property
    def operation_id(self) -> str:
        """The operationId, or ``METHOD /path`` when there is none."""
        return str(self.raw.get("operationId") or f"{self.method} {self.path}")

    @property
    def validator(self) -> RequestValidator:
        """The request validator (compiled on first use)."""
        if self._validator is None:
            self._validator = self._compile_validator()
        return self._validator

    @property
    def responses(self) -> dict[str, ResponseSpec]:
        """Declared responses with converted schemas and compiled validators."""
        if self._responses is None:
            self._responses = self._compile_responses()
        return self._responses

    def _compile_validator(self) -> RequestValidator:
        compiler, spec = self.api.compiler, self.api.data
        params = []
        for raw in self.parameters:
            schema = raw.get("schema")
            if schema is None and isinstance(raw.get("content"), dict):
                media: Any = next(iter(raw["content"].values()), {})
                schema = media.get("schema") if isinstance(media, dict) else None
            converted = compiler.convert(schema if schema is not None else {}, "request")
            params.append(ParameterSpec.from_openapi(raw, converted))
        params_validator = None
        if params:
            params_validator = compiler.compile(RequestValidator.params_schema(params))
        body = deref(spec, self.raw.get("requestBody"))
        validators: dict[str, Any] = {}
        schemas: dict[str, Any] = {}
        for media_type, media in ((body or {}).get("content") or {}).items():
            schema = media.get("schema") if isinstance(media, dict) else None
            if schema is None:
                validators[media_type] = None
                continue
            converted = compiler.convert(schema, "request")
            schemas[media_type] = converted
            validators[media_type] = compiler.compile(converted)
        return RequestValidator(
            params,
            params_validator,
            validators,
            schemas,
            bool((body or {}).get("required")),
            lambda s: compiler.resolve(s, "request"),
        )

    def _compile_responses(self) -> dict[str, ResponseSpec]:
        compiler, spec = self.api.compiler, self.api.data
        out: dict[str, ResponseSpec] = {}
        for key, raw in (self.raw.get("responses") or {}).items():
            response = deref(spec, raw)
            if not isinstance(response, dict):
                continue
            content: dict[str, MediaSpec] = {}
            for media_type, media in (response.get("content") or {}).items():
                if not isinstance(media, dict):
                    continue
                examples = self._examples(media)
                schema = media.get("schema")
                converted = compiler.convert(schema, "response") if schema is not None else None
                validator = compiler.compile(converted) if converted is not None else None
                content[media_type] = MediaSpec(media_type, converted, examples, validator)
            headers = {
                name: deref(spec, header)
                for name, header in (response.get("headers") or {}).items()
                if name.lower() != "content-type"
            }
            out[str(key).upper() if str(key).lower() != "default" else "default"] = ResponseSpec(
                str(key), content, headers
            )
        return out

    def _examples(self, media: dict[str, Any]) -> dict[str, Any]:
        examples: dict[str, Any] = {}
        for name, example in (media.get("examples") or {}).items():
            example = deref(self.api.data, example)
            if isinstance(example, dict) and "value" in example:
                examples[str(name)] = example["value"]
        if "example" in media and not examples:
            examples[""] = media["example"]
        return examples

    def header_schema(self, header: dict[str, Any]) -> Any:
        """A response header's converted schema."""
        schema = header.get("schema")
        if schema is None and isinstance(header.get("content"), dict):
            media: Any = next(iter(header["content"].values()), {})
            schema = media.get("schema") if isinstance(media, dict) else None
        return self.api.compiler.convert(schema or {"type": "string"}, "response")


@dataclass
class ApiSpec:
    """One served spec: its data, schema compiler and operations."""

    loaded: LoadedSpec
    compiler: SchemaCompiler
    operations: list[Operation] = field(default_factory=list)
    #: Generator plans (prepared schemas) per direction, reused by every generated value.
    plans: dict[str, dict[Any, Any]] = field(
        default_factory=lambda: {"request": {}, "response": {}}
    )

    @property
    def data(self) -> dict[str, Any]:
        """The bundled document."""
        return self.loaded.data

    @classmethod
    def compile(cls, loaded: LoadedSpec, *, eager_budget_s: float = 0.5) -> ApiSpec:
        """Build every operation; compile validators eagerly until the budget is spent."""
        api = cls(loaded, SchemaCompiler(loaded.data, is_31=loaded.is_31))
        spec = loaded.data
        global_security = spec.get("security") or []
        for path, item in (spec.get("paths") or {}).items():
            item = deref(spec, item)
            shared = [deref(spec, p) for p in item.get("parameters") or []]
            for method in METHODS:
                raw = item.get(method)
                if not isinstance(raw, dict):
                    continue
                own = [deref(spec, p) for p in raw.get("parameters") or []]
                names = {(p.get("in"), p.get("name")) for p in own if isinstance(p, dict)}
                merged = [
                    p
                    for p in shared
                    if isinstance(p, dict) and (p.get("in"), p.get("name")) not in names
                ]
                parameters = [p for p in [*merged, *own] if isinstance(p, dict) and "in" in p]
                security = raw.get("security", global_security)
                api.operations.append(
                    Operation(
                        api,
                        method.upper(),
                        loaded.base_path + path,
                        path,
                        raw,
                        parameters,
                        security if isinstance(security, list) else [],
                    )
                )
        if len(api.operations) > _EAGER_LIMIT:
            eager_budget_s = 0.0  # huge specs: compile on first use, be ready at once
        deadline = time.monotonic() + eager_budget_s
        for operation in api.operations:
            if time.monotonic() > deadline:
                break
            operation.validator  # noqa: B018 - compiles and caches
            operation.responses  # noqa: B018
        return api
