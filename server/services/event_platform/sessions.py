"""Sessions of an event: scheduling rules, speakers, cancellation, the derived schedule.

A session lies within its event and ends after it starts (422); two sessions that are not
cancelled may not overlap in one room (409); cancelled and completed sessions cannot change
(422). ``completed`` is derived (a scheduled session whose end has passed) and every session
of a cancelled event is reported ``cancelled``. Changes go to the outbox
(``session.created``, ``session.updated``, ``session.cancelled``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from server.auth.principal import Principal
from server.services.errors import (
    BusinessRuleError,
    ConflictError,
    NotFoundError,
    PreconditionFailedError,
)
from server.services.etag import if_match_satisfied
from server.services.event_platform.events import Versioned, event_status
from server.services.event_platform.icalendar import CalendarEntry, calendar_status, render_calendar
from server.services.event_platform.listing import Page, Window, contains_text, cut, sort_items
from server.services.event_platform.outbox import record_event
from server.services.event_platform.values import compact, iso, new_id, parse_instant, tag_of, zone
from server.storage.database import Database
from server.storage.event_platform.events import SqlEventStore
from server.storage.event_platform.sessions import SqlSessionStore
from server.storage.event_platform.users import SqlUserStore
from server.storage.models.base import utcnow
from server.storage.models.event_platform import Event, SessionSpeaker
from server.storage.models.event_platform import Session as EventSession

SESSION = "session"
MAX_SPEAKERS = 20
SORT_KEYS = {
    "startTime": lambda s: s.start_time,
    "title": lambda s: s.title.lower(),
    "room": lambda s: s.room.lower() if s.room else None,
    "createdAt": lambda s: s.created_at,
}
PLAIN_FIELDS = {
    "title": "title",
    "description": "description",
    "type": "type",
    "room": "room",
    "track": "track",
    "capacity": "capacity",
    "onlineUrl": "online_url",
}


def session_status(row: EventSession, event: Event, now: datetime) -> str:
    """Reported status: cancelled with its event; a scheduled session that ended is completed."""
    if row.status == "cancelled" or event.status == "cancelled":
        return "cancelled"
    if row.end_time <= now:
        return "completed"
    return "scheduled"


class SessionContext:
    """One transaction's view of an event's sessions with their derived figures."""

    def __init__(self, session: Session, event: Event) -> None:
        self.session = session
        self.event = event
        self.store = SqlSessionStore(session)
        self.now = utcnow()

    def bodies(self, rows: Sequence[EventSession]) -> list[dict[str, Any]]:
        """``Session`` representations of ``rows``."""
        ids = [row.id for row in rows]
        speakers: dict[str, list[dict[str, str]]] = {sid: [] for sid in ids}
        for speaker in self.store.speakers(ids):
            speakers[speaker.session_id].append({"userId": speaker.user_id, "role": speaker.role})
        counts = self.store.counts(ids)
        bodies = []
        for row in rows:
            attendance, feedback, mean = counts[row.id]
            bodies.append(
                compact(
                    {
                        "id": row.id,
                        "eventId": row.event_id,
                        "title": row.title,
                        "description": row.description,
                        "type": row.type,
                        "status": session_status(row, self.event, self.now),
                        "startTime": iso(row.start_time),
                        "endTime": iso(row.end_time),
                        "room": row.room,
                        "track": row.track,
                        "capacity": row.capacity,
                        "onlineUrl": row.online_url,
                        "tags": list(row.tags),
                        "speakers": speakers[row.id],
                        "attendanceCount": attendance,
                        "feedbackCount": feedback,
                        "averageRating": round(mean, 1) if mean is not None else None,
                        "cancellationReason": row.cancellation_reason,
                        "createdAt": iso(row.created_at),
                        "updatedAt": iso(row.updated_at),
                    }
                )
            )
        return bodies

    def versioned(self, row: EventSession) -> Versioned:
        """One session's representation and entity tag."""
        body = self.bodies([row])[0]
        return Versioned(body, tag_of(body))

    def entry(self, row: EventSession, speakers: Sequence[str] = ()) -> CalendarEntry:
        """The VEVENT of a session."""
        venue = (self.event.venue or {}).get("name")
        location = ", ".join(p for p in (row.room, venue) if p) or row.online_url
        return CalendarEntry(
            uid=f"session-{row.id}",
            start=row.start_time,
            end=row.end_time,
            summary=row.title,
            stamp=row.updated_at,
            status=calendar_status(session_status(row, self.event, self.now)),
            description=row.description,
            location=location,
            url=row.online_url,
            categories=tuple(row.tags),
        )


