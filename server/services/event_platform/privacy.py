"""GDPR/CCPA: a user's personal-data export and the right to erasure (seed 003 section 12.1).

Erasure deletes the account, preferences and speaker profile, deletes attendance records and
feedback comments, anonymises the attendee details of the user's registrations
(``erased`` / ``erased-<registrationId>@invalid.example``) and keeps payments, anonymised,
for accounting obligations.
"""

from __future__ import annotations

from typing import Any

from server.auth.principal import Principal
from server.services.errors import BusinessRuleError, NotFoundError
from server.services.event_platform.ledger import PaymentLedger, default_ledger
from server.services.event_platform.users import (
    USER,
    preferences_body,
    profile_body,
    remove_user,
    user_body,
)
from server.services.event_platform.values import iso
from server.services.event_platform.views import feedback_body, registration_body
from server.storage.database import Database
from server.storage.event_platform.events import SqlEventStore
from server.storage.event_platform.registrations import SqlRegistrationStore
from server.storage.event_platform.sessions import SqlSessionStore
from server.storage.event_platform.users import SqlUserStore
from server.storage.models.base import utcnow

ERASED_NAME = "erased"
PAYMENTS_RETAINED = (
    "Payment records are kept for the statutory accounting retention period, with billing "
    "details anonymised."
)


def erased_email(registration_id: str) -> str:
    """The placeholder email of an anonymised registration."""
    return f"erased-{registration_id}@invalid.example"


class PrivacyService:
    """Personal-data export and erasure; each call is one transaction."""

    def __init__(self, database: Database, base: str, ledger: PaymentLedger | None = None) -> None:
        self.database = database
        self.base = base
        self.ledger = ledger or default_ledger()

    def export(self, caller: Principal, user_id: str) -> dict[str, Any]:
        """Every personal datum held about the user."""
        with self.database.session() as session:
            users = SqlUserStore(session)
            user = users.get(user_id)
            if user is None:
                raise NotFoundError(USER, user_id)
            profile = users.profile(user_id)
            registrations = SqlRegistrationStore(session).of_person(user_id, user.email)
            ids = [r.id for r in registrations]
            feedback = SqlSessionStore(session).feedback_by_registrations(ids)
            body: dict[str, Any] = {
                "userId": user_id,
                "generatedAt": iso(utcnow()),
                "profile": user_body(user, profile is not None),
                "preferences": preferences_body(user),
                "registrations": [registration_body(r, self.base) for r in registrations],
                "payments": self.ledger.payments_of(session, ids),
                "sessionFeedback": [feedback_body(f, reveal=True) for f in feedback],
            }
            if profile is not None:
                body["speakerProfile"] = profile_body(profile)
            return body

    def erase(
        self, caller: Principal, user_id: str, regulation: str, reason: str | None
    ) -> dict[str, Any]:
        """Carry out an erasure request and return its receipt (no personal data in it)."""
        now = utcnow()
        with self.database.session() as session:
            users = SqlUserStore(session)
            user = users.get(user_id, for_update=True)
            if user is None:
                raise NotFoundError(USER, user_id)
            registrations = SqlRegistrationStore(session).of_person(user_id, user.email)
            events = SqlEventStore(session)
            for registration in registrations:
                event = events.get(registration.event_id)
                in_progress = (
                    event is not None
                    and event.status == "published"
                    and event.start_time <= now < event.end_time
                )
                if in_progress and registration.status != "cancelled":
                    raise BusinessRuleError(
                        "event_in_progress",
                        f"The user is registered for event {registration.event_id!r}, which is in "
                        "progress; erase after it ends.",
                        "userId",
                    )
            erased = ["profile", "preferences"]
            if users.profile(user_id) is not None:
                erased.append("speaker_profile")
            ids = [r.id for r in registrations]
            sessions = SqlSessionStore(session)
            for record in sessions.attendance_by_registrations(ids):
                sessions.delete(record)
            for feedback in sessions.feedback_by_registrations(ids):
                feedback.comment = None
                feedback.anonymous = True
            for registration in registrations:
                registration.first_name = ERASED_NAME
                registration.last_name = ERASED_NAME
                registration.email = erased_email(registration.id)
                registration.email_key = registration.email
                registration.company = None
                registration.job_title = None
                registration.phone = None
                registration.notes = None
                registration.user_id = None
            erased += ["registrations", "session_feedback", "session_attendance"]
            retained: list[dict[str, str]] = []
            if self.ledger.anonymise(session, ids):
                retained.append({"category": "payments", "reason": PAYMENTS_RETAINED})
            remove_user(session, users, user)
            return {
                "userId": user_id,
                "regulation": regulation,
                "erasedAt": iso(now),
                "erased": erased,
                "retained": retained,
            }
