"""SQL access to cs-integration journey entries."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import cast

from sqlalchemy import Connection, Table, bindparam, insert, select
from sqlalchemy.orm import Session

from server.storage.models.cs_integration import JourneyEntry
from server.storage.rawsql import RawConnection, RawStatement

JOURNEY_ENTRIES = cast("Table", JourneyEntry.__table__)
_INSERT = insert(JOURNEY_ENTRIES)
_RAW_INSERT = RawStatement(_INSERT, column_keys=["customer_id", "stage", "reason", "entered_at"])
_HISTORY = (
    select(JOURNEY_ENTRIES.c.stage, JOURNEY_ENTRIES.c.reason, JOURNEY_ENTRIES.c.entered_at)
    .where(JOURNEY_ENTRIES.c.customer_id == bindparam("customer_id"))
    .order_by(JOURNEY_ENTRIES.c.id)
)


@dataclass(frozen=True, slots=True)
class JourneyRecord:
    """One journey entry as plain values."""

    stage: str
    reason: str
    entered_at: datetime


def journey_history(connection: Connection, customer_id: str) -> list[JourneyRecord]:
    """Every entry of the customer, oldest first, through a Core connection."""
    rows = connection.execute(_HISTORY, {"customer_id": customer_id})
    return [JourneyRecord(*row) for row in rows]


def append_entry(
    connection: Connection | RawConnection,
    customer_id: str,
    stage: str,
    reason: str,
    at: datetime,
) -> None:
    """Start a new stage for the customer, through a Core or raw connection (no ORM flush)."""
    values = {"customer_id": customer_id, "stage": stage, "reason": reason, "entered_at": at}
    if isinstance(connection, RawConnection):
        connection.run(_RAW_INSERT, values)
    else:
        connection.execute(_INSERT, values)


class SqlJourneyStore:
    """Journey entries in ``cs_journey_entries``, through one session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def append(self, customer_id: str, stage: str, reason: str, at: datetime) -> JourneyEntry:
        """Start a new stage for the customer."""
        entry = JourneyEntry(customer_id=customer_id, stage=stage, reason=reason, entered_at=at)
        self.session.add(entry)
        self.session.flush()
        return entry

    def history(self, customer_id: str) -> Sequence[JourneyEntry]:
        """Every entry of the customer, oldest first."""
        return self.session.scalars(
            select(JourneyEntry)
            .where(JourneyEntry.customer_id == customer_id)
            .order_by(JourneyEntry.id)
        ).all()
