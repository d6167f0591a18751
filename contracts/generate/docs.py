"""``docs/<api>.md`` and ``docs/<api>.html``, plus ``docs/index.{md,html}``.

Both forms come from the same context; the HTML page carries its CSS inline and loads nothing
from the network, so it opens the same way offline, from a CI artefact or an e-mail.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import jinja2

from contracts.generate.api import Api, Operation
from contracts.generate.examples import media_examples, schema_example
from contracts.generate.output import GeneratedFile

_RATE_LIMIT = re.compile(r"rate[- ]?limit|429|retry-after|requests per", re.IGNORECASE)


@dataclass(frozen=True)
class ErrorCode:
    """One error status the API answers, where it comes from and what it means."""

    status: str
    description: str
    schema: str
    operations: tuple[str, ...]
    example: tuple[str, Any] | None = None


def render_docs(api: Api, environment: jinja2.Environment) -> list[GeneratedFile]:
    """The Markdown and HTML reference of one API."""
    context = _context(api)
    return [
        GeneratedFile.text(
            f"docs/{api.name}.md", environment.get_template("docs/api.md.j2").render(context)
        ),
        GeneratedFile.text(
            f"docs/{api.name}.html", environment.get_template("docs/api.html.j2").render(context)
        ),
    ]


def render_index(apis: Sequence[Api], environment: jinja2.Environment) -> list[GeneratedFile]:
    """The index pages linking every API's reference, bundle, collection and client."""
    context = {"apis": apis}
    return [
        GeneratedFile.text(
            "docs/index.md", environment.get_template("docs/index.md.j2").render(context)
        ),
        GeneratedFile.text(
            "docs/index.html", environment.get_template("docs/index.html.j2").render(context)
        ),
    ]


def _context(api: Api) -> dict[str, Any]:
    return {
        "api": api,
        "describe": lambda schema: describe_schema(api, schema),
        "examples": lambda media: documented_examples(api, media),
        "properties": lambda schema: schema_properties(api, schema),
        "deref": api.deref,
        "schemes": api.security_schemes,
        "rate_limit_notes": rate_limit_notes(api),
        "rate_limited": [op for op in api.operations if any(s == "429" for s, _ in op.responses)],
        "errors": error_codes(api),
        "error_code_values": error_code_values(api),
        "schemas": api.components.get("schemas") or {},
        "op_anchor": operation_anchor,
        "webhooks": webhooks(api),
    }


def documented_examples(api: Api, media: Any) -> list[tuple[str, Any]]:
    """The spec's examples of a media type, else one built from its schema (named so)."""
    given = media_examples(api, media)
    if given or not isinstance(media, dict) or not media.get("schema"):
        return given
    return [("built from the schema", schema_example(api, media["schema"]))]


def rate_limit_notes(api: Api) -> list[str]:
    """What ``info.description`` says about rate limits.

    The body of a section whose heading names rate limits (tables included); without such a
    section, the paragraphs that mention them. Headings are left out: the page has its own.
    """
    sections: list[tuple[str, list[str]]] = [("", [])]
    for paragraph in (p.strip() for p in re.split(r"\n\s*\n", api.description) if p.strip()):
        if paragraph.startswith("#") and "\n" not in paragraph:
            sections.append((paragraph, []))
        else:
            sections[-1][1].append(paragraph)
    for heading, body in sections:
        if heading and _RATE_LIMIT.search(heading):
            return body
    return [
        paragraph for _, body in sections for paragraph in body if _RATE_LIMIT.search(paragraph)
    ]


def error_codes(api: Api) -> list[ErrorCode]:
    """Every 4xx/5xx status the API declares, with the schemas it uses, by status."""
    found: dict[str, dict[str, Any]] = {}
    for operation in api.operations:
        for status, response in operation.responses:
            if not (status[:1] in "45" or status == "default"):
                continue
            entry = found.setdefault(
                status,
                {"description": str(response.get("description") or ""), "schemas": {}, "ops": []},
            )
            for media_type, media in (response.get("content") or {}).items():
                schema = media.get("schema") if isinstance(media, dict) else None
                if schema:
                    entry["schemas"][describe_schema(api, schema)] = None
                given = media_examples(api, media)
                if given and "example" not in entry:
                    entry["example"] = (str(media_type), given[0][1])
            entry["ops"].append(operation.operation_id)
    return [
        ErrorCode(
            status,
            entry["description"],
            ", ".join(entry["schemas"]),
            tuple(entry["ops"]),
            entry.get("example"),
        )
        for status, entry in sorted(found.items())
    ]


