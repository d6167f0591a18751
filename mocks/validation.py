"""Request validation for one operation: parameters, content type and body.

Every violation is reported (not only the first), each with its location as a JSON pointer
into a virtual request document: ``/path/petId``, ``/query/limit``, ``/header/X-Trace``,
``/cookie/session``, ``/body/owner/name``.
"""

from __future__ import annotations

import email.parser
import email.policy
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs

from mocks.parameters import (
    ParameterSpec,
    Resolver,
    coerce,
    deserialize_query,
    deserialize_single,
)
from mocks.request import MockRequest

_LOCATIONS = ("path", "query", "header", "cookie")
_NOUN = {"path": "path parameter", "query": "query parameter", "header": "header"}


@dataclass(frozen=True)
class Violation:
    """One reason a request (or response) does not match the spec."""

    location: str
    message: str
    code: str

    def as_dict(self) -> dict[str, str]:
        """The JSON form used in error bodies and the violations header."""
        return {"location": self.location, "message": self.message, "code": self.code}


def _join(location: str, tokens: Iterable[Any]) -> str:
    return location + "".join("/" + str(t).replace("~", "~0").replace("/", "~1") for t in tokens)


def violations_of(validator: Any, instance: Any, root: str) -> list[Violation]:
    """Every error of a compiled validator as violations under the pointer ``root``."""
    if validator.is_valid(instance):
        return []
    found = []
    for error in validator.iter_errors(instance):
        code = error.kind.name if hasattr(error.kind, "name") else type(error.kind).__name__
        code = code if isinstance(code, str) else type(error.kind).__name__
        tokens = list(error.instance_path)
        if type(error.kind).__name__ == "Required":
            tokens.append(error.kind.property)
        location = _join(root, tokens)
        text = "is required" if type(error.kind).__name__ == "Required" else error.message
        found.append(Violation(location, f"{location or '/'}: {text}", code.lower()))
    return found


def media_matches(declared: str, actual: str) -> bool:
    """Whether a declared media range (``application/*``, ``*/*``) covers ``actual``."""
    declared = declared.split(";")[0].strip().lower()
    if declared in ("*/*", actual):
        return True
    main, _, sub = declared.partition("/")
    a_main = actual.partition("/")[0]
    if sub == "*":
        return main == a_main
    return False


def is_json(media_type: str) -> bool:
    """JSON media types: ``application/json`` and any ``+json`` suffix."""
    base = media_type.split(";")[0].strip().lower()
    return base == "application/json" or base.endswith("+json") or base == "*/*"


@dataclass(frozen=True)
class BodyResult:
    """A parsed body (or ``None``) plus what was wrong with it."""

    value: Any
    violations: list[Violation]
    malformed: bool = False
    unsupported: bool = False


