"""cs-integration endpoints as the webhook queue sees them, and their delivery log pages."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, select, update
from sqlalchemy.orm import Session

from server.storage.models.cs_webhooks import Webhook, WebhookDelivery
from server.storage.webhook_queue import DeliveryModel, Target


class CsSubscriptions:
    """``cs_webhooks``: one retry policy for every endpoint, stopped by ``active``."""

    def __init__(self, policy: Mapping[str, Any]) -> None:
        self.policy = dict(policy)

    @property
    def delivery(self) -> DeliveryModel:
        """Deliveries live in ``cs_webhook_deliveries``."""
        return WebhookDelivery

    def _target(self, webhook: Webhook) -> Target:
        return Target(webhook.webhook_id, webhook.url, webhook.secret, self.policy)

    def enabled_keys(self) -> Select[str]:
        """Ids of active endpoints."""
        return select(Webhook.webhook_id).where(Webhook.active.is_(True))

    def subscribers(self, session: Session, event_type: str) -> list[Target]:
        """Active endpoints of every client receiving ``event_type``, oldest first."""
        rows = session.scalars(
            select(Webhook).where(Webhook.active.is_(True)).order_by(Webhook.seq)
        ).all()
        return [self._target(row) for row in rows if event_type in row.events]

    def target(self, session: Session, key: str) -> Target | None:
        """One endpoint."""
        row = session.scalars(select(Webhook).where(Webhook.webhook_id == key)).one_or_none()
        return None if row is None else self._target(row)

    def count_failure(self, session: Session, key: str) -> int:
        """Add one to the endpoint's failures in a row, atomically; the new count."""
        column = Webhook.consecutive_failures
        count = session.execute(
            update(Webhook)
            .where(Webhook.webhook_id == key)
            .values(consecutive_failures=column + 1)
            .returning(column)
        ).scalar_one_or_none()
        return int(count or 0)

    def reset_failures(self, session: Session, key: str) -> None:
        """A success ends the run of failures."""
        session.execute(
            update(Webhook).where(Webhook.webhook_id == key).values(consecutive_failures=0)
        )

    def disable(self, session: Session, key: str, now: datetime) -> bool:
        """Deactivate the endpoint; False when it already was."""
        result = session.execute(
            update(Webhook)
            .where(Webhook.webhook_id == key, Webhook.active.is_(True))
            .values(active=False)
        )
        return bool(getattr(result, "rowcount", 0) == 1)


class SqlDeliveryLog:
    """One endpoint's deliveries, newest first, through one session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def page(
        self, webhook_id: str, limit: int, offset: int
    ) -> tuple[Sequence[WebhookDelivery], int]:
        """One page of the endpoint's deliveries and how many it has."""
        condition = WebhookDelivery.subscription_id == webhook_id
        rows = self.session.scalars(
            select(WebhookDelivery)
            .where(condition)
            # Outbox ids follow commit order within a second, which ``created_at`` cannot show.
            .order_by(
                WebhookDelivery.created_at.desc(),
                WebhookDelivery.outbox_event_id.desc(),
                WebhookDelivery.id.desc(),
            )
            .limit(limit)
            .offset(offset)
        ).all()
        total = self.session.scalar(
            select(func.count()).select_from(WebhookDelivery).where(condition)
        )
        return rows, int(total or 0)
