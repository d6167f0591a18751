"""Recording domain events for webhook delivery: the seam between services and webhooks.

A service calls :func:`record_event` inside the transaction that made the change, so an
event exists exactly when its change was committed. Delivery (signing, retries, per-client
subscriptions) is the webhook worker's job and reads ``outbox_events``.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Connection, Table, insert
from sqlalchemy.orm import Session

from server.storage.models.outbox import OutboxEvent
from server.storage.rawsql import RawConnection, RawStatement

_INSERT = insert(cast("Table", OutboxEvent.__table__))
_RAW_INSERT = RawStatement(_INSERT, column_keys=["api", "event_type", "payload", "client_id"])


def record_event(
    transaction: Session | Connection | RawConnection,
    api: str,
    event_type: str,
    payload: dict[str, Any],
    client_id: str | None,
) -> None:
    """Add one event to the outbox in the transaction of ``transaction``.

    A session adds the row to its unit of work (flushed with the change); a Core connection
    inserts it at once, in the same transaction.
    """
    if isinstance(transaction, Session):
        transaction.add(
            OutboxEvent(api=api, event_type=event_type, payload=payload, client_id=client_id)
        )
        return
    values = {"api": api, "event_type": event_type, "payload": payload, "client_id": client_id}
    if isinstance(transaction, RawConnection):
        transaction.run(_RAW_INSERT, values)
    else:
        transaction.execute(_INSERT, values)
