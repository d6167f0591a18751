"""Registering clients and checking their credentials (client secrets and API keys)."""

from __future__ import annotations

import hashlib
import secrets
from collections import OrderedDict
from dataclasses import dataclass
from threading import Lock

from server.auth.principal import CLIENT_TYPES, Principal
from server.auth.secrets import hash_secret, new_secret, verify_secret
from server.storage.clients import SqlClientStore
from server.storage.database import Database
from server.storage.models.auth import Client

API_KEY_PREFIX = "ak_"
CLIENT_PREFIX = "cl_"


@dataclass(frozen=True)
class NewClient:
    """A client just registered; ``secret`` (or the API key) is shown this once only."""

    client_id: str
    secret: str
    kind: str
    scopes: tuple[str, ...]

    @property
    def api_key(self) -> str:
        """The full ``X-API-Key`` value (id and secret) of an API-key client."""
        return f"{self.client_id}.{self.secret}"


class ClientRegistry:
    """Creates clients and authenticates them against the database.

    Verified API keys are remembered (by SHA-256 of the key) so scrypt runs once per key and
    process rather than on every request.
    """

    def __init__(self, database: Database, cache_size: int = 1024) -> None:
        self.database = database
        self._verified: OrderedDict[str, Principal] = OrderedDict()
        self._lock = Lock()
        self._cache_size = cache_size

    def create(
        self,
        scopes: list[str],
        *,
        api_key: bool = False,
        client_type: str = "partner",
        publisher_id: str | None = None,
        customer_id: str | None = None,
        name: str = "",
    ) -> NewClient:
        """Register an OAuth client (or an API key) with these scopes and bindings."""
        if client_type not in CLIENT_TYPES[1:]:
            raise ValueError(f"client type must be one of {', '.join(CLIENT_TYPES[1:])}")
        kind = "api_key" if api_key else "oauth"
        client_id = (API_KEY_PREFIX if api_key else CLIENT_PREFIX) + secrets.token_hex(8)
        secret = new_secret()
        with self.database.session() as session:
            SqlClientStore(session).add(
                Client(
                    client_id=client_id,
                    kind=kind,
                    secret_hash=hash_secret(secret),
                    scopes=" ".join(sorted(set(scopes))),
                    client_type=client_type,
                    publisher_id=publisher_id,
                    customer_id=customer_id,
                    name=name,
                )
            )
        return NewClient(client_id, secret, kind, tuple(sorted(set(scopes))))

    def authenticate(self, client_id: str, secret: str) -> Principal | None:
        """The principal of an OAuth client whose secret matches, else None."""
        with self.database.session() as session:
            client = SqlClientStore(session).get(client_id)
        if client is None or client.kind != "oauth":
            # Hash anyway so unknown ids take as long as wrong secrets.
            hash_secret(secret)
            return None
        if not verify_secret(secret, client.secret_hash):
            return None
        return _principal(client)

    def api_key_principal(self, api_key: str) -> Principal | None:
        """The principal of a valid ``<client_id>.<secret>`` API key, else None."""
        fingerprint = hashlib.sha256(api_key.encode()).hexdigest()
        with self._lock:
            known = self._verified.get(fingerprint)
        if known is not None:
            return known
        client_id, _, secret = api_key.partition(".")
        if not client_id.startswith(API_KEY_PREFIX) or not secret:
            return None
        with self.database.session() as session:
            client = SqlClientStore(session).get(client_id)
        if client is None or client.kind != "api_key":
            return None
        if not verify_secret(secret, client.secret_hash):
            return None
        principal = _principal(client)
        with self._lock:
            self._verified[fingerprint] = principal
            while len(self._verified) > self._cache_size:
                self._verified.popitem(last=False)
        return principal


def _principal(client: Client) -> Principal:
    return Principal(
        client_id=client.client_id,
        scopes=frozenset(client.scopes.split()),
        client_type=client.client_type,
        publisher_id=client.publisher_id,
        customer_id=client.customer_id,
    )
