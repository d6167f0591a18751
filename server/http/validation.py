"""Request validation that reports every violation and where it is, for Connexion's validator_map.

Bodies and parameters are checked by precompiled jsonschema-rs validators (Connexion builds a
python-jsonschema validator from a deep copy of the schema for every parameter of every
request); a parameter jsonschema-rs rejects is checked again by Connexion's own code, so error
messages stay Connexion's. Every bad parameter is reported, not only the first.
"""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator, Mapping
from threading import Lock
from typing import Any

import jsonschema_rs
from connexion.datastructures import MediaTypeDict
from connexion.exceptions import BadRequestProblem
from connexion.utils import is_null, is_nullable
from connexion.validators import VALIDATOR_MAP, JSONRequestBodyValidator, ParameterValidator
from starlette.types import Scope

from server.http.failure import Violation


class RequestViolationError(BadRequestProblem):  # type: ignore[misc]
    """A request breaking its schema; ``violations`` lists everything wrong with it."""

    def __init__(self, detail: str, violations: list[Violation]) -> None:
        super().__init__(detail=detail)
        self.violations = tuple(violations)


def oas30_to_draft4(node: Any) -> Any:
    """An OpenAPI 3.0 schema as JSON Schema draft 4 (``nullable: true`` -> ``type: [t, null]``)."""
    if isinstance(node, list):
        return [oas30_to_draft4(item) for item in node]
    if not isinstance(node, dict):
        return node
    converted = {key: oas30_to_draft4(value) for key, value in node.items()}
    if converted.pop("nullable", False) is True:
        if "type" in converted:
            kind = converted["type"]
            converted["type"] = [*(kind if isinstance(kind, list) else [kind]), "null"]
        if "enum" in converted and None not in converted["enum"]:
            converted["enum"] = [*converted["enum"], None]
    return converted


class _CompiledSchemas:
    """jsonschema-rs validators compiled once per schema object Connexion hands us."""

    def __init__(self) -> None:
        self._compiled: dict[int, tuple[Mapping[str, Any], Any]] = {}
        self._lock = Lock()

    def get(self, schema: Mapping[str, Any]) -> Any:
        found = self._compiled.get(id(schema))
        if found is not None and found[0] is schema:
            return found[1]
        validator = jsonschema_rs.Draft4Validator(oas30_to_draft4(schema), validate_formats=True)
        with self._lock:
            # Keep a reference to the schema so its id cannot be reused by another object.
            self._compiled[id(schema)] = (schema, validator)
        return validator


_SCHEMAS = _CompiledSchemas()


def compiled_schema(schema: Mapping[str, Any]) -> Any:
    """The jsonschema-rs validator of ``schema`` (compiled on first use, then shared)."""
    return _SCHEMAS.get(schema)


class NotJsonNumberError(ValueError):
    """A body used ``NaN``, ``Infinity`` or ``-Infinity``, which JSON (RFC 8259) does not have."""

    def __init__(self, literal: str) -> None:
        super().__init__(f"{literal} is not a JSON number")
        self.literal = literal


def _refuse(literal: str) -> Any:
    raise NotJsonNumberError(literal)


def strict_json(text: str) -> Any:
    """``json.loads`` without Python's ``NaN``/``Infinity`` extension.

    Accepted, such a value passed ``type: number`` and then could not be written back as JSON.
    """
    return json.loads(text, parse_constant=_refuse)


#: What :meth:`RsJSONBodyValidator._parse` returns for a request without a body.
_ABSENT = object()


class RsJSONBodyValidator(JSONRequestBodyValidator):  # type: ignore[misc]
    """JSON body validation with jsonschema-rs; malformed or non-UTF-8 bodies are plain 400s."""

    async def _parse(self, stream: AsyncGenerator[bytes, None], scope: Scope) -> Any:
        raw = b"".join([chunk async for chunk in stream])
        if not raw:
            # Absent, not JSON null: an optional body may be left out, null is still checked.
            return _ABSENT
        try:
            text = raw.decode(self._encoding or "utf-8")
        except (UnicodeDecodeError, LookupError) as exc:
            raise RequestViolationError(
                "The request body is not valid UTF-8.", [Violation("body", str(exc))]
            ) from exc
        try:
            return strict_json(text)
        except json.JSONDecodeError as exc:
            raise RequestViolationError(
                "The request body is not valid JSON.",
                [Violation("body", f"{exc.msg} at line {exc.lineno} column {exc.colno}")],
            ) from exc
        except NotJsonNumberError as exc:
            raise RequestViolationError(
                "The request body is not valid JSON.",
                [Violation("body", f"{exc.literal} is not a JSON number")],
            ) from exc

    def _validate(self, body: Any) -> Any:
        if body is _ABSENT:
            if not self._required:
                return None
            body = None
        if not self._nullable and body is None:
            raise RequestViolationError(
                "The request body must not be empty.", [Violation("body", "body is required")]
            )
        validator = _SCHEMAS.get(self._schema)
        if validator.is_valid(body):
            return body
        violations = [
            Violation("/".join(["body", *_where(error)]), error.message)
            for error in validator.iter_errors(body)
        ]
        raise RequestViolationError(
            f"The request body is invalid: {violations[0].message}", violations
        )


def _where(error: Any) -> list[str]:
    """The instance path of an error; for a missing property, the property's own path."""
    parts = [str(part).replace("~", "~0").replace("/", "~1") for part in error.instance_path]
    missing = getattr(error.kind, "property", None)
    if type(error.kind).__name__ == "Required" and isinstance(missing, str):
        parts.append(missing.replace("~", "~0").replace("/", "~1"))
    return parts


class CollectingParameterValidator(ParameterValidator):  # type: ignore[misc]
    """Connexion's parameter checks, reporting every bad parameter with its location."""

    @staticmethod
    def validate_parameter(
        parameter_type: str, value: Any, param: Mapping[str, Any], param_name: Any = None
    ) -> str | None:
        """None when ``value`` is acceptable, else Connexion's message for it."""
        if value is not None and not (is_nullable(param) and is_null(value)):
            if _SCHEMAS.get(param.get("schema", param)).is_valid(value):
                return None
        # Missing, null or invalid: Connexion decides and words the message.
        message: str | None = ParameterValidator.validate_parameter(
            parameter_type, value, param, param_name
        )
        return message

    def validate_request(self, request: Any) -> None:
        violations: list[Violation] = []
        if self.strict_validation:
            extra = self.validate_query_parameter_list(
                request, security_params=self.security_query_params
            )
            violations.extend(
                Violation(f"query.{name}", "is not a parameter of this operation")
                for name in sorted(extra)
            )
        checks = (
            ("query", self.validate_query_parameter),
            ("path", self.validate_path_parameter),
            ("header", self.validate_header_parameter),
            ("cookie", self.validate_cookie_parameter),
        )
        for location, check in checks:
            for param in self.parameters.get(location, []):
                error = check(param, request)
                if error:
                    first_line = str(error).splitlines()[0]
                    violations.append(Violation(f"{location}.{param['name']}", first_line))
        if violations:
            raise RequestViolationError(
                f"Invalid parameter {violations[0].location}: {violations[0].message}",
                violations,
            )


def validator_map() -> dict[str, Any]:
    """Connexion's validator map with our JSON body and parameter validators."""
    body = MediaTypeDict({**VALIDATOR_MAP["body"], "*/*json": RsJSONBodyValidator})
    return {**VALIDATOR_MAP, "body": body, "parameter": CollectingParameterValidator}
