"""SQL lookups of registrations for the registration, ticket and payment operations.

The reads the write rules need (row locks, duplicate emails, seats held, list filters);
:mod:`server.storage.event_platform.registrations` serves the derived views.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from server.storage.models.event_registrations import Registration


class SqlRegistrationLookup:
    """Registrations in ``ep_registrations`` as the write rules read them, through one session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def registration(
        self, registration_id: str, *, for_update: bool = False
    ) -> Registration | None:
        """One registration (row-locked on PostgreSQL when ``for_update``)."""
        statement = select(Registration).where(Registration.id == registration_id)
        if for_update:
            statement = statement.with_for_update()
        return self.session.scalars(statement).one_or_none()

    def holding_email(self, event_id: str, email_key: str) -> Sequence[Registration]:
        """Registrations of the event with this (lower-cased) email that are not cancelled."""
        return self.session.scalars(
            select(Registration).where(
                Registration.event_id == event_id,
                Registration.email_key == email_key,
                Registration.status != "cancelled",
            )
        ).all()

    def seats_taken(self, event_id: str) -> int:
        """Registrations of the event holding a seat (pending, confirmed, checked in)."""
        found = self.session.scalar(
            select(func.count(Registration.id)).where(
                Registration.event_id == event_id, Registration.status != "cancelled"
            )
        )
        return int(found or 0)

    def registrations(
        self,
        *,
        event_id: str | None = None,
        user_id: str | None = None,
        status: str | None = None,
        email_key: str | None = None,
        updated_after: datetime | None = None,
    ) -> Sequence[Registration]:
        """Registrations passing every given filter (None: not filtered)."""
        statement = select(Registration)
        if event_id is not None:
            statement = statement.where(Registration.event_id == event_id)
        if user_id is not None:
            statement = statement.where(Registration.user_id == user_id)
        if status is not None:
            statement = statement.where(Registration.status == status)
        if email_key is not None:
            statement = statement.where(Registration.email_key == email_key)
        if updated_after is not None:
            statement = statement.where(Registration.updated_at >= updated_after)
        return self.session.scalars(statement).all()
