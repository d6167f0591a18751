"""SQL access to sessions, their speakers, attendance, materials and feedback."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from server.storage.models.event_platform import Session as EventSession
from server.storage.models.event_platform import (
    SessionAttendance,
    SessionFeedback,
    SessionMaterial,
    SessionSpeaker,
)


class SqlSessionStore:
    """Sessions of events and their records, through one database session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def get(
        self, event_id: str, session_id: str, *, for_update: bool = False
    ) -> EventSession | None:
        """One session of one event."""
        statement = select(EventSession).where(
            EventSession.id == session_id, EventSession.event_id == event_id
        )
        if for_update:
            statement = statement.with_for_update()
        return self.session.scalars(statement).one_or_none()

    def of_event(self, event_id: str) -> Sequence[EventSession]:
        """Every session of the event."""
        return self.session.scalars(
            select(EventSession).where(EventSession.event_id == event_id)
        ).all()

    def in_room(self, event_id: str, room: str) -> Sequence[EventSession]:
        """Sessions of the event held in ``room`` that are not cancelled."""
        return self.session.scalars(
            select(EventSession).where(
                EventSession.event_id == event_id,
                EventSession.room == room,
                EventSession.status != "cancelled",
            )
        ).all()

    def speakers(self, session_ids: Sequence[str]) -> Sequence[SessionSpeaker]:
        """Speaker assignments of those sessions, in assignment order."""
        if not session_ids:
            return []
        return self.session.scalars(
            select(SessionSpeaker)
            .where(SessionSpeaker.session_id.in_(session_ids))
            .order_by(SessionSpeaker.position)
        ).all()

    def sessions_of_speaker(self, user_id: str) -> Sequence[EventSession]:
        """Sessions the user is assigned to."""
        return self.session.scalars(
            select(EventSession)
            .join(SessionSpeaker, SessionSpeaker.session_id == EventSession.id)
            .where(SessionSpeaker.user_id == user_id)
        ).all()

    def remove_speaker_everywhere(self, user_id: str) -> None:
        """Drop every assignment of the user."""
        self.session.execute(delete(SessionSpeaker).where(SessionSpeaker.user_id == user_id))

    def attendance(self, session_id: str) -> Sequence[SessionAttendance]:
        """Attendance records of a session."""
        return self.session.scalars(
            select(SessionAttendance).where(SessionAttendance.session_id == session_id)
        ).all()

    def attendance_of(self, session_id: str, registration_id: str) -> SessionAttendance | None:
        """The registration's record at the session, if any."""
        return self.session.scalars(
            select(SessionAttendance).where(
                SessionAttendance.session_id == session_id,
                SessionAttendance.registration_id == registration_id,
            )
        ).one_or_none()

    def materials(self, session_id: str) -> Sequence[SessionMaterial]:
        """Materials of a session."""
        return self.session.scalars(
            select(SessionMaterial).where(SessionMaterial.session_id == session_id)
        ).all()

    def feedback(self, session_id: str) -> Sequence[SessionFeedback]:
        """Feedback on a session."""
        return self.session.scalars(
            select(SessionFeedback).where(SessionFeedback.session_id == session_id)
        ).all()

    def feedback_of(self, session_id: str, registration_id: str) -> SessionFeedback | None:
        """The registration's feedback on the session, if any."""
        return self.session.scalars(
            select(SessionFeedback).where(
                SessionFeedback.session_id == session_id,
                SessionFeedback.registration_id == registration_id,
            )
        ).one_or_none()

    def counts(self, session_ids: Sequence[str]) -> dict[str, tuple[int, int, float | None]]:
        """Per session: attendance records, feedback entries and the mean rating."""
        found: dict[str, tuple[int, int, float | None]] = {sid: (0, 0, None) for sid in session_ids}
        if not session_ids:
            return found
        attendance = dict(
            self.session.execute(
                select(SessionAttendance.session_id, func.count())
                .where(SessionAttendance.session_id.in_(session_ids))
                .group_by(SessionAttendance.session_id)
            ).all()
        )
        feedback = {
            row[0]: (int(row[1]), float(row[2]))
            for row in self.session.execute(
                select(SessionFeedback.session_id, func.count(), func.avg(SessionFeedback.rating))
                .where(SessionFeedback.session_id.in_(session_ids))
                .group_by(SessionFeedback.session_id)
            ).all()
        }
        for sid in session_ids:
            count, mean = feedback.get(sid, (0, None))
            found[sid] = (int(attendance.get(sid, 0)), count, mean)
        return found

    def feedback_by_registrations(
        self, registration_ids: Sequence[str]
    ) -> Sequence[SessionFeedback]:
        """Feedback submitted with any of those registrations."""
        if not registration_ids:
            return []
        return self.session.scalars(
            select(SessionFeedback).where(SessionFeedback.registration_id.in_(registration_ids))
        ).all()

    def attendance_by_registrations(
        self, registration_ids: Sequence[str]
    ) -> Sequence[SessionAttendance]:
        """Attendance records of any of those registrations."""
        if not registration_ids:
            return []
        return self.session.scalars(
            select(SessionAttendance).where(SessionAttendance.registration_id.in_(registration_ids))
        ).all()

    def add(self, row: object) -> None:
        """Store a new session or record."""
        self.session.add(row)
        self.session.flush()

    def delete(self, row: object) -> None:
        """Remove a session or record."""
        self.session.delete(row)
        self.session.flush()
