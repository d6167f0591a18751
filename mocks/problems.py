"""Error responses in the operation's own declared error format, or RFC 7807 as a fallback.

When the operation (or, for 404/405, any operation of the spec) declares a JSON body for the
error status (exact code, then its ``4XX`` range, then ``default``), the mock builds a valid
instance of that schema (its example, else a generated value), writes the message into its
message-like fields (``message``, ``detail``, ``error``, ``title``, ``description``) and the
violations into an array field (``errors``, ``violations``, ``details``...), keeping only the
changes that leave the body valid. The violations also go to the ``X-Mock-Violations`` header.
Only when no error body is declared does it answer ``application/problem+json``.
"""

from __future__ import annotations

import copy
import json
import random
from typing import Any

from mocks.generation import Generator, SchemaTooComplexError
from mocks.operations import ApiSpec, MediaSpec, Operation, ResponseSpec
from mocks.rendering import Reply, content_type_header, render
from mocks.validation import Violation

VIOLATIONS_HEADER = "X-Mock-Violations"
_MESSAGE_FIELDS = (
    "message",
    "detail",
    "details",
    "error",
    "error_description",
    "description",
    "msg",
    "error_message",
    "errormessage",
    "title",
)
_LIST_FIELDS = (
    "violations",
    "errors",
    "details",
    "validation",
    "issues",
    "invalid_params",
    "invalidparams",
    "fields",
    "problems",
    "field_errors",
    "causes",
)
_LOCATION_FIELDS = ("location", "pointer", "field", "path", "param", "parameter", "name", "source")
_CODE_FIELDS = ("code", "type", "reason", "kind", "rule")
_ITEM_MESSAGE_FIELDS = (*("message", "detail", "description", "msg", "error", "issue", "title"),)
_HEADER_LIMIT = 4000


def violations_header(violations: list[Violation]) -> str:
    """The JSON list for :data:`VIOLATIONS_HEADER`, truncated so proxies accept it."""
    text = json.dumps([v.as_dict() for v in violations], separators=(",", ":"))
    if len(text) > _HEADER_LIMIT:
        kept = violations[:5]
        text = json.dumps(
            [*(v.as_dict() for v in kept), {"message": f"{len(violations) - 5} more violations"}],
            separators=(",", ":"),
        )
    return text.encode("ascii", "backslashreplace").decode("ascii")


def summary(title: str, violations: list[Violation]) -> str:
    """One message saying what was wrong and where."""
    if not violations:
        return title
    shown = "; ".join(v.message for v in violations[:5])
    more = f" (and {len(violations) - 5} more)" if len(violations) > 5 else ""
    return f"{title}: {shown}{more}"


def declared_error(
    operation: Operation | None, api: ApiSpec | None, statuses: list[int]
) -> tuple[ResponseSpec, int] | None:
    """The declared response for the first fitting status (exact codes, ranges, default)."""
    if operation is not None:
        responses = operation.responses
        for keys in ([str(s) for s in statuses], [f"{str(s)[0]}XX" for s in statuses]):
            for key, status in zip(keys, statuses, strict=True):
                if key in responses:
                    return responses[key], status
        if "default" in responses and responses["default"].content:
            return responses["default"], statuses[0]
        return None
    if api is not None:
        for status in statuses:
            for key in (str(status), f"{str(status)[0]}XX", "default"):
                for candidate in api.operations:
                    raw = (candidate.raw.get("responses") or {}).get(key)
                    if raw is None:
                        continue
                    found = candidate.responses.get(key if key != "default" else "default")
                    if found is not None and found.first_json() is not None:
                        return found, status
    return None


def error_reply(
    operation: Operation | None,
    api: ApiSpec | None,
    statuses: list[int],
    slug: str,
    title: str,
    violations: list[Violation],
    headers: list[tuple[str, str]] | None = None,
) -> Reply:
    """The error response for ``statuses`` (most specific first)."""
    extra = list(headers or [])
    message = summary(title, violations)
    found = declared_error(operation, api, statuses)
    if found is not None:
        response, status = found
        media = response.first_json()
        if media is not None and media.schema is not None:
            body = _fill_declared(operation or _any(api), media, status, title, message, violations)
            if violations:
                extra.append((VIOLATIONS_HEADER, violations_header(violations)))
            return Reply(
                status,
                [("content-type", content_type_header(media.media_type)), *extra],
                render(body, media.media_type),
            )
        statuses = [status]
    problem = {
        "type": f"urn:apikit:mock:{slug}",
        "title": title,
        "status": statuses[0],
        "detail": message,
        "violations": [v.as_dict() for v in violations],
    }
    return Reply(
        statuses[0],
        [("content-type", "application/problem+json"), *extra],
        render(problem, "application/json"),
    )