def error_code_values(api: Api) -> list[tuple[str, list[Any]]]:
    """Enumerated ``code`` values of the error bodies (``code`` or ``error.code``)."""
    found: dict[str, list[Any]] = {}
    for operation in api.operations:
        for status, response in operation.responses:
            if status[:1] not in "45":
                continue
            for media in (response.get("content") or {}).values():
                schema = api.deref(media.get("schema")) if isinstance(media, dict) else None
                for owner, props in _code_holders(api, schema):
                    code = api.deref(props.get("code"))
                    if isinstance(code, dict) and code.get("enum"):
                        found.setdefault(owner, list(code["enum"]))
    return sorted(found.items())


def _code_holders(api: Api, schema: Any) -> list[tuple[str, dict[str, Any]]]:
    if not isinstance(schema, dict):
        return []
    props = schema.get("properties") or {}
    holders = [("code", props)]
    inner = api.deref(props.get("error"))
    if isinstance(inner, dict) and isinstance(inner.get("properties"), dict):
        holders.append(("error.code", inner["properties"]))
    return holders


def describe_schema(api: Api, schema: Any) -> str:
    """A short human description: ``Customer``, ``array of Event``, ``string (email)``."""
    name = api.ref_name(schema)
    if name:
        return name
    schema = api.deref(schema)
    if not isinstance(schema, dict) or not schema:
        return "any"
    for key, word in (("oneOf", "one of"), ("anyOf", "any of"), ("allOf", "all of")):
        if schema.get(key):
            return f"{word} " + ", ".join(describe_schema(api, part) for part in schema[key])
    kind_value = schema.get("type") or ("object" if "properties" in schema else "any")
    kind = " or ".join(map(str, kind_value)) if isinstance(kind_value, list) else str(kind_value)
    if kind == "array":
        text = f"array of {describe_schema(api, schema.get('items') or {})}"
    else:
        text = kind
    details = [str(schema["format"])] if schema.get("format") else []
    if schema.get("enum"):
        details.append("one of " + ", ".join(f"`{value}`" for value in schema["enum"]))
    for key, symbol in (
        ("minimum", "≥"),
        ("maximum", "≤"),
        ("minLength", "length ≥"),
        ("maxLength", "length ≤"),
        ("minItems", "items ≥"),
        ("maxItems", "items ≤"),
    ):
        if key in schema:
            details.append(f"{symbol} {schema[key]}")
    if schema.get("pattern"):
        details.append(f"pattern `{schema['pattern']}`")
    if schema.get("nullable"):
        details.append("nullable")
    return f"{text} ({', '.join(details)})" if details else text


def schema_properties(api: Api, schema: Any) -> list[tuple[str, str, bool, str]]:
    """``(name, type, required, description)`` of an object schema's properties (allOf merged)."""
    schema = api.deref(schema)
    if not isinstance(schema, dict):
        return []
    rows: list[tuple[str, str, bool, str]] = []
    for part in schema.get("allOf") or []:
        rows.extend(schema_properties(api, part))
    required = set(schema.get("required") or [])
    for name, prop in (schema.get("properties") or {}).items():
        resolved = api.deref(prop)
        description = resolved.get("description", "") if isinstance(resolved, dict) else ""
        rows.append((str(name), describe_schema(api, prop), name in required, str(description)))
    return rows


@dataclass(frozen=True)
class Webhook:
    """One callback request the API makes, and the operation that registers it."""

    name: str
    method: str
    expression: str
    summary: str
    operation: Operation


def webhooks(api: Api) -> list[Webhook]:
    """Every callback of every operation, in spec order."""
    found: list[Webhook] = []
    for operation in api.operations:
        for name, callback in operation.callbacks:
            for expression, item in (callback or {}).items():
                for method, request in (api.deref(item) or {}).items():
                    if method in ("get", "put", "post", "delete", "patch") and isinstance(
                        request, dict
                    ):
                        summary = str(request.get("summary") or "")
                        found.append(Webhook(name, method, str(expression), summary, operation))
    return found


def operation_anchor(operation: Operation) -> str:
    """The anchor of an operation's section: its operationId, made URL-safe."""
    return "op-" + "".join(c if c.isalnum() else "-" for c in operation.operation_id.lower())