class SessionService:
    """The session rules over a database; every method is one transaction."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def list(
        self,
        caller: Principal,
        event_id: str,
        filters: Mapping[str, Any],
        sort: str | None,
        window: Window,
    ) -> Page[dict[str, Any]]:
        """A window of the event's sessions (filters: q, status, type, track, speakerId)."""
        with self.database.read_session() as session:
            context = SessionContext(session, event_of(session, event_id))
            rows = list(context.store.of_event(event_id))
            speaker_id = filters.get("speakerId")
            speaking = {
                s.session_id
                for s in context.store.speakers([r.id for r in rows])
                if s.user_id == speaker_id
            }
            status, kind, track = filters.get("status"), filters.get("type"), filters.get("track")
            rows = [
                r
                for r in rows
                if (status is None or session_status(r, context.event, context.now) == status)
                and (kind is None or r.type == kind)
                and (track is None or r.track == track)
                and (speaker_id is None or r.id in speaking)
                and contains_text(filters.get("q"), r.title, r.description, r.track, r.room)
            ]
            ordered = sort_items(rows, sort, "startTime", SORT_KEYS, lambda r: r.id)
            page = cut(ordered, window)
            return Page(context.bodies(page.items), page.total)

    def create(self, caller: Principal, event_id: str, data: Mapping[str, Any]) -> Versioned:
        """A new scheduled session (``session.created``)."""
        with self.database.session() as session:
            event = event_of(session, event_id, for_update=True)
            status = event_status(event, utcnow())
            if status in ("cancelled", "completed"):
                raise BusinessRuleError(
                    "event_closed", f"A {status} event takes no new sessions.", "eventId"
                )
            now = utcnow()
            row = EventSession(
                id=new_id(),
                event_id=event_id,
                status="scheduled",
                tags=[],
                created_at=now,
                updated_at=now,
            )
            _apply(row, data)
            context = SessionContext(session, event)
            _check_rules(context, row)
            context.store.add(row)
            created = context.versioned(row)
            record_event(session, "session.created", created.body, caller.client_id)
            return created

    def get(self, caller: Principal, event_id: str, session_id: str) -> Versioned:
        """One session as JSON."""
        with self.database.read_session() as session:
            context, row = _context_and_row(session, event_id, session_id)
            return context.versioned(row)

    def calendar(self, caller: Principal, event_id: str, session_id: str) -> Versioned:
        """One session as an iCalendar document."""
        with self.database.session() as session:
            context, row = _context_and_row(session, event_id, session_id)
            text = render_calendar([context.entry(row)], row.title)
            return Versioned(text, tag_of(text))

    def update(
        self,
        caller: Principal,
        event_id: str,
        session_id: str,
        data: Mapping[str, Any],
        if_match: str | None,
    ) -> Versioned:
        """Merge ``data`` into a scheduled session, rescheduling it (``session.updated``)."""
        with self.database.session() as session:
            context, row = _context_and_row(session, event_id, session_id, for_update=True)
            _check_match(context, row, if_match)
            _check_open(context, row)
            _apply(row, data)
            _check_rules(context, row)
            row.updated_at = utcnow()
            session.flush()
            updated = context.versioned(row)
            record_event(session, "session.updated", updated.body, caller.client_id)
            return updated

    def delete(self, caller: Principal, event_id: str, session_id: str) -> None:
        """Remove a session without attendance, feedback or materials."""
        with self.database.session() as session:
            context, row = _context_and_row(session, event_id, session_id, for_update=True)
            store = context.store
            if store.attendance(row.id) or store.feedback(row.id) or store.materials(row.id):
                raise BusinessRuleError(
                    "session_in_use",
                    "The session has attendance, feedback or materials; cancel it instead.",
                    "sessionId",
                )
            for speaker in store.speakers([row.id]):
                store.delete(speaker)
            store.delete(row)

    def cancel(self, caller: Principal, event_id: str, session_id: str, reason: str) -> Versioned:
        """Cancel a scheduled session (``session.cancelled``)."""
        with self.database.session() as session:
            context, row = _context_and_row(session, event_id, session_id, for_update=True)
            status = session_status(row, context.event, context.now)
            if status == "cancelled":
                raise ConflictError(SESSION, session_id, "The session is already cancelled.")
            if status == "completed":
                raise BusinessRuleError(
                    "session_completed", "A completed session cannot be cancelled.", "status"
                )
            row.status = "cancelled"
            row.cancellation_reason = reason
            row.updated_at = utcnow()
            session.flush()
            cancelled = context.versioned(row)
            record_event(session, "session.cancelled", cancelled.body, caller.client_id)
            return cancelled

    def assign_speaker(
        self, caller: Principal, event_id: str, session_id: str, user_id: str, role: str
    ) -> Versioned:
        """Assign (or re-role) a speaker; idempotent (``session.updated``)."""
        with self.database.session() as session:
            context, row = _context_and_row(session, event_id, session_id, for_update=True)
            users = SqlUserStore(session)
            if users.get(user_id) is None:
                raise NotFoundError("user", user_id)
            _check_open(context, row)
            if users.profile(user_id) is None:
                raise BusinessRuleError(
                    "no_speaker_profile", "Only users with a speaker profile can speak.", "userId"
                )
            current = list(context.store.speakers([row.id]))
            existing = next((s for s in current if s.user_id == user_id), None)
            if existing is None:
                if len(current) >= MAX_SPEAKERS:
                    raise BusinessRuleError(
                        "too_many_speakers",
                        f"A session has at most {MAX_SPEAKERS} speakers.",
                        "userId",
                    )
                position = max((s.position for s in current), default=0) + 1
                context.store.add(
                    SessionSpeaker(session_id=row.id, user_id=user_id, role=role, position=position)
                )
            elif existing.role == role:
                return context.versioned(row)
            else:
                existing.role = role
            row.updated_at = utcnow()
            session.flush()
            updated = context.versioned(row)
            record_event(session, "session.updated", updated.body, caller.client_id)
            return updated

    def remove_speaker(
        self, caller: Principal, event_id: str, session_id: str, user_id: str
    ) -> None:
        """Remove a speaker from the session (``session.updated``)."""
        with self.database.session() as session:
            context, row = _context_and_row(session, event_id, session_id, for_update=True)
            found = next(
                (s for s in context.store.speakers([row.id]) if s.user_id == user_id), None
            )
            if found is None:
                raise NotFoundError("speaker", user_id)
            context.store.delete(found)
            row.updated_at = utcnow()
            session.flush()
            record_event(session, "session.updated", context.versioned(row).body, caller.client_id)

    def schedule(
        self,
        caller: Principal,
        event_id: str,
        day: str | None,
        track: str | None,
        include_cancelled: bool,
    ) -> tuple[dict[str, Any], str]:
        """The agenda by day in the event's time zone, and the same sessions as iCalendar."""
        with self.database.session() as session:
            context = SessionContext(session, event_of(session, event_id))
            tz = zone(context.event.timezone)
            rows = [
                r
                for r in context.store.of_event(event_id)
                if (
                    include_cancelled
                    or session_status(r, context.event, context.now) != "cancelled"
                )
                and (track is None or r.track == track)
                and (day is None or r.start_time.astimezone(tz).date().isoformat() == day)
            ]
            rows.sort(key=lambda r: (r.start_time, r.room is None, r.room or "", r.id))
            bodies = {body["id"]: body for body in context.bodies(rows)}
            days: dict[str, list[dict[str, Any]]] = {}
            for row in rows:
                body = bodies[row.id]
                days.setdefault(row.start_time.astimezone(tz).date().isoformat(), []).append(
                    compact(
                        {
                            "sessionId": row.id,
                            "title": row.title,
                            "type": row.type,
                            "status": body["status"],
                            "startTime": body["startTime"],
                            "endTime": body["endTime"],
                            "room": row.room,
                            "track": row.track,
                            "speakerIds": [s["userId"] for s in body["speakers"]],
                        }
                    )
                )
            agenda = {
                "eventId": event_id,
                "timezone": context.event.timezone,
                "days": [{"date": date, "sessions": items} for date, items in sorted(days.items())],
            }
            calendar = render_calendar(
                [context.entry(row) for row in rows], f"{context.event.title} schedule"
            )
            return agenda, calendar


