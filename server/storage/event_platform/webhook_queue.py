"""event-platform subscriptions as the webhook queue sees them (:class:`SubscriptionTable`)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Select, select, update
from sqlalchemy.orm import Session

from server.storage.models.event_webhooks import WebhookDelivery, WebhookSubscription
from server.storage.webhook_queue import DeliveryModel, Target


def _target(subscription: WebhookSubscription) -> Target:
    return Target(
        subscription.id, subscription.url, subscription.secret, dict(subscription.retry_policy)
    )


class EventPlatformSubscriptions:
    """``ep_webhook_subscriptions``: the client's retry policy, disabled by ``enabled``."""

    @property
    def delivery(self) -> DeliveryModel:
        """Deliveries live in ``ep_webhook_deliveries``."""
        return WebhookDelivery

    def enabled_keys(self) -> Select[str]:
        """Ids of enabled subscriptions."""
        return select(WebhookSubscription.id).where(WebhookSubscription.enabled.is_(True))

    def subscribers(self, session: Session, event_type: str) -> list[Target]:
        """Enabled subscriptions receiving ``event_type`` (types are a JSON list: filtered here)."""
        rows = session.scalars(
            select(WebhookSubscription)
            .where(WebhookSubscription.enabled.is_(True))
            .order_by(WebhookSubscription.created_at, WebhookSubscription.id)
        ).all()
        return [_target(row) for row in rows if event_type in row.event_types]

    def target(self, session: Session, key: str) -> Target | None:
        """One subscription."""
        row = session.get(WebhookSubscription, key)
        return None if row is None else _target(row)

    def count_failure(self, session: Session, key: str) -> int:
        """Add one to the subscription's failures in a row, atomically; the new count."""
        column = WebhookSubscription.consecutive_failures
        count = session.execute(
            update(WebhookSubscription)
            .where(WebhookSubscription.id == key)
            .values(consecutive_failures=column + 1)
            .returning(column)
        ).scalar_one_or_none()
        return int(count or 0)

    def reset_failures(self, session: Session, key: str) -> None:
        """A success ends the run of failures."""
        session.execute(
            update(WebhookSubscription)
            .where(WebhookSubscription.id == key)
            .values(consecutive_failures=0)
        )

    def disable(self, session: Session, key: str, now: datetime) -> bool:
        """Disable the subscription; False when it already was."""
        result = session.execute(
            update(WebhookSubscription)
            .where(WebhookSubscription.id == key, WebhookSubscription.enabled.is_(True))
            .values(enabled=False, updated_at=now)
        )
        return bool(getattr(result, "rowcount", 0) == 1)
