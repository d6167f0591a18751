"""SQL access to webhook subscriptions and their deliveries."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from server.storage.lookup import one_by
from server.storage.models.event_webhooks import WebhookDelivery, WebhookSubscription


class SqlWebhookStore:
    """Subscriptions and deliveries, through one session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, subscription_id: str, *, for_update: bool = False) -> WebhookSubscription | None:
        """One subscription (row-locked on PostgreSQL when ``for_update``)."""
        return one_by(
            self.session, WebhookSubscription, "id", subscription_id, for_update=for_update
        )

    def delivery(self, delivery_id: str) -> WebhookDelivery | None:
        """One delivery."""
        return self.session.get(WebhookDelivery, delivery_id)

    def of_client(self, client_id: str) -> Sequence[WebhookSubscription]:
        """Every subscription of the client."""
        return self.session.scalars(
            select(WebhookSubscription).where(WebhookSubscription.client_id == client_id)
        ).all()

    def deliveries(self, subscription_id: str) -> Sequence[WebhookDelivery]:
        """The subscription's deliveries, newest first."""
        return self.session.scalars(
            select(WebhookDelivery)
            .where(WebhookDelivery.subscription_id == subscription_id)
            .order_by(WebhookDelivery.created_at.desc(), WebhookDelivery.id.desc())
        ).all()

    def latest_delivery(self, subscription_id: str) -> WebhookDelivery | None:
        """The subscription's newest delivery."""
        return self.session.scalars(
            select(WebhookDelivery)
            .where(WebhookDelivery.subscription_id == subscription_id)
            .order_by(WebhookDelivery.created_at.desc(), WebhookDelivery.id.desc())
            .limit(1)
        ).first()

    def add(self, row: WebhookSubscription | WebhookDelivery) -> None:
        """Store a new subscription or delivery."""
        self.session.add(row)
        self.session.flush()

    def delete(self, subscription: WebhookSubscription) -> None:
        """Remove the subscription and its delivery log."""
        self.session.execute(
            delete(WebhookDelivery).where(WebhookDelivery.subscription_id == subscription.id)
        )
        self.session.delete(subscription)
        self.session.flush()
