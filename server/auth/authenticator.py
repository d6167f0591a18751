"""Turns credentials into principals: bearer JWTs and ``X-API-Key`` values."""

from __future__ import annotations

from starlette.datastructures import Headers
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

    def caller(self, headers: Headers, scope: Scope) -> Caller:
        """Who to count a request against: its valid credentials, else its client address."""
        principal: Principal | None = None
        authorization = headers.get("authorization", "")
        kind, _, token = authorization.partition(" ")
        if kind.lower() == "bearer" and token:
            try:
                principal = self.bearer(token.strip())
            except InvalidTokenError:
                principal = None
        elif "x-api-key" in headers:
            principal = self.api_key(headers["x-api-key"])
        client = scope.get("client")
        return Caller.of(principal, client[0] if client else "unknown")
