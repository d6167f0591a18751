"""Handlers of ``/webhooks``: subscriptions of the calling client, delivery log, test delivery."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from server.apis.context import header, runtime
from server.apis.event_platform.caller import BASE_PATH, caller, paging
from server.apis.event_platform.representations import (
    deleted_reply,
    list_reply,
    read_reply,
    write_reply,
)
from server.services.event_platform.webhooks import DeliveryQuery, WebhookService


def _service() -> WebhookService:
    running = runtime()
    return WebhookService(running.database, BASE_PATH, running.settings)


def list_subscriptions(
    token_info: dict[str, Any],
    enabled: bool | None = None,
    event_type: str | None = None,
    **_paging: Any,
) -> Response:
    """GET /webhooks"""
    request = paging()
    page = _service().list(caller(token_info), enabled, event_type, request.window)
    return list_reply(page, request)


def create_subscription(body: dict[str, Any], token_info: dict[str, Any]) -> Response:
    """POST /webhooks: the answer is the only one carrying the secret."""
    created, secret = _service().create(caller(token_info), body)
    location = f"{BASE_PATH}/webhooks/{created.body['id']}"
    return write_reply(
        {**created.body, "secret": secret}, 201, created.etag, {"Location": location}
    )


def get_subscription(subscription_id: str, token_info: dict[str, Any]) -> Response:
    """GET /webhooks/{subscriptionId}"""
    found = _service().get(caller(token_info), subscription_id)
    return read_reply(found.body, found.etag)


def update_subscription(
    subscription_id: str, body: dict[str, Any], token_info: dict[str, Any]
) -> Response:
    """PATCH /webhooks/{subscriptionId}"""
    updated = _service().update(caller(token_info), subscription_id, body, header("If-Match"))
    return write_reply(updated.body, 200, updated.etag)


def delete_subscription(subscription_id: str, token_info: dict[str, Any]) -> Response:
    """DELETE /webhooks/{subscriptionId}"""
    _service().delete(caller(token_info), subscription_id)
    return deleted_reply()


def list_deliveries(
    subscription_id: str,
    token_info: dict[str, Any],
    status: str | None = None,
    event: str | None = None,
    since: str | None = None,
    **_paging: Any,
) -> Response:
    """GET /webhooks/{subscriptionId}/deliveries"""
    request = paging()
    query = DeliveryQuery(status, event, since)
    page = _service().deliveries(caller(token_info), subscription_id, query, request.window)
    return list_reply(page, request)


def send_test_delivery(
    subscription_id: str, body: dict[str, Any], token_info: dict[str, Any]
) -> Response:
    """POST /webhooks/{subscriptionId}/test"""
    return write_reply(_service().send_test(caller(token_info), subscription_id, body["event"]))


def redeliver_delivery(
    subscription_id: str, delivery_id: str, token_info: dict[str, Any]
) -> Response:
    """POST /webhooks/{subscriptionId}/deliveries/{deliveryId}/redeliver"""
    queued = _service().redeliver(caller(token_info), subscription_id, delivery_id)
    return write_reply(queued, 202)
