"""What a running server holds: settings, the database, keys, tokens, clients (no globals)."""

from __future__ import annotations

from dataclasses import dataclass, field

from server.auth.authenticator import Authenticator
from server.auth.clients import ClientRegistry
from server.auth.keys import SigningKeys
from server.auth.tokens import TokenService
from server.middleware.metrics import RequestStats
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
    #: Request counters of this process, per API name.
    stats: dict[str, RequestStats] = field(default_factory=dict)
    #: ``info.version`` of each served spec, per API name (what health endpoints report).
    api_versions: dict[str, str] = field(default_factory=dict)

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

    def stats_of(self, api: str) -> RequestStats:
        """The request counters of ``api`` (created on first use)."""
        return self.stats.setdefault(api, RequestStats())

    def close(self) -> None:
        """Release the database connections."""
        self.database.dispose()
