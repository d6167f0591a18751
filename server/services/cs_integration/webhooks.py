"""Webhook endpoints: registered, listed, read and removed by the client that owns them.

Another client's endpoint is answered as unknown (404), never as forbidden, so ids do not
leak. Delivery is the outbox dispatcher's job (``server.services.cs_integration.outbox``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from server.auth.principal import Principal
from server.services.cs_integration.ids import new_id
from server.services.cs_integration.wire import timestamp
from server.services.errors import ConflictError, NotFoundError
from server.storage.cs_records import SqlRecordStore
from server.storage.database import Database
from server.storage.models.base import utcnow
from server.storage.models.cs_webhooks import Webhook

RESOURCE = "webhook endpoint"


@dataclass(frozen=True)
class WebhookPage:
    """One page of a client's endpoints and how many it has."""

    items: list[dict[str, Any]]
    total: int


class WebhookService:
    """Each client's webhook endpoints; every method is one transaction."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def register(self, caller: Principal, data: Mapping[str, Any]) -> dict[str, Any]:
        """Store a new endpoint of ``caller``; 409 when it already registered the URL."""
        url = str(data["url"])
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
                    secret=data.get("secret"),
                    active=True,
                    consecutive_failures=0,
                    created_at=utcnow(),
                )
            )
            return webhook_body(webhook)

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
        """Forget one of the caller's endpoints (deliveries stop)."""
        with self.database.session() as session:
            store = _store(session)
            store.delete(_owned(store, caller, webhook_id))

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


def _store(session: Any) -> SqlRecordStore[Webhook]:
    return SqlRecordStore(session, Webhook, Webhook.webhook_id)


def _owned(store: SqlRecordStore[Webhook], caller: Principal, webhook_id: str) -> Webhook:
    webhook = store.get(webhook_id)
    if webhook is None or webhook.client_id != caller.client_id:
        raise NotFoundError(RESOURCE, webhook_id)
    return webhook
