"""SQL access to tickets."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.storage.models.event_payments import Ticket


class SqlTicketStore:
    """Tickets in ``ep_tickets``, through one session."""

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
