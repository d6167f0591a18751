"""What happens at a session: attendance records, materials and feedback.

Attendance needs a ``confirmed`` or ``checked_in`` registration of the session's event (422),
once per registration (409), on a session that is not cancelled (422). Feedback needs an
attendance record (422), once per registration (409), after the session started (422).
A session holds at most 50 materials, none when cancelled (422). Materials are shown by
``visibility``: credentials with ``sessions.write`` (organisers' tools) see every one, others
``public`` and ``attendees`` ones.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

from server.auth.principal import Principal
from server.services.errors import BusinessRuleError, ConflictError
from server.services.event_platform.listing import Page, Window, cut, sort_items
from server.services.event_platform.sessions import session_in, session_status
from server.services.event_platform.values import compact, iso, new_id, parse_instant
from server.services.event_platform.views import feedback_body
from server.storage.database import Database
from server.storage.event_platform.registrations import SqlRegistrationStore
from server.storage.models.base import utcnow
from server.storage.models.event_platform import (
    SessionAttendance,
    SessionFeedback,
    SessionMaterial,
)

MAX_MATERIALS = 50
WRITE_SCOPE = "sessions.write"
ATTENDING = ("confirmed", "checked_in")


def attendance_body(record: SessionAttendance) -> dict[str, Any]:
    """The ``SessionAttendance`` view (``durationMinutes`` derived from the two times)."""
    duration = None
    if record.left_at is not None:
        duration = int((record.left_at - record.joined_at).total_seconds() // 60)
    return compact(
        {
            "id": record.id,
            "sessionId": record.session_id,
            "eventId": record.event_id,
            "registrationId": record.registration_id,
            "source": record.source,
            "joinedAt": iso(record.joined_at),
            "leftAt": iso(record.left_at) if record.left_at else None,
            "durationMinutes": duration,
            "createdAt": iso(record.created_at),
        }
    )


def material_body(material: SessionMaterial) -> dict[str, Any]:
    """The ``SessionMaterial`` view."""
    return compact(
        {
            "id": material.id,
            "sessionId": material.session_id,
            "title": material.title,
            "type": material.type,
            "url": material.url,
            "visibility": material.visibility,
            "sizeBytes": material.size_bytes,
            "createdAt": iso(material.created_at),
        }
    )


def feedback_summary(ratings: list[int]) -> dict[str, Any]:
    """Count, mean (one decimal) and distribution of every rating."""
    counts = Counter(ratings)
    summary: dict[str, Any] = {
        "count": len(ratings),
        "distribution": {str(n): counts[n] for n in range(1, 6)},
    }
    if ratings:
        summary["averageRating"] = round(sum(ratings) / len(ratings), 1)
    return summary


class SessionRecordService:
    """Attendance, materials and feedback of sessions; every method is one transaction."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def attendance(
        self, caller: Principal, event_id: str, session_id: str, source: str | None, window: Window
    ) -> Page[dict[str, Any]]:
        """A window of the session's attendance records, by ``joinedAt``."""
        with self.database.session() as db:
            context, row = session_in(db, event_id, session_id)
            records = [r for r in context.store.attendance(row.id) if source in (None, r.source)]
            records.sort(key=lambda r: (r.joined_at, r.id))
            page = cut(records, window)
            return Page([attendance_body(r) for r in page.items], page.total)

    def record_attendance(
        self, caller: Principal, event_id: str, session_id: str, data: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Record that a registered attendee was at the session."""
        with self.database.session() as db:
            context, row = session_in(db, event_id, session_id, for_update=True)
            if session_status(row, context.event, context.now) == "cancelled":
                raise BusinessRuleError(
                    "session_cancelled", "A cancelled session takes no attendance.", "sessionId"
                )
            registration_id = data["registrationId"]
            registration = SqlRegistrationStore(db).get(registration_id)
            if registration is None or registration.event_id != event_id:
                raise BusinessRuleError(
                    "unknown_registration",
                    f"Registration {registration_id!r} is not a registration of this event.",
                    "registrationId",
                )
            if registration.status not in ATTENDING:
                raise BusinessRuleError(
                    "registration_not_attending",
                    f"A {registration.status} registration cannot attend.",
                    "registrationId",
                )
            if context.store.attendance_of(row.id, registration_id) is not None:
                raise ConflictError(
                    "attendance",
                    registration_id,
                    "Attendance is already recorded for this registration.",
                )
            now = utcnow()
            joined = parse_instant(data["joinedAt"], "joinedAt") if "joinedAt" in data else now
            left = parse_instant(data["leftAt"], "leftAt") if "leftAt" in data else None
            if left is not None and left <= joined:
                raise BusinessRuleError(
                    "left_before_joined", "leftAt must be after joinedAt.", "leftAt"
                )
            record = SessionAttendance(
                id=new_id(),
                session_id=row.id,
                event_id=event_id,
                registration_id=registration_id,
                source=data["source"],
                joined_at=joined,
                left_at=left,
                created_at=now,
            )
            context.store.add(record)
            return attendance_body(record)

    def materials(
        self, caller: Principal, event_id: str, session_id: str, window: Window
    ) -> Page[dict[str, Any]]:
        """A window of the materials ``caller`` may see, newest first."""
        shown = (
            {"public", "attendees", "speakers"}
            if WRITE_SCOPE in caller.scopes
            else {
                "public",
                "attendees",
            }
        )
        with self.database.session() as db:
            context, row = session_in(db, event_id, session_id)
            rows = [m for m in context.store.materials(row.id) if m.visibility in shown]
            ordered = sort_items(
                rows,
                "-createdAt",
                "-createdAt",
                {"createdAt": lambda m: m.created_at},
                lambda m: m.id,
            )
            page = cut(ordered, window)
            return Page([material_body(m) for m in page.items], page.total)

    def add_material(
        self, caller: Principal, event_id: str, session_id: str, data: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Attach a material to a session that is not cancelled."""
        with self.database.session() as db:
            context, row = session_in(db, event_id, session_id, for_update=True)
            if session_status(row, context.event, context.now) == "cancelled":
                raise BusinessRuleError(
                    "session_cancelled", "A cancelled session takes no materials.", "sessionId"
                )
            if len(context.store.materials(row.id)) >= MAX_MATERIALS:
                raise BusinessRuleError(
                    "too_many_materials",
                    f"A session holds at most {MAX_MATERIALS} materials.",
                    "sessionId",
                )
            material = SessionMaterial(
                id=new_id(),
                session_id=row.id,
                title=data["title"],
                type=data["type"],
                url=data["url"],
                visibility=data["visibility"],
                size_bytes=data.get("sizeBytes"),
                created_at=utcnow(),
            )
            context.store.add(material)
            return material_body(material)

    def feedback(
        self, caller: Principal, event_id: str, session_id: str, rating: int | None, window: Window
    ) -> tuple[Page[dict[str, Any]], dict[str, Any]]:
        """A window of the feedback, newest first, and the summary over all of it."""
        with self.database.session() as db:
            context, row = session_in(db, event_id, session_id)
            every = list(context.store.feedback(row.id))
            rows = [f for f in every if rating is None or f.rating == rating]
            ordered = sort_items(
                rows,
                "-createdAt",
                "-createdAt",
                {"createdAt": lambda f: f.created_at},
                lambda f: f.id,
            )
            page = cut(ordered, window)
            summary = feedback_summary([f.rating for f in every])
            return Page([feedback_body(f) for f in page.items], page.total), summary

    def submit_feedback(
        self, caller: Principal, event_id: str, session_id: str, data: Mapping[str, Any]
    ) -> dict[str, Any]:
        """An attendee's rating of a session they attended."""
        with self.database.session() as db:
            context, row = session_in(db, event_id, session_id, for_update=True)
            registration_id = data["registrationId"]
            if context.store.attendance_of(row.id, registration_id) is None:
                raise BusinessRuleError(
                    "not_attended",
                    "Only an attendee with an attendance record for the session may rate it.",
                    "registrationId",
                )
            if context.store.feedback_of(row.id, registration_id) is not None:
                raise ConflictError(
                    "feedback", registration_id, "This registration already rated the session."
                )
            if row.start_time > context.now:
                raise BusinessRuleError(
                    "session_not_started",
                    "A session cannot be rated before it starts.",
                    "sessionId",
                )
            feedback = SessionFeedback(
                id=new_id(),
                session_id=row.id,
                event_id=event_id,
                registration_id=registration_id,
                rating=data["rating"],
                comment=data.get("comment"),
                anonymous=bool(data.get("anonymous", False)),
                created_at=utcnow(),
            )
            context.store.add(feedback)
            return feedback_body(feedback)
