"""Webhook subscriptions of one client: create, read, list, update, delete, log, test.

Rules (specs/event-platform.yaml ``WebhookSubscription*``): ``https`` receivers only, except
``http`` to a loopback host (422); one subscription per URL and client (409); the secret is
generated when not given (``whsec_`` + 32 hex digits) and shown only in the create answer;
another client's subscription is a 404. A test delivery POSTs a fixed sample of the chosen
type right away (one attempt, no retry) and logs it; real events reach receivers through the
outbox and :mod:`server.webhooks.dispatcher`. A failed delivery can be delivered again.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from server.auth.principal import Principal
from server.services.errors import (
    ConflictError,
    NotFoundError,
    PreconditionFailedError,
)
from server.services.etag import if_match_satisfied
from server.services.event_platform.events import Versioned
from server.services.event_platform.listing import Page, Window, cut
from server.services.event_platform.payments import precise_now
from server.services.event_platform.samples import sample_data
from server.services.event_platform.signing import (
    PAYLOAD_VERSION,
    envelope_of,
    new_delivery_id,
    signed_envelope,
)
from server.services.event_platform.values import compact, iso, new_id, parse_instant, tag_of
from server.services.webhook_urls import check_receiver_url
from server.settings import Settings
from server.storage.database import Database
from server.storage.event_platform.webhooks import SqlWebhookStore
from server.storage.models.base import utcnow
from server.storage.models.event_webhooks import WebhookDelivery, WebhookSubscription
from server.webhooks.sender import Sender

SUBSCRIPTION = "webhook subscription"
DEFAULT_RETRY = {"maxAttempts": 5, "initialDelaySeconds": 60, "backoffMultiplier": 2}


@dataclass(frozen=True)
class DeliveryQuery:
    """Filters of the delivery log (None: not filtered)."""

    status: str | None = None
    event: str | None = None
    since: str | None = None


def new_secret() -> str:
    """``whsec_`` and 32 random hex digits."""
    return "whsec_" + secrets.token_hex(16)


def subscription_body(
    subscription: WebhookSubscription, latest: WebhookDelivery | None
) -> dict[str, Any]:
    """The ``WebhookSubscription`` view (never the secret), with the derived last delivery."""
    return compact(
        {
            "id": subscription.id,
            "url": subscription.url,
            "description": subscription.description,
            "eventTypes": list(subscription.event_types),
            "enabled": subscription.enabled,
            "retryPolicy": dict(subscription.retry_policy),
            "version": subscription.version,
            "lastDeliveryAt": iso(latest.created_at) if latest else None,
            "lastDeliveryStatus": latest.status if latest else None,
            "createdAt": iso(subscription.created_at),
            "updatedAt": iso(subscription.updated_at),
        }
    )


def delivery_body(delivery: WebhookDelivery) -> dict[str, Any]:
    """The ``WebhookDelivery`` view of a logged delivery."""
    return compact(
        {
            "id": delivery.id,
            "subscriptionId": delivery.subscription_id,
            "event": delivery.event,
            "status": delivery.status,
            "test": delivery.test,
            "attemptCount": delivery.attempt_count,
            "attempts": list(delivery.attempts),
            "nextAttemptAt": iso(delivery.next_attempt_at) if delivery.next_attempt_at else None,
            "payload": delivery.payload,
            "createdAt": iso(delivery.created_at),
            "lastAttemptAt": iso(delivery.last_attempt_at) if delivery.last_attempt_at else None,
        }
    )


class WebhookService:
    """Subscription management for the calling client; each method is one transaction."""

    def __init__(self, database: Database, base: str, settings: Settings | None = None) -> None:
        self.database = database
        self.base = base
        self.settings = settings or Settings()

    def create(self, caller: Principal, data: Mapping[str, Any]) -> tuple[Versioned, str]:
        """A new subscription, and its secret (the only time it is shown)."""
        check_receiver_url(data["url"], self.settings.webhook_allow_http)
        now = utcnow()
        secret = data.get("secret") or new_secret()
        subscription = WebhookSubscription(
            id=new_id(),
            client_id=caller.client_id,
            url=data["url"],
            description=data.get("description"),
            event_types=list(data["eventTypes"]),
            enabled=data.get("enabled", True),
            retry_policy=dict(data.get("retryPolicy") or DEFAULT_RETRY),
            secret=secret,
            version=PAYLOAD_VERSION,
            created_at=now,
            updated_at=now,
        )
        with self.database.session() as session:
            store = SqlWebhookStore(session)
            _check_url_free(store, caller, data["url"], None)
            store.add(subscription)
            return self._versioned(session, subscription), secret

    def list(
        self,
        caller: Principal,
        enabled: bool | None,
        event_type: str | None,
        window: Window,
    ) -> Page[dict[str, Any]]:
        """A window of the caller's subscriptions, oldest first."""
        with self.database.session() as session:
            rows = [
                s
                for s in SqlWebhookStore(session).of_client(caller.client_id)
                if (enabled is None or s.enabled == enabled)
                and (event_type is None or event_type in s.event_types)
            ]
            rows.sort(key=lambda s: (s.created_at, s.id))
            page = cut(rows, window)
            return Page([self._versioned(session, s).body for s in page.items], page.total)

    def get(self, caller: Principal, subscription_id: str) -> Versioned:
        """One of the caller's subscriptions."""
        with self.database.session() as session:
            return self._versioned(session, _owned(session, caller, subscription_id))

    def update(
        self,
        caller: Principal,
        subscription_id: str,
        data: Mapping[str, Any],
        if_match: str | None,
    ) -> Versioned:
        """Merge ``data`` (enable/disable, URL, types, retry policy, secret rotation)."""
        with self.database.session() as session:
            store = SqlWebhookStore(session)
            subscription = _owned(session, caller, subscription_id, for_update=True)
            current = self._versioned(session, subscription).etag
            if not if_match_satisfied(if_match, current):
                raise PreconditionFailedError(SUBSCRIPTION, subscription_id, current)
            if "url" in data:
                check_receiver_url(data["url"], self.settings.webhook_allow_http)
                _check_url_free(store, caller, data["url"], subscription.id)
                subscription.url = data["url"]
            if "description" in data:
                subscription.description = data["description"]
            if "eventTypes" in data:
                subscription.event_types = list(data["eventTypes"])
            if "enabled" in data:
                subscription.enabled = data["enabled"]
            if "retryPolicy" in data:
                subscription.retry_policy = dict(data["retryPolicy"])
            if "secret" in data:
                subscription.secret = data["secret"]
            subscription.updated_at = utcnow()
            session.flush()
            return self._versioned(session, subscription)

    def delete(self, caller: Principal, subscription_id: str) -> None:
        """Remove the subscription with its delivery log."""
        with self.database.session() as session:
            subscription = _owned(session, caller, subscription_id, for_update=True)
            SqlWebhookStore(session).delete(subscription)

    def deliveries(
        self, caller: Principal, subscription_id: str, query: DeliveryQuery, window: Window
    ) -> Page[dict[str, Any]]:
        """A window of the subscription's delivery log, newest first."""
        since = parse_instant(query.since, "since") if query.since else None
        with self.database.session() as session:
            _owned(session, caller, subscription_id)
            rows = [
                d
                for d in SqlWebhookStore(session).deliveries(subscription_id.lower())
                if (query.status is None or d.status == query.status)
                and (query.event is None or d.event == query.event)
                and (since is None or d.created_at >= since)
            ]
            page = cut(rows, window)
            return Page([delivery_body(d) for d in page.items], page.total)

    def send_test(self, caller: Principal, subscription_id: str, event_type: str) -> dict[str, Any]:
        """POST a signed sample of ``event_type`` now (one attempt) and log the delivery."""
        now = precise_now()
        with self.database.session() as session:
            subscription = _owned(session, caller, subscription_id)
            url, secret, owner = subscription.url, subscription.secret, subscription.id
        delivery_id = new_delivery_id()
        envelope = envelope_of(delivery_id, event_type, now, sample_data(event_type, self.base))
        # The call is made outside any transaction: a slow receiver must not hold a connection.
        sender = Sender(self.settings)
        try:
            outcome = sender.send(url, secret, envelope)
        finally:
            sender.close()
        delivery = WebhookDelivery(
            id=delivery_id,
            subscription_id=owner,
            event=event_type,
            status="succeeded" if outcome.succeeded else "failed",
            test=True,
            attempts=[outcome.log_entry(1)],
            attempt_count=1,
            payload=outcome.envelope,
            created_at=now,
            last_attempt_at=outcome.attempted_at,
        )
        with self.database.session() as session:
            if SqlWebhookStore(session).get(owner) is None:
                raise NotFoundError(SUBSCRIPTION, subscription_id)
            SqlWebhookStore(session).add(delivery)
        return delivery_body(delivery)

    def redeliver(
        self, caller: Principal, subscription_id: str, delivery_id: str
    ) -> dict[str, Any]:
        """Queue a failed delivery again, as a new delivery of the same event and data."""
        now = utcnow()
        with self.database.session() as session:
            subscription = _owned(session, caller, subscription_id)
            store = SqlWebhookStore(session)
            original = store.delivery(delivery_id.lower())
            if original is None or original.subscription_id != subscription.id:
                raise NotFoundError("webhook delivery", delivery_id)
            if original.status != "failed":
                raise ConflictError(
                    "webhook delivery",
                    "/status",
                    f"Only failed deliveries are delivered again; this one is {original.status}.",
                )
            new = new_delivery_id()
            occurred = parse_instant(original.payload["timestamp"], "timestamp")
            delivery = WebhookDelivery(
                id=new,
                subscription_id=subscription.id,
                event=original.event,
                status="pending",
                test=original.test,
                attempts=[],
                attempt_count=0,
                payload=signed_envelope(
                    new, original.event, occurred, original.payload["data"], subscription.secret
                ),
                next_attempt_at=now,
                created_at=now,
                outbox_event_id=original.outbox_event_id,
            )
            store.add(delivery)
            return delivery_body(delivery)

    def _versioned(self, session: Session, subscription: WebhookSubscription) -> Versioned:
        latest = SqlWebhookStore(session).latest_delivery(subscription.id)
        body = subscription_body(subscription, latest)
        return Versioned(body, tag_of(body))


def _owned(
    session: Session, caller: Principal, subscription_id: str, *, for_update: bool = False
) -> WebhookSubscription:
    found = SqlWebhookStore(session).get(subscription_id.lower(), for_update=for_update)
    # Another client's subscription is reported as absent, not forbidden: its id says nothing.
    if found is None or found.client_id != caller.client_id:
        raise NotFoundError(SUBSCRIPTION, subscription_id)
    return found


def _check_url_free(
    store: SqlWebhookStore, caller: Principal, url: str, own_id: str | None
) -> None:
    for other in store.of_client(caller.client_id):
        if other.url == url and other.id != own_id:
            raise ConflictError(SUBSCRIPTION, "/url", f"{url} is already subscribed.")
