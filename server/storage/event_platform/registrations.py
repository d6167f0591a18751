"""SQL access to registrations, for the rules that read them (statistics, attendees, privacy)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from server.storage.models.event_registrations import Registration


class SqlRegistrationStore:
    """Registrations in ``ep_registrations``, through one session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, registration_id: str) -> Registration | None:
        """One registration."""
        return self.session.get(Registration, registration_id)

    def of_event(self, event_id: str) -> Sequence[Registration]:
        """Every registration of the event, whatever its status."""
        return self.session.scalars(
            select(Registration).where(Registration.event_id == event_id)
        ).all()

    def of_events(self, event_ids: Sequence[str]) -> Sequence[Registration]:
        """Every registration of those events."""
        if not event_ids:
            return []
        return self.session.scalars(
            select(Registration).where(Registration.event_id.in_(event_ids))
        ).all()

    def of_person(self, user_id: str, email: str) -> Sequence[Registration]:
        """Registrations of the user, or made with the user's email (case-insensitive)."""
        return self.session.scalars(
            select(Registration).where(
                or_(Registration.user_id == user_id, Registration.email_key == email.lower())
            )
        ).all()

    def all(self) -> Sequence[Registration]:
        """Every registration."""
        return self.session.scalars(select(Registration)).all()

    def add(self, registration: Registration) -> None:
        """Store a new registration."""
        self.session.add(registration)
        self.session.flush()
