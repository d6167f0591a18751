"""Event series: a title and rhythm grouping recurring events (occurrences are ordinary events).

``eventCount`` is derived from the events naming the series; a series in use cannot be deleted
(422).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from server.auth.principal import Principal
from server.services.errors import BusinessRuleError, NotFoundError
from server.services.event_platform.events import Versioned
from server.services.event_platform.values import compact, iso, new_id, tag_of, zone
from server.storage.database import Database
from server.storage.event_platform.events import SqlEventStore
from server.storage.models.base import utcnow
from server.storage.models.event_platform import EventSeries

SERIES = "event series"


def series_body(series: EventSeries, event_count: int) -> dict[str, Any]:
    """The API's view of a stored series with its derived ``eventCount``."""
    return compact(
        {
            "id": series.id,
            "title": series.title,
            "description": series.description,
            "recurrenceRule": series.recurrence_rule,
            "timezone": series.timezone,
            "eventCount": event_count,
            "createdAt": iso(series.created_at),
            "updatedAt": iso(series.updated_at),
        }
    )


class SeriesService:
    """The series rules over a database; every method is one transaction."""

    def __init__(self, database: Database) -> None:
        self.database = database

    # -- series --------------------------------------------------------------------------

    def create(self, caller: Principal, data: Mapping[str, Any]) -> Versioned:
        """A new series."""
        if data.get("timezone"):
            zone(data["timezone"])
        now = utcnow()
        series = EventSeries(
            id=new_id(),
            title=data["title"],
            description=data.get("description"),
            recurrence_rule=data.get("recurrenceRule"),
            timezone=data.get("timezone"),
            created_at=now,
            updated_at=now,
        )
        with self.database.session() as session:
            SqlEventStore(session).add(series)
            body = series_body(series, 0)
            return Versioned(body, tag_of(body))

    def get(self, caller: Principal, series_id: str) -> Versioned:
        """One series with its event count."""
        with self.database.read_session() as session:
            store = SqlEventStore(session)
            series = store.series(series_id)
            if series is None:
                raise NotFoundError(SERIES, series_id)
            body = series_body(series, store.series_event_count(series_id))
            return Versioned(body, tag_of(body))

    def delete(self, caller: Principal, series_id: str) -> None:
        """Remove a series no event refers to."""
        with self.database.session() as session:
            store = SqlEventStore(session)
            series = store.series(series_id, for_update=True)
            if series is None:
                raise NotFoundError(SERIES, series_id)
            count = store.series_event_count(series_id)
            if count:
                raise BusinessRuleError(
                    "series_in_use", f"{count} events are occurrences of this series.", "seriesId"
                )
            store.delete(series)
