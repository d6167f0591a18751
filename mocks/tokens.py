"""Sandbox OAuth 2.0 access tokens: HS256 JWTs issued and verified by the mock itself."""

from __future__ import annotations

import time
from dataclasses import dataclass

import jwt

ISSUER = "apikit-mock"


class TokenError(Exception):
    """A token issued by the mock is invalid or expired; ``reason`` says which."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class TokenClaims:
    """What a verified sandbox token grants."""

    client_id: str
    scopes: frozenset[str]
    expires_at: int


class TokenIssuer:
    """Issues client-credentials tokens with the requested scopes, signed with ``secret``."""

    def __init__(self, secret: str, ttl_s: int = 3600) -> None:
        self._secret = secret
        self.ttl_s = ttl_s

    def issue(self, client_id: str, scopes: list[str]) -> str:
        """A signed token for ``client_id`` carrying ``scopes``."""
        now = int(time.time())
        claims = {
            "iss": ISSUER,
            "sub": client_id,
            "scope": " ".join(scopes),
            "iat": now,
            "exp": now + self.ttl_s,
        }
        return jwt.encode(claims, self._secret, algorithm="HS256")

    @staticmethod
    def is_ours(token: str) -> bool:
        """Whether ``token`` claims to come from this mock (unverified peek)."""
        if token.count(".") != 2:
            return False
        try:
            claims = jwt.decode(token, options={"verify_signature": False})
        except jwt.PyJWTError:
            return False
        return isinstance(claims, dict) and claims.get("iss") == ISSUER

    def verify(self, token: str) -> TokenClaims:
        """The claims of a token issued here; raises :class:`TokenError` otherwise."""
        try:
            claims = jwt.decode(token, self._secret, algorithms=["HS256"], issuer=ISSUER)
        except jwt.ExpiredSignatureError as exc:
            raise TokenError("the access token has expired") from exc
        except jwt.PyJWTError as exc:
            raise TokenError(f"the access token is invalid ({exc})") from exc
        return TokenClaims(
            str(claims.get("sub", "")),
            frozenset(str(claims.get("scope", "")).split()),
            int(claims.get("exp", 0)),
        )
