"""What a running server holds: settings, the database, keys, tokens, clients (no globals)."""

from __future__ import annotations

from dataclasses import dataclass, field

from server.auth.authenticator import Authenticator
from server.auth.clients import ClientRegistry
from server.auth.keys import SigningKeys
from server.auth.tokens import TokenService
from server.request_metrics import RequestMetrics
from server.settings import Settings
from server.storage.database import Database
from server.storage.migrate import upgrade


@dataclass(frozen=True)
class Runtime:
    """The long-lived objects of one server process, handed to handlers through the request."""

    settings: Settings
    database: Database
    tokens: TokenService
    clients: ClientRegistry
    authenticator: Authenticator
    #: Counters of the requests this process answered (``GET /cs-integration/metrics``).
    request_metrics: RequestMetrics = field(default_factory=RequestMetrics)

    @classmethod
    def start(cls, settings: Settings, *, migrate: bool = True) -> Runtime:
        """Open the database (migrating it to every branch's head) and load the signing keys."""
        database = Database(settings.effective_database_url)
        if migrate:
            upgrade(database)
        tokens = TokenService(
            SigningKeys.from_settings(settings),
            issuer=settings.issuer,
            audience=settings.audience,
            ttl_seconds=settings.token_ttl_seconds,
        )
        clients = ClientRegistry(database)
        return cls(settings, database, tokens, clients, Authenticator(tokens, clients))

    def close(self) -> None:
        """Release the database connections."""
        self.database.dispose()
