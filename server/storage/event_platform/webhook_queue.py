"""SQL of the webhook dispatcher: fanning outbox rows out, claiming due deliveries.

Several dispatchers may share one database. On PostgreSQL candidates are read with
``FOR UPDATE SKIP LOCKED`` so two never wait on (or take) the same rows; on every database a
claim is a conditional ``UPDATE`` whose row count says who won, which is what keeps SQLite
(no row locks, one writer at a time) correct too.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from server.storage.models.event_webhooks import WebhookDelivery, WebhookSubscription
from server.storage.models.outbox import OutboxEvent

#: Statuses of deliveries that still have an attempt to make.
OPEN = ("pending", "retrying")


class SqlWebhookQueue:
    """The dispatcher's reads and claims, through one session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def unrouted_events(self, api: str, limit: int) -> Sequence[OutboxEvent]:
        """Outbox rows of ``api`` not yet fanned out, oldest first (skipping locked ones)."""
        return self.session.scalars(
            select(OutboxEvent)
            .where(OutboxEvent.delivered_at.is_(None), OutboxEvent.api == api)
            .order_by(OutboxEvent.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        ).all()

    def mark_routed(self, event_id: int, now: datetime) -> bool:
        """Mark the row fanned out; False when another dispatcher already did."""
        result = self.session.execute(
            update(OutboxEvent)
            .where(OutboxEvent.id == event_id, OutboxEvent.delivered_at.is_(None))
            .values(delivered_at=now)
        )
        return bool(getattr(result, "rowcount", 0) == 1)

    def subscribers(self, event_type: str) -> list[WebhookSubscription]:
        """Enabled subscriptions receiving ``event_type`` (types are a JSON list: filtered here)."""
        rows = self.session.scalars(
            select(WebhookSubscription)
            .where(WebhookSubscription.enabled.is_(True))
            .order_by(WebhookSubscription.created_at, WebhookSubscription.id)
        ).all()
        return [row for row in rows if event_type in row.event_types]

    def due(self, now: datetime, limit: int) -> Sequence[str]:
        """Ids of open deliveries due by ``now``, unclaimed, of enabled subscriptions."""
        return self.session.scalars(
            select(WebhookDelivery.id)
            .join(WebhookSubscription, WebhookSubscription.id == WebhookDelivery.subscription_id)
            .where(
                WebhookDelivery.status.in_(OPEN),
                WebhookDelivery.next_attempt_at.is_not(None),
                WebhookDelivery.next_attempt_at <= now,
                or_(WebhookDelivery.lease_until.is_(None), WebhookDelivery.lease_until < now),
                WebhookSubscription.enabled.is_(True),
            )
            .order_by(WebhookDelivery.next_attempt_at, WebhookDelivery.id)
            .limit(limit)
            .with_for_update(of=WebhookDelivery, skip_locked=True)
        ).all()

    def claim(self, delivery_id: str, now: datetime, lease_until: datetime, token: str) -> bool:
        """Take the delivery's next attempt until ``lease_until``; False when someone else has."""
        result = self.session.execute(
            update(WebhookDelivery)
            .where(
                WebhookDelivery.id == delivery_id,
                WebhookDelivery.status.in_(OPEN),
                or_(WebhookDelivery.lease_until.is_(None), WebhookDelivery.lease_until < now),
            )
            .values(lease_until=lease_until, claim_token=token)
        )
        return bool(getattr(result, "rowcount", 0) == 1)

    def claimed(self, delivery_id: str, token: str) -> WebhookDelivery | None:
        """The delivery if ``token`` still holds its claim (row-locked on PostgreSQL)."""
        return self.session.scalars(
            select(WebhookDelivery)
            .where(WebhookDelivery.id == delivery_id, WebhookDelivery.claim_token == token)
            .with_for_update()
        ).one_or_none()

    def subscription(self, subscription_id: str) -> WebhookSubscription | None:
        """One subscription."""
        return self.session.get(WebhookSubscription, subscription_id)

    def count_failure(self, subscription_id: str) -> int:
        """Add one to the subscription's failures in a row, atomically; the new count."""
        column = WebhookSubscription.consecutive_failures
        count = self.session.execute(
            update(WebhookSubscription)
            .where(WebhookSubscription.id == subscription_id)
            .values(consecutive_failures=column + 1)
            .returning(column)
        ).scalar_one_or_none()
        return int(count or 0)

    def reset_failures(self, subscription_id: str) -> None:
        """A success ends the run of failures."""
        self.session.execute(
            update(WebhookSubscription)
            .where(WebhookSubscription.id == subscription_id)
            .values(consecutive_failures=0)
        )

    def disable(self, subscription_id: str, now: datetime) -> bool:
        """Disable the subscription; False when it already was."""
        result = self.session.execute(
            update(WebhookSubscription)
            .where(
                WebhookSubscription.id == subscription_id,
                WebhookSubscription.enabled.is_(True),
            )
            .values(enabled=False, updated_at=now)
        )
        return bool(getattr(result, "rowcount", 0) == 1)

    def prune(self, before: datetime) -> int:
        """Delete finished deliveries created before ``before``; how many went."""
        result = self.session.execute(
            delete(WebhookDelivery).where(
                WebhookDelivery.created_at < before,
                WebhookDelivery.status.in_(("succeeded", "failed")),
            )
        )
        return int(getattr(result, "rowcount", 0) or 0)
