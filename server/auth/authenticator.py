"""Turns credentials into principals: bearer JWTs and ``X-API-Key`` values."""

from __future__ import annotations

from starlette.types import Scope

from server.auth.clients import ClientRegistry
from server.auth.principal import Caller, Principal
from server.auth.tokens import InvalidTokenError, TokenService


class Authenticator:
    """Verifies the credentials a request carries; shared by security handlers and rate limits."""

    def __init__(self, tokens: TokenService, clients: ClientRegistry) -> None:
        self.tokens = tokens
        self.clients = clients

    def bearer(self, token: str) -> Principal:
        """The principal of a bearer token; :class:`InvalidTokenError` when it is not valid."""
        return self.tokens.verify(token)

    def api_key(self, key: str) -> Principal | None:
        """The principal of an API key, or None when it is unknown."""
        return self.clients.api_key_principal(key)

    def caller(self, scope: Scope) -> Caller:
        """Who to count a request against: its valid credentials, else its client address.

        Reads the raw header list once (the first of each name, as ``Headers.get`` does):
        building a ``Headers`` per request for two lookups cost more than the lookups.
        """
        authorization = api_key = None
        for name, value in scope["headers"]:
            if name == b"authorization" and authorization is None:
                authorization = value.decode("latin-1")
            elif name == b"x-api-key" and api_key is None:
                api_key = value.decode("latin-1")
        principal: Principal | None = None
        kind, _, token = (authorization or "").partition(" ")
        if kind.lower() == "bearer" and token:
            try:
                principal = self.bearer(token.strip())
            except InvalidTokenError:
                principal = None
        elif api_key is not None:
            principal = self.api_key(api_key)
        client = scope.get("client")
        return Caller.of(principal, client[0] if client else "unknown")