def _any(api: ApiSpec | None) -> Operation:
    assert api is not None and api.operations
    return api.operations[0]


def _fill_declared(
    operation: Operation,
    media: MediaSpec,
    status: int,
    title: str,
    message: str,
    violations: list[Violation],
) -> Any:
    compiler = operation.api.compiler

    def resolve(schema: Any) -> Any:
        return compiler.resolve(schema, "response")

    generator = Generator(resolve, random.Random(0), static=True)
    if media.examples:
        body = copy.deepcopy(next(iter(media.examples.values())))
    else:
        try:
            body = generator.value(media.schema)
        except SchemaTooComplexError:
            return {}
    schema = resolve(media.schema)
    if isinstance(schema, dict) and "allOf" in schema:
        schema = generator.merge(schema)
    if not isinstance(body, dict) or not isinstance(schema, dict):
        return body
    validator = media.validator

    def attempt(target: dict[str, Any], key: str, value: Any) -> None:
        had, old = key in target, target.get(key)
        target[key] = value
        if validator is not None and not validator.is_valid(body):
            if had:
                target[key] = old
            else:
                del target[key]

    _fill_object(body, schema, resolve, generator, title, message, violations, attempt, 0)
    for key in ("code", "status", "statusCode", "status_code", "httpStatus"):
        sub = resolve((schema.get("properties") or {}).get(key))
        if isinstance(sub, dict) and sub.get("type") in ("integer", ["integer", "null"]):
            attempt(body, key, status)
    return body


def _fill_object(
    target: dict[str, Any],
    schema: dict[str, Any],
    resolve: Any,
    generator: Generator,
    title: str,
    message: str,
    violations: list[Violation],
    attempt: Any,
    depth: int,
) -> None:
    props = schema.get("properties") or {}
    for key, sub in props.items():
        lowered = key.lower()
        sub_schema = resolve(sub)
        if isinstance(sub_schema, dict) and "allOf" in sub_schema:
            sub_schema = generator.merge(sub_schema)
        kind = sub_schema.get("type") if isinstance(sub_schema, dict) else None
        kind = kind[0] if isinstance(kind, list) else kind
        if lowered in _MESSAGE_FIELDS and kind in ("string", None):
            attempt(target, key, title if lowered == "title" else message)
        elif lowered in _LIST_FIELDS and kind == "array" and violations:
            items = [
                _violation_item(sub_schema.get("items", {}), resolve, generator, v)
                for v in violations
            ]
            attempt(target, key, items)
        elif kind == "object" and depth < 2 and isinstance(sub_schema, dict):
            inner = target.get(key)
            if isinstance(inner, dict):
                _fill_object(
                    inner,
                    sub_schema,
                    resolve,
                    generator,
                    title,
                    message,
                    violations,
                    attempt,
                    depth + 1,
                )


def _violation_item(items: Any, resolve: Any, generator: Generator, violation: Violation) -> Any:
    schema = resolve(items)
    if isinstance(schema, dict) and "allOf" in schema:
        schema = generator.merge(schema)
    kind = schema.get("type") if isinstance(schema, dict) else None
    if kind == "string" or not isinstance(schema, dict):
        return violation.message
    item = generator.value(schema)
    if not isinstance(item, dict):
        return item
    for key, sub in (schema.get("properties") or {}).items():
        lowered = key.lower()
        sub_schema = resolve(sub) or {}
        if isinstance(sub_schema, dict) and sub_schema.get("enum"):
            continue
        if lowered in _ITEM_MESSAGE_FIELDS:
            item[key] = violation.message
        elif lowered in _LOCATION_FIELDS:
            if sub_schema.get("type") == "object" and "pointer" in (
                sub_schema.get("properties") or {}
            ):
                item[key] = {**(item.get(key) or {}), "pointer": violation.location}
            else:
                item[key] = violation.location
        elif lowered in _CODE_FIELDS:
            item[key] = violation.code
    return item
