"""SQL access to health-change events."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from server.storage.cs_records import SqlRecordStore
from server.storage.models.cs_domains import HealthChangeEvent


class SqlHealthEventStore(SqlRecordStore[HealthChangeEvent]):
    """Health-change events in ``cs_health_events``, in order of receipt (``seq``)."""

    def __init__(self, session: Session) -> None:
        super().__init__(session, HealthChangeEvent, HealthChangeEvent.event_id)

    def received_since(self, moment: datetime) -> int:
        """Events received at or after ``moment``."""
        return self.count(HealthChangeEvent.recorded_at >= moment)
