"""Webhook endpoints: registered, listed, read and removed by the client that owns them.

Another client's endpoint is answered as unknown (404), never as forbidden, so ids do not
leak. The signing secret is generated when not given (``whsec_`` + 32 hex digits) and shown
only in the registration answer. Delivery is the dispatcher's job
(:mod:`server.webhooks.dispatcher`, fed by the outbox); its attempts are read here.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from server.auth.principal import Principal
from server.services.cs_integration.ids import new_id
from server.services.cs_integration.wire import timestamp
from server.services.errors import ConflictError, NotFoundError
from server.services.webhook_urls import check_receiver_url
from server.storage.cs_records import SqlRecordStore
from server.storage.cs_webhooks import SqlDeliveryLog
from server.storage.database import Database
from server.storage.models.base import utcnow
from server.storage.models.cs_webhooks import Webhook, WebhookDelivery

RESOURCE = "webhook endpoint"


def new_secret() -> str:
    """``whsec_`` and 32 random hex digits."""
    return "whsec_" + secrets.token_hex(16)


@dataclass(frozen=True)
class WebhookPage:
    """One page of a client's endpoints (or of one endpoint's deliveries) and the total."""

    items: list[dict[str, Any]]
    total: int


class WebhookService:
    """Each client's webhook endpoints; every method is one transaction."""

    def __init__(self, database: Database, allow_http: bool = False) -> None:
        self.database = database
        self.allow_http = allow_http

    def register(self, caller: Principal, data: Mapping[str, Any]) -> dict[str, Any]:
        """Store a new endpoint of ``caller``; its view with the secret (the only time shown).

        422 for a URL that may not receive deliveries; 409 when the caller already registered
        the URL.
        """
        url = str(data["url"])
        check_receiver_url(url, self.allow_http)
        with self.database.session() as session:
            store = _store(session)
            if store.count(Webhook.client_id == caller.client_id, Webhook.url == url):
                raise ConflictError(RESOURCE, url, f"This client already registered the URL {url}.")
            webhook = store.add(
                Webhook(
                    webhook_id=new_id("wh"),
                    client_id=caller.client_id,
                    url=url,
                    events=list(data["events"]),
                    description=data.get("description"),
                    secret=data.get("secret") or new_secret(),
                    active=True,
                    consecutive_failures=0,
                    created_at=utcnow(),
                )
            )
            return {**webhook_body(webhook), "secret": webhook.secret}

    def list(self, caller: Principal, limit: int, offset: int) -> WebhookPage:
        """The caller's endpoints, oldest first."""
        with self.database.session() as session:
            rows, total = _store(session).page(
                Webhook.client_id == caller.client_id,
                order_by=Webhook.seq,
                limit=limit,
                offset=offset,
            )
            return WebhookPage([webhook_body(row) for row in rows], total)

    def get(self, caller: Principal, webhook_id: str) -> dict[str, Any]:
        """One of the caller's endpoints; 404 for unknown ids and other clients' endpoints."""
        with self.database.session() as session:
            return webhook_body(_owned(_store(session), caller, webhook_id))

    def delete(self, caller: Principal, webhook_id: str) -> None:
        """Forget one of the caller's endpoints; its delivery log goes with it (deliveries stop)."""
        with self.database.session() as session:
            store = _store(session)
            # ON DELETE CASCADE removes the deliveries, pending ones included.
            store.delete(_owned(store, caller, webhook_id))

    def deliveries(
        self, caller: Principal, webhook_id: str, limit: int, offset: int
    ) -> WebhookPage:
        """One page of the endpoint's deliveries with every attempt, newest first."""
        with self.database.session() as session:
            _owned(_store(session), caller, webhook_id)
            rows, total = SqlDeliveryLog(session).page(webhook_id, limit, offset)
            return WebhookPage([delivery_body(row) for row in rows], total)

    def count_active(self) -> int:
        """Endpoints with ``active`` true, every client's (for the metrics)."""
        with self.database.session() as session:
            return _store(session).count(Webhook.active.is_(True))


def webhook_body(webhook: Webhook) -> dict[str, Any]:
    """The API's view of an endpoint (never its secret)."""
    body: dict[str, Any] = {
        "webhook_id": webhook.webhook_id,
        "url": webhook.url,
        "events": list(webhook.events),
    }
    if webhook.description is not None:
        body["description"] = webhook.description
    body["active"] = webhook.active
    body["created_at"] = timestamp(webhook.created_at)
    return body


def delivery_body(delivery: WebhookDelivery) -> dict[str, Any]:
    """The API's view of one delivery (``WebhookDelivery``)."""
    body: dict[str, Any] = {
        "delivery_id": delivery.id,
        "webhook_id": delivery.subscription_id,
        "event": delivery.event,
        "status": delivery.status,
        "attempt_count": delivery.attempt_count,
        "attempts": [attempt_body(attempt) for attempt in delivery.attempts],
        "payload": dict(delivery.payload),
        "created_at": timestamp(delivery.created_at),
    }
    if delivery.last_attempt_at is not None:
        body["last_attempt_at"] = timestamp(delivery.last_attempt_at)
    if delivery.next_attempt_at is not None and delivery.status in ("pending", "retrying"):
        body["next_attempt_at"] = timestamp(delivery.next_attempt_at)
    return body


def attempt_body(entry: Mapping[str, Any]) -> dict[str, Any]:
    """One logged attempt (stored as the dispatcher writes it) in this API's field names."""
    body: dict[str, Any] = {
        "attempt_number": entry["attemptNumber"],
        "attempted_at": entry["attemptedAt"],
        "duration_ms": entry["durationMs"],
    }
    if "responseStatus" in entry:
        body["response_status"] = entry["responseStatus"]
    if "error" in entry:
        body["error"] = entry["error"]
    return body


def _store(session: Any) -> SqlRecordStore[Webhook]:
    return SqlRecordStore(session, Webhook, Webhook.webhook_id)


def _owned(store: SqlRecordStore[Webhook], caller: Principal, webhook_id: str) -> Webhook:
    webhook = store.get(webhook_id)
    if webhook is None or webhook.client_id != caller.client_id:
        raise NotFoundError(RESOURCE, webhook_id)
    return webhook
