"""Each API's side of webhook delivery: its subscriptions, its delivery body, how it signs.

The dispatcher is one mechanism for every API; a :class:`WebhookSource` tells it which
outbox rows are the API's (``api``), who subscribes (a
:class:`~server.storage.webhook_queue.SubscriptionTable`), what a new delivery holds and how
an attempt's body and headers are signed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from contracts.webhook_signature import sign_envelope, signed_body, signed_delivery
from server.services.cs_integration.ids import new_id
from server.services.cs_integration.wire import timestamp
from server.services.event_platform import outbox as event_platform_outbox
from server.services.event_platform.signing import envelope_of, new_delivery_id
from server.settings import Settings
from server.storage.cs_webhooks import CsSubscriptions
from server.storage.event_platform.webhook_queue import EventPlatformSubscriptions
from server.storage.models import cs_webhooks, event_webhooks
from server.storage.models.base import utcnow
from server.storage.models.outbox import OutboxEvent
from server.storage.webhook_queue import DeliveryRow, SubscriptionTable, Target
from server.webhooks.sender import Signer

CS_INTEGRATION = "cs-integration"
#: specs/cs-integration.yaml: retried 5 times after the first attempt, 1, 2, 4, 8, 16 minutes.
CS_RETRY_POLICY = {"maxAttempts": 6, "initialDelaySeconds": 60, "backoffMultiplier": 2}
#: specs/cs-integration.yaml ``Webhook.active``: false once 50 deliveries in a row failed.
CS_DISABLE_AFTER = 50


@dataclass(frozen=True)
class WebhookSource:
    """One API's webhooks, as the dispatcher needs them."""

    api: str
    table: SubscriptionTable
    #: The delivery row for one subscriber of one outbox event (not yet attempted).
    new_delivery: Callable[[Target, OutboxEvent], DeliveryRow]
    #: Makes an attempt's body and headers (at attempt time: the timestamp is signed).
    sign: Signer
    #: Failed deliveries in a row after which a subscription stops (0: never).
    disable_after: Callable[[Settings], int]


def _event_platform_delivery(target: Target, event: OutboxEvent) -> DeliveryRow:
    delivery_id = new_delivery_id()
    now = utcnow()
    envelope = envelope_of(delivery_id, event.event_type, event.occurred_at, event.payload)
    return event_webhooks.WebhookDelivery(
        id=delivery_id,
        subscription_id=target.key,
        event=event.event_type,
        status="pending",
        test=False,
        attempts=[],
        attempt_count=0,
        # Signed now so the log always shows a complete envelope; each attempt re-signs.
        payload=sign_envelope(target.secret, envelope),
        next_attempt_at=now,
        created_at=now,
        outbox_event_id=event.id,
    )


def _cs_delivery(target: Target, event: OutboxEvent) -> DeliveryRow:
    delivery_id = new_id("dlv")
    now = utcnow()
    return cs_webhooks.WebhookDelivery(
        id=delivery_id,
        subscription_id=target.key,
        event=event.event_type,
        status="pending",
        attempts=[],
        attempt_count=0,
        payload={
            "delivery_id": delivery_id,
            "event": event.event_type,
            "occurred_at": timestamp(event.occurred_at),
            "data": dict(event.payload),
        },
        next_attempt_at=now,
        created_at=now,
        outbox_event_id=event.id,
    )


def _cs_sign(secret: str, payload: Mapping[str, Any]) -> tuple[bytes, dict[str, str]]:
    # The body is the event alone; X-Webhook-Id repeats its delivery_id on every retry.
    return signed_body(secret, payload, webhook_id=str(payload["delivery_id"]))


def event_platform_source() -> WebhookSource:
    """event-platform: each subscription's retry policy, its own disable threshold setting."""
    return WebhookSource(
        api=event_platform_outbox.API,
        table=EventPlatformSubscriptions(),
        new_delivery=_event_platform_delivery,
        sign=signed_delivery,
        disable_after=lambda settings: settings.webhook_disable_after,
    )


def cs_integration_source() -> WebhookSource:
    """cs-integration: the spec's fixed retry schedule and deactivation after 50 failures."""
    return WebhookSource(
        api=CS_INTEGRATION,
        table=CsSubscriptions(CS_RETRY_POLICY),
        new_delivery=_cs_delivery,
        sign=_cs_sign,
        disable_after=lambda settings: CS_DISABLE_AFTER,
    )


def all_sources() -> tuple[WebhookSource, ...]:
    """Every API that delivers webhooks."""
    return (event_platform_source(), cs_integration_source())
