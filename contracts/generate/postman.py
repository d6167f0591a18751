"""``postman/<api>.postman_collection.json``: a Postman Collection v2.1 per API.

Folders follow tags; each operation is one request with example parameters and body; the
collection authenticates with a bearer ``{{accessToken}}`` that a collection-level pre-request
script fetches from ``{{baseUrl}}/auth/token`` with the client credentials when it is missing or
expired (works in Newman too, unlike Postman's interactive OAuth 2.0 helper). Ids are UUIDv5
of stable names, so regenerating changes nothing.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from contracts.generate.api import Api, Operation, Parameter
from contracts.generate.examples import media_example, media_examples, schema_example
from contracts.generate.output import GeneratedFile

SCHEMA_URL = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
DEFAULT_BASE_URL = "http://localhost:8000"
_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://apikit.invalid/postman")

TOKEN_SCRIPT = [
    "// Fetch an access token with the client credentials when none is set or it has expired.",
    "const token = pm.collectionVariables.get('accessToken');",
    "const expiry = Number(pm.collectionVariables.get('accessTokenExpiry') || 0);",
    "if (!pm.collectionVariables.get('clientId') || (token && Date.now() < expiry)) {",
    "  return;",
    "}",
    "pm.sendRequest({",
    "  url: pm.collectionVariables.get('baseUrl') + '/auth/token',",
    "  method: 'POST',",
    "  header: { 'Content-Type': 'application/x-www-form-urlencoded' },",
    "  body: {",
    "    mode: 'urlencoded',",
    "    urlencoded: [",
    "      { key: 'grant_type', value: 'client_credentials' },",
    "      { key: 'client_id', value: pm.collectionVariables.get('clientId') },",
    "      { key: 'client_secret', value: pm.collectionVariables.get('clientSecret') },",
    "    ],",
    "  },",
    "}, (error, response) => {",
    "  if (error || response.code !== 200) {",
    "    console.error('token request failed', error || response.code);",
    "    return;",
    "  }",
    "  const body = response.json();",
    "  pm.collectionVariables.set('accessToken', body.access_token);",
    "  const lifetime = (body.expires_in || 300) - 30;",
    "  pm.collectionVariables.set('accessTokenExpiry', String(Date.now() + lifetime * 1000));",
    "});",
]


def stable_id(*names: str) -> str:
    """A UUIDv5 of ``names``: the same names always give the same id."""
    return str(uuid.uuid5(_NAMESPACE, "/".join(names)))


def render_postman(api: Api) -> list[GeneratedFile]:
    """The collection file of one API."""
    return [GeneratedFile.json(f"postman/{api.name}.postman_collection.json", collection(api))]


def collection(api: Api) -> dict[str, Any]:
    """The collection as data."""
    base = api.server_origin or DEFAULT_BASE_URL
    return {
        "info": {
            "_postman_id": stable_id(api.name),
            "name": f"{api.title} {api.version}".strip(),
            "description": api.description,
            "schema": SCHEMA_URL,
        },
        "item": [
            {
                "id": stable_id(api.name, "tag", tag.name),
                "name": tag.name,
                "description": tag.description,
                "item": [_request_item(api, operation) for operation in tag.operations],
            }
            for tag in api.tags
        ],
        "auth": _bearer(),
        "event": [
            {
                "listen": "prerequest",
                "script": {
                    "id": stable_id(api.name, "prerequest"),
                    "type": "text/javascript",
                    "exec": TOKEN_SCRIPT,
                },
            }
        ],
        "variable": [
            {"key": "baseUrl", "value": base, "type": "string"},
            {"key": "clientId", "value": "", "type": "string"},
            {"key": "clientSecret", "value": "", "type": "string"},
            {"key": "accessToken", "value": "", "type": "string"},
            {"key": "accessTokenExpiry", "value": "0", "type": "string"},
        ],
    }


def _bearer() -> dict[str, Any]:
    return {
        "type": "bearer",
        "bearer": [{"key": "token", "value": "{{accessToken}}", "type": "string"}],
    }


def _request_item(api: Api, operation: Operation) -> dict[str, Any]:
    request = _request(api, operation)
    item: dict[str, Any] = {
        "id": stable_id(api.name, operation.operation_id),
        "name": operation.title,
        "request": request,
        "response": _responses(api, operation),
    }
    return item


def _request(api: Api, operation: Operation) -> dict[str, Any]:
    segments = [s for s in f"{api.server_path}{operation.path}".split("/") if s]
    path = [f":{s[1:-1]}" if s.startswith("{") and s.endswith("}") else s for s in segments]
    query = [
        {
            "key": p.name,
            "value": _text(_parameter_value(api, p)),
            "description": p.description,
            "disabled": not p.required,
        }
        for p in operation.parameters
        if p.location == "query"
    ]
    url: dict[str, Any] = {
        "raw": "{{baseUrl}}/" + "/".join(path) + _raw_query(query),
        "host": ["{{baseUrl}}"],
        "path": path,
    }
    if query:
        url["query"] = query
    variables = [
        {"key": p.name, "value": _text(_parameter_value(api, p)), "description": p.description}
        for p in operation.parameters
        if p.location == "path"
    ]
    if variables:
        url["variable"] = variables
    header = [
        {
            "key": p.name,
            "value": _text(_parameter_value(api, p)),
            "description": p.description,
            "disabled": not p.required,
        }
        for p in operation.parameters
        if p.location == "header"
    ]
    request: dict[str, Any] = {
        "method": operation.method.upper(),
        "header": header,
        "url": url,
        "description": _description(operation),
    }
    body = _body(api, operation)
    if body is not None:
        content_type, request["body"] = body
        header.append({"key": "Content-Type", "value": content_type})
    if operation.public:
        request["auth"] = {"type": "noauth"}
    return request


def _description(operation: Operation) -> str:
    lines = [
        operation.description or operation.summary,
        "",
        f"operationId: `{operation.operation_id}`",
    ]
    if operation.scopes:
        lines.append("Scopes: " + ", ".join(f"`{scope}`" for scope in operation.scopes))
    return "\n".join(lines).strip()


def _body(api: Api, operation: Operation) -> tuple[str, dict[str, Any]] | None:
    content = (operation.request_body or {}).get("content") or {}
    if not content:
        return None
    media_type = next((m for m in content if "json" in m), next(iter(content)))
    media = content[media_type]
    _, value = media_example(api, media)
    if media_type == "application/x-www-form-urlencoded" and isinstance(value, dict):
        pairs = [{"key": str(k), "value": _text(v)} for k, v in value.items()]
        return media_type, {"mode": "urlencoded", "urlencoded": pairs}
    raw = value if isinstance(value, str) else json.dumps(value, indent=2, ensure_ascii=False)
    return media_type, {"mode": "raw", "raw": raw, "options": {"raw": {"language": "json"}}}


def _responses(api: Api, operation: Operation) -> list[dict[str, Any]]:
    # Saved examples carry no copy of the request: Postman shows them under the request
    # anyway, and copies would multiply the collection's size by its number of statuses.
    saved: list[dict[str, Any]] = []
    for status, response in operation.responses:
        if not status.isdigit():
            continue
        content = response.get("content") or {}
        media_type = next((m for m in content if "json" in m), next(iter(content), None))
        examples = media_examples(api, content[media_type]) if media_type else []
        for name, value in examples[:1]:
            saved.append(
                {
                    "id": stable_id(api.name, operation.operation_id, status, name),
                    "name": f"{status} {response.get('description') or ''}".strip()[:120],
                    "status": _reason(int(status)),
                    "code": int(status),
                    "_postman_previewlanguage": "json",
                    "header": [{"key": "Content-Type", "value": media_type}],
                    "body": json.dumps(value, indent=2, ensure_ascii=False),
                }
            )
    return saved


def _parameter_value(api: Api, parameter: Parameter) -> Any:
    has, value = parameter.example
    return value if has else schema_example(api, parameter.schema)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        # Postman sends one value per key; a list parameter shows its values comma-separated.
        return ",".join(_text(item) for item in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _raw_query(query: list[dict[str, Any]]) -> str:
    enabled = [f"{q['key']}={q['value']}" for q in query if not q["disabled"]]
    return "?" + "&".join(enabled) if enabled else ""


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return str(status)
