"""SQL access to users and speaker profiles."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.storage.lookup import one_by
from server.storage.models.event_platform import SpeakerProfile, User


class SqlUserStore:
    """Users in ``ep_users`` and their speaker profiles, through one session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, user_id: str, *, for_update: bool = False) -> User | None:
        """One user."""
        return one_by(self.session, User, "id", user_id, for_update=for_update)

    def by_email(self, email: str) -> User | None:
        """The user with this email (case-insensitive)."""
        return self.session.scalars(
            select(User).where(User.email_key == email.lower())
        ).one_or_none()

    def matching(self, status: str | None = None, email: str | None = None) -> Sequence[User]:
        """Every user passing the column filters given."""
        statement = select(User)
        if status is not None:
            statement = statement.where(User.status == status)
        if email is not None:
            statement = statement.where(User.email_key == email.lower())
        return self.session.scalars(statement).all()

    def profile(self, user_id: str) -> SpeakerProfile | None:
        """The user's speaker profile, if any."""
        return self.session.get(SpeakerProfile, user_id)

    def add(self, row: User | SpeakerProfile) -> None:
        """Store a new user or profile."""
        self.session.add(row)
        self.session.flush()

    def delete(self, row: User | SpeakerProfile) -> None:
        """Remove a user or profile."""
        self.session.delete(row)
        self.session.flush()