def event_of(session: Session, event_id: str, *, for_update: bool = False) -> Event:
    """The event the sessions belong to; 404 when unknown."""
    event = SqlEventStore(session).get(event_id, for_update=for_update)
    if event is None:
        raise NotFoundError("event", event_id)
    return event


def session_in(
    session: Session, event_id: str, session_id: str, *, for_update: bool = False
) -> tuple[SessionContext, EventSession]:
    """The session ``session_id`` of event ``event_id`` with its context; 404 when unknown."""
    return _context_and_row(session, event_id, session_id, for_update=for_update)


def _context_and_row(
    session: Session, event_id: str, session_id: str, *, for_update: bool = False
) -> tuple[SessionContext, EventSession]:
    context = SessionContext(session, event_of(session, event_id))
    row = context.store.get(event_id, session_id, for_update=for_update)
    if row is None:
        raise NotFoundError(SESSION, session_id)
    return context, row


def _apply(row: EventSession, data: Mapping[str, Any]) -> None:
    for member, attribute in PLAIN_FIELDS.items():
        if member in data:
            setattr(row, attribute, data[member])
    if "startTime" in data:
        row.start_time = parse_instant(data["startTime"], "startTime")
    if "endTime" in data:
        row.end_time = parse_instant(data["endTime"], "endTime")
    if "tags" in data:
        row.tags = list(data["tags"])


def _check_open(context: SessionContext, row: EventSession) -> None:
    status = session_status(row, context.event, context.now)
    if status in ("cancelled", "completed"):
        raise BusinessRuleError("session_closed", f"A {status} session cannot change.", "status")


def _check_match(context: SessionContext, row: EventSession, if_match: str | None) -> None:
    current = context.versioned(row).etag
    if not if_match_satisfied(if_match, current):
        raise PreconditionFailedError(SESSION, row.id, current)


def _check_rules(context: SessionContext, row: EventSession) -> None:
    event = context.event
    if row.end_time <= row.start_time:
        raise BusinessRuleError("end_before_start", "endTime must be after startTime.", "endTime")
    if row.start_time < event.start_time or row.end_time > event.end_time:
        raise BusinessRuleError(
            "session_outside_event",
            "A session must lie within its event's start and end.",
            "startTime",
        )
    if row.room:
        for other in context.store.in_room(event.id, row.room):
            overlaps = other.start_time < row.end_time and row.start_time < other.end_time
            if other.id != row.id and overlaps:
                raise ConflictError(
                    SESSION,
                    other.id,
                    f"Room {row.room!r} is taken by session {other.id!r} at that time.",
                )
