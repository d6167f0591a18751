"""SQL of the webhook dispatcher: fanning outbox rows out, claiming due deliveries.

One queue serves every API: the outbox and the delivery columns are shared
(:class:`~server.storage.models.webhook_delivery.DeliveryRecord`), and each API describes its
own subscriptions through a :class:`SubscriptionTable`.

Several dispatchers may share one database. On PostgreSQL candidates are read with
``FOR UPDATE SKIP LOCKED`` so two never wait on (or take) the same rows; on every database a
claim is a conditional ``UPDATE`` whose row count says who won, which is what keeps SQLite
(no row locks, one writer at a time) correct too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol, cast

from sqlalchemy import BindParameter, Select, bindparam, delete, exists, or_, select, update
from sqlalchemy.orm import Session

from server.storage.models import cs_webhooks, event_webhooks
from server.storage.models.base import UtcDateTime
from server.storage.models.outbox import OutboxEvent
from server.storage.rawsql import RawConnection, RawStatement

#: Statuses of deliveries that still have an attempt to make.
OPEN = ("pending", "retrying")

#: A delivery row of any API.
DeliveryRow = event_webhooks.WebhookDelivery | cs_webhooks.WebhookDelivery
DeliveryModel = type[event_webhooks.WebhookDelivery] | type[cs_webhooks.WebhookDelivery]


@dataclass(frozen=True)
class Target:
    """Where and how one subscription receives deliveries."""

    key: str
    url: str
    secret: str
    #: ``maxAttempts``, ``initialDelaySeconds``, ``backoffMultiplier`` (see ``retry``).
    policy: Mapping[str, Any] = field(default_factory=dict)


class SubscriptionTable(Protocol):
    """One API's subscriptions and delivery model, as the dispatcher needs them."""

    @property
    def delivery(self) -> DeliveryModel:
        """The API's delivery model."""

    def enabled_keys(self) -> Select[str]:
        """Keys of the subscriptions that receive deliveries now."""

    def subscribers(self, session: Session, event_type: str) -> list[Target]:
        """Enabled subscriptions receiving ``event_type``, in a stable order."""

    def target(self, session: Session, key: str) -> Target | None:
        """One subscription (None once it is gone)."""

    def count_failure(self, session: Session, key: str) -> int:
        """Add one to its failed deliveries in a row, atomically; the new count."""

    def reset_failures(self, session: Session, key: str) -> None:
        """A success ends the run of failures."""

    def disable(self, session: Session, key: str, now: datetime) -> bool:
        """Stop its deliveries; False when it already was stopped."""


