"""Handlers of ``/cs-integration/webhooks``: each client's webhook endpoints and their log."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from server.apis.context import caller, request_path, request_query, runtime
from server.http.pagination import PageRequest
from server.http.replies import empty_reply, json_reply
from server.services.cs_integration.webhooks import WebhookService


def _service() -> WebhookService:
    running = runtime()
    return WebhookService(running.database, running.settings.webhook_allow_http)


def list_webhooks(token_info: dict[str, Any], limit: int = 50, offset: int = 0) -> Response:
    """GET /cs-integration/webhooks"""
    page_request = PageRequest(limit, offset)
    page = _service().list(caller(token_info), limit, offset)
    headers = {"Link": page_request.links(request_path(), request_query(), page.total) or ""}
    body = {"data": page.items, "pagination": page_request.body(page.total)}
    return json_reply(body, 200, headers)


def register_webhook(body: dict[str, Any], token_info: dict[str, Any]) -> Response:
    """POST /cs-integration/webhooks"""
    created = _service().register(caller(token_info), body)
    location = f"{request_path().rstrip('/')}/{created['webhook_id']}"
    return json_reply(created, 201, {"Location": location})


def get_webhook(webhook_id: str, token_info: dict[str, Any]) -> Response:
    """GET /cs-integration/webhooks/{webhook_id}"""
    return json_reply(_service().get(caller(token_info), webhook_id))


def delete_webhook(webhook_id: str, token_info: dict[str, Any]) -> Response:
    """DELETE /cs-integration/webhooks/{webhook_id}"""
    _service().delete(caller(token_info), webhook_id)
    return empty_reply(204)


def list_deliveries(
    webhook_id: str, token_info: dict[str, Any], limit: int = 50, offset: int = 0
) -> Response:
    """GET /cs-integration/webhooks/{webhook_id}/deliveries"""
    page_request = PageRequest(limit, offset)
    page = _service().deliveries(caller(token_info), webhook_id, limit, offset)
    headers = {"Link": page_request.links(request_path(), request_query(), page.total) or ""}
    body = {"data": page.items, "pagination": page_request.body(page.total)}
    return json_reply(body, 200, headers)
