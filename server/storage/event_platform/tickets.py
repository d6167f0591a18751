"""SQL access to tickets, and the registration queries of the registration operations."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.storage.models.event_payments import Ticket
from server.storage.models.event_registrations import Registration


class SqlTicketStore:
    """Tickets in ``ep_tickets`` and registration lookups, through one session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def current(self, registration_id: str) -> Ticket | None:
        """The registration's ticket that has not been voided, if any."""
        return self.session.scalars(
            select(Ticket)
            .where(Ticket.registration_id == registration_id, Ticket.voided_at.is_(None))
            .order_by(Ticket.issued_at.desc(), Ticket.id)
        ).first()

    def by_code(self, code: str) -> Ticket | None:
        """The ticket with this code (current or void)."""
        return self.session.scalars(select(Ticket).where(Ticket.code == code)).one_or_none()

    def add(self, ticket: Ticket) -> None:
        """Store a new ticket."""
        self.session.add(ticket)
        self.session.flush()

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
        return len(
            self.session.scalars(
                select(Registration.id).where(
                    Registration.event_id == event_id, Registration.status != "cancelled"
                )
            ).all()
        )

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
