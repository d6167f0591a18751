"""SQL access to events and event series."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from server.storage.lookup import one_by
from server.storage.models.event_platform import Event, EventSeries
from server.storage.models.event_platform import Session as EventSession
from server.storage.models.event_registrations import Registration


class SqlEventStore:
    """Events and series in ``ep_events`` / ``ep_event_series``, through one session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, event_id: str, *, for_update: bool = False) -> Event | None:
        """One event (row-locked on PostgreSQL when ``for_update``)."""
        return one_by(self.session, Event, "id", event_id, for_update=for_update)

    def matching(
        self,
        *,
        statuses: Sequence[str] | None = None,
        format: str | None = None,
        series_id: str | None = None,
        parent_event_id: str | None = None,
        top_level: bool | None = None,
        organizer_id: str | None = None,
        starts_after: datetime | None = None,
        starts_before: datetime | None = None,
        updated_after: datetime | None = None,
    ) -> Sequence[Event]:
        """Every event passing the column filters given (the rest is filtered by the service)."""
        statement = select(Event)
        if statuses is not None:
            statement = statement.where(Event.status.in_(statuses))
        if format is not None:
            statement = statement.where(Event.format == format)
        if series_id is not None:
            statement = statement.where(Event.series_id == series_id)
        if parent_event_id is not None:
            statement = statement.where(Event.parent_event_id == parent_event_id)
        if top_level:
            statement = statement.where(Event.parent_event_id.is_(None))
        if organizer_id is not None:
            statement = statement.where(Event.organizer_id == organizer_id)
        if starts_after is not None:
            statement = statement.where(Event.start_time >= starts_after)
        if starts_before is not None:
            statement = statement.where(Event.start_time < starts_before)
        if updated_after is not None:
            statement = statement.where(Event.updated_at >= updated_after)
        return self.session.scalars(statement).all()

    def sub_events(self, event_id: str) -> Sequence[Event]:
        """Events whose parent is ``event_id``."""
        return self.session.scalars(select(Event).where(Event.parent_event_id == event_id)).all()

    def count_dependants(self, event_id: str) -> tuple[int, int, int]:
        """How many registrations, sessions and sub-events refer to the event."""
        registrations = self.session.scalar(
            select(func.count()).select_from(Registration).where(Registration.event_id == event_id)
        )
        sessions = self.session.scalar(
            select(func.count()).select_from(EventSession).where(EventSession.event_id == event_id)
        )
        children = self.session.scalar(
            select(func.count()).select_from(Event).where(Event.parent_event_id == event_id)
        )
        return int(registrations or 0), int(sessions or 0), int(children or 0)

    def organized_by(self, user_id: str) -> Sequence[Event]:
        """Events naming ``user_id`` as organiser."""
        return self.session.scalars(select(Event).where(Event.organizer_id == user_id)).all()

    def add(self, row: Event | EventSeries) -> None:
        """Store a new event or series."""
        self.session.add(row)
        self.session.flush()

    def delete(self, row: Event | EventSeries) -> None:
        """Remove an event or series."""
        self.session.delete(row)
        self.session.flush()

    def series(self, series_id: str, *, for_update: bool = False) -> EventSeries | None:
        """One series."""
        statement = select(EventSeries).where(EventSeries.id == series_id)
        if for_update:
            statement = statement.with_for_update()
        return self.session.scalars(statement).one_or_none()

    def series_event_count(self, series_id: str) -> int:
        """How many events are occurrences of the series (any status)."""
        found = self.session.scalar(
            select(func.count()).select_from(Event).where(Event.series_id == series_id)
        )
        return int(found or 0)
