"""SQL access to registered clients."""

from __future__ import annotations

from sqlalchemy.orm import Session

from server.storage.models.auth import Client


class SqlClientStore:
    """Clients in the ``clients`` table, through one session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, client: Client) -> Client:
        """Store a new client."""
        self.session.add(client)
        self.session.flush()
        return client

    def get(self, client_id: str) -> Client | None:
        """The client with this id, if any."""
        return self.session.get(Client, client_id)