class RequestValidator:
    """Compiled validators for one operation's parameters and request body."""

    def __init__(
        self,
        parameters: list[ParameterSpec],
        params_validator: Any,
        body_validators: dict[str, Any],
        body_schemas: dict[str, Any],
        body_required: bool,
        resolve: Resolver,
    ) -> None:
        self.parameters = parameters
        self.params_validator = params_validator
        self.body_validators = body_validators
        self.body_schemas = body_schemas
        self.body_required = body_required
        self.resolve = resolve
        self.has_body = bool(body_validators)

    @staticmethod
    def params_schema(parameters: list[ParameterSpec]) -> dict[str, Any]:
        """One object schema over all parameters, keyed by location then name."""
        groups: dict[str, dict[str, Any]] = {}
        for param in parameters:
            group = groups.setdefault(param.location, {"type": "object", "properties": {}})
            group["properties"][param.name] = param.schema if param.schema is not None else {}
            if param.required:
                group.setdefault("required", []).append(param.name)
        return {"type": "object", "properties": groups}

    def collect_params(self, request: MockRequest) -> dict[str, dict[str, Any]]:
        """Deserialise every declared parameter present in the request."""
        values: dict[str, dict[str, Any]] = {location: {} for location in _LOCATIONS}
        for param in self.parameters:
            if param.location == "query":
                present, value = deserialize_query(param, request.query, self.resolve)
                if present:
                    values["query"][param.name] = value
                continue
            if param.location == "path":
                raw = request.path_params.get(param.name)
                # An empty path segment is a missing parameter, not an empty string.
                raw = raw or None
            elif param.location == "header":
                raw = request.headers.get(param.name.lower())
            elif param.location == "cookie":
                raw = request.cookies.get(param.name)
            else:
                continue
            if raw is not None:
                values[param.location][param.name] = deserialize_single(param, raw, self.resolve)
        return values

    def validate_params(self, request: MockRequest) -> list[Violation]:
        """Violations of the path, query, header and cookie parameters."""
        if self.params_validator is None:
            return []
        instance = self.collect_params(request)
        found = violations_of(self.params_validator, instance, "")
        return [_reword(v) for v in found]

    def match_media(self, media_type: str) -> str | None:
        """The declared request media type covering ``media_type``, if any."""
        for declared in self.body_validators:
            if media_matches(declared, media_type):
                return declared
        return None

    def validate_body(self, request: MockRequest) -> BodyResult:
        """Parse and validate the request body against the operation's declared content."""
        if not request.body:
            if self.body_required:
                return BodyResult(
                    None, [Violation("/body", "request body is required", "required")]
                )
            return BodyResult(None, [])
        media_type = request.media_type
        if not self.has_body:
            return BodyResult(None, [], unsupported=bool(media_type))
        declared = self.match_media(media_type or "application/json")
        if declared is None:
            return BodyResult(None, [], unsupported=True)
        try:
            value = self._parse(
                declared, media_type, request.body, request.headers.get("content-type", "")
            )
        except ValueError as exc:
            return BodyResult(None, [Violation("/body", f"/body: {exc}", "parse")], malformed=True)
        validator = self.body_validators[declared]
        if validator is None:
            return BodyResult(value, [])
        return BodyResult(value, violations_of(validator, value, "/body"))

    def _parse(self, declared: str, media_type: str, body: bytes, content_type: str) -> Any:
        if is_json(declared) or is_json(media_type):
            try:
                return json.loads(body)
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise ValueError(f"body is not valid JSON ({exc})") from exc
        schema = self.body_schemas.get(declared)
        if media_type == "application/x-www-form-urlencoded":
            try:
                pairs = parse_qs(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
            except UnicodeDecodeError as exc:
                raise ValueError("form body is not UTF-8") from exc
            return coerce(self._flatten(pairs, schema), schema, self.resolve)
        if media_type == "multipart/form-data":
            return coerce(parse_multipart(content_type, body), schema, self.resolve)
        if media_type.startswith("text/"):
            return body.decode("utf-8", errors="replace")
        return body

    def _flatten(self, pairs: dict[str, list[str]], schema: Any) -> dict[str, Any]:
        props = (self.resolve(schema) or {}).get("properties", {}) if schema else {}
        out: dict[str, Any] = {}
        for key, values in pairs.items():
            prop = self.resolve(props.get(key, {})) or {}
            out[key] = values if prop.get("type") == "array" else values[-1]
        return out


def parse_multipart(content_type: str, body: bytes) -> dict[str, Any]:
    """Fields of a ``multipart/form-data`` body (file parts as text when decodable)."""
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body
    )
    fields: dict[str, Any] = {}
    parts: Any = message.iter_parts()
    for part in parts:
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str) or not name:
            continue
        payload: Any = part.get_payload(decode=True) or b""
        try:
            value: Any = payload.decode("utf-8")
        except UnicodeDecodeError:
            value = payload.decode("latin-1")
        if name in fields:
            existing = fields[name]
            fields[name] = [*existing, value] if isinstance(existing, list) else [existing, value]
        else:
            fields[name] = value
    return fields


def _reword(violation: Violation) -> Violation:
    """Name the parameter in the message: ``query parameter 'limit': ...``."""
    parts = violation.location.split("/")
    if len(parts) >= 3 and parts[1] in _LOCATIONS:
        noun = _NOUN.get(parts[1], f"{parts[1]} parameter")
        detail = violation.message.split(": ", 1)[-1]
        separator = " " if violation.code == "required" else ": "
        message = f"{noun} '{parts[2]}'{separator}{detail}"
        return Violation(violation.location, message, violation.code)
    return violation