class SqlWebhookQueue:
    """The dispatcher's reads and claims for one API, through one session."""

    def __init__(self, session: Session, table: SubscriptionTable) -> None:
        self.session = session
        self.table = table
        self.model = table.delivery

    def unrouted(self, api: str, limit: int) -> list[tuple[int, str]]:
        """Ids and types of outbox rows of ``api`` not yet fanned out, oldest first.

        Locked rows are skipped (another dispatcher has them). Only the id and type: most
        events have no subscriber, and their payloads need not be read at all.
        """
        rows = self.session.execute(
            select(OutboxEvent.id, OutboxEvent.event_type)
            .where(OutboxEvent.delivered_at.is_(None), OutboxEvent.api == api)
            .order_by(OutboxEvent.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        return [(int(row[0]), str(row[1])) for row in rows]

    def events(self, event_ids: Sequence[int]) -> Sequence[OutboxEvent]:
        """The outbox rows with these ids, oldest first."""
        if not event_ids:
            return []
        return self.session.scalars(
            select(OutboxEvent).where(OutboxEvent.id.in_(event_ids)).order_by(OutboxEvent.id)
        ).all()

    def mark_routed(self, event_ids: Sequence[int], now: datetime) -> set[int]:
        """Mark the rows fanned out, in one statement; the ids not already marked by another."""
        if not event_ids:
            return set()
        result = self.session.execute(
            update(OutboxEvent)
            .where(OutboxEvent.id.in_(event_ids), OutboxEvent.delivered_at.is_(None))
            .values(delivered_at=now)
            .returning(OutboxEvent.id),
            # Nothing in the session holds these rows: no need to find and update them there.
            execution_options={"synchronize_session": False},
        )
        return set(result.scalars())

    def subscribers(self, event_type: str) -> list[Target]:
        """Enabled subscriptions receiving ``event_type``."""
        return self.table.subscribers(self.session, event_type)

    def due(self, now: datetime, limit: int) -> Sequence[str]:
        """Ids of open deliveries due by ``now``, unclaimed, of enabled subscriptions."""
        model = self.model
        return self.session.scalars(
            select(model.id)
            .where(
                model.status.in_(OPEN),
                model.next_attempt_at.is_not(None),
                model.next_attempt_at <= now,
                or_(model.lease_until.is_(None), model.lease_until < now),
                model.subscription_id.in_(self.table.enabled_keys()),
            )
            .order_by(model.next_attempt_at, model.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        ).all()

    def claim(self, delivery_id: str, now: datetime, lease_until: datetime, token: str) -> bool:
        """Take the delivery's next attempt until ``lease_until``; False when someone else has."""
        model = self.model
        result = self.session.execute(
            update(model)
            .where(
                model.id == delivery_id,
                model.status.in_(OPEN),
                or_(model.lease_until.is_(None), model.lease_until < now),
            )
            .values(lease_until=lease_until, claim_token=token)
        )
        return bool(getattr(result, "rowcount", 0) == 1)

    def delivery(self, delivery_id: str) -> DeliveryRow | None:
        """One delivery."""
        # A union of models reads back as their common base: the row is of ``self.model``.
        return cast("DeliveryRow | None", self.session.get(self.model, delivery_id))

    def claimed(self, delivery_id: str, token: str) -> DeliveryRow | None:
        """The delivery if ``token`` still holds its claim (row-locked on PostgreSQL)."""
        model = self.model
        row = self.session.scalars(
            select(model)
            .where(model.id == delivery_id, model.claim_token == token)
            .with_for_update()
        ).one_or_none()
        return cast("DeliveryRow | None", row)

    def target(self, key: str) -> Target | None:
        """One subscription."""
        return self.table.target(self.session, key)

    def count_failure(self, key: str) -> int:
        """Add one to the subscription's failures in a row, atomically; the new count."""
        return self.table.count_failure(self.session, key)

    def reset_failures(self, key: str) -> None:
        """A success ends the run of failures."""
        self.table.reset_failures(self.session, key)

    def disable(self, key: str, now: datetime) -> bool:
        """Stop the subscription's deliveries; False when it already was."""
        return self.table.disable(self.session, key, now)

    def prune(self, before: datetime) -> int:
        """Delete finished deliveries created before ``before``; how many went."""
        model = self.model
        result = self.session.execute(
            delete(model).where(
                model.created_at < before, model.status.in_(("succeeded", "failed"))
            )
        )
        return int(getattr(result, "rowcount", 0) or 0)


class PendingWork:
    """Whether the dispatcher has anything to do: one read of a few ``EXISTS``, no transaction.

    An idle pass used to open a session per API for routing and another for claiming (about
    2.7 ms of CPU, four times a second, competing with the requests of the same process).
    """

    def __init__(self, apis: Sequence[str], tables: Sequence[SubscriptionTable]) -> None:
        # Every value is a named parameter: a raw statement is given all of its values.
        self._values: dict[str, Any] = {f"api{i}": api for i, api in enumerate(apis)}
        self._values.update({f"open{i}": status for i, status in enumerate(OPEN)})
        now = bindparam("now", type_=UtcDateTime())
        open_statuses: list[BindParameter[str]] = [bindparam(f"open{i}") for i in range(len(OPEN))]
        apis_named: list[BindParameter[str]] = [bindparam(f"api{i}") for i in range(len(apis))]
        checks = [
            exists().where(OutboxEvent.delivered_at.is_(None), OutboxEvent.api.in_(apis_named))
        ]
        for table in tables:
            model = table.delivery
            checks.append(
                exists().where(
                    model.status.in_(open_statuses),
                    model.next_attempt_at <= now,
                    or_(model.lease_until.is_(None), model.lease_until < now),
                )
            )
        self._statement = RawStatement(select(or_(*checks)))

    def any(self, connection: RawConnection, now: datetime) -> bool:
        """True when an event waits to be routed or a delivery is due by ``now``."""
        row = connection.one_or_none(self._statement, {**self._values, "now": now})
        return bool(row and row[0])
