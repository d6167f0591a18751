"""SQL access to health-change events and journey entries."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.storage.cs_records import SqlRecordStore
from server.storage.models.cs_domains import HealthChangeEvent, JourneyEntry


class SqlHealthEventStore(SqlRecordStore[HealthChangeEvent]):
    """Health-change events in ``cs_health_events``, in order of receipt (``seq``)."""

    def __init__(self, session: Session) -> None:
        super().__init__(session, HealthChangeEvent, HealthChangeEvent.event_id)

    def received_since(self, moment: datetime) -> int:
        """Events received at or after ``moment``."""
        return self.count(HealthChangeEvent.recorded_at >= moment)


class SqlJourneyStore:
    """Journey entries in ``cs_journey_entries``, oldest first."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def history(self, customer_id: str) -> Sequence[JourneyEntry]:
        """Every entry of the customer, oldest first."""
        return self.session.scalars(
            select(JourneyEntry)
            .where(JourneyEntry.customer_id == customer_id)
            .order_by(JourneyEntry.seq)
        ).all()

    def current(self, customer_id: str) -> JourneyEntry | None:
        """The open (last) entry."""
        return self.session.scalars(
            select(JourneyEntry)
            .where(JourneyEntry.customer_id == customer_id)
            .order_by(JourneyEntry.seq.desc())
            .limit(1)
        ).one_or_none()

    def add(self, entry: JourneyEntry) -> None:
        """Append an entry."""
        self.session.add(entry)
        self.session.flush()
