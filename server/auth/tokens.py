"""JWT access tokens (RFC 9068 claims): issued by the token endpoint, verified on every call."""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from typing import Any

import jwt

from server.auth.keys import SigningKeys
from server.auth.principal import Principal


class InvalidTokenError(Exception):
    """A bearer token that is malformed, expired, wrongly signed or otherwise unacceptable."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class IssuedToken:
    """An access token and how long it lives."""

    access_token: str
    expires_in: int
    scope: str


class TokenService:
    """Signs and verifies access tokens for one issuer and audience."""

    def __init__(self, keys: SigningKeys, issuer: str, audience: str, ttl_seconds: int) -> None:
        self.keys = keys
        self.issuer = issuer
        self.audience = audience
        self.ttl_seconds = ttl_seconds

    def issue(self, principal: Principal, now: float | None = None) -> IssuedToken:
        """A token carrying ``principal``'s scopes and bindings."""
        issued_at = int(time.time() if now is None else now)
        claims: dict[str, Any] = {
            "iss": self.issuer,
            "aud": self.audience,
            "iat": issued_at,
            "exp": issued_at + self.ttl_seconds,
            "jti": uuid.uuid4().hex,
            **principal.token_info(),
        }
        headers = {"typ": "at+jwt"}
        if self.keys.key_id:
            headers["kid"] = self.keys.key_id
        token = jwt.encode(
            claims, self.keys.signing_key, algorithm=self.keys.algorithm, headers=headers
        )
        return IssuedToken(token, self.ttl_seconds, claims["scope"])

    def verify(self, token: str) -> Principal:
        """The principal of a valid token; :class:`InvalidTokenError` otherwise.

        Only the configured algorithm is accepted, so ``alg: none`` and algorithm confusion
        (an HS256 token signed with the RSA public key) fail like a bad signature.
        """
        try:
            claims = jwt.decode(
                token,
                self.keys.verification_key,
                algorithms=[self.keys.algorithm],
                audience=self.audience,
                issuer=self.issuer,
                options={"require": ["exp", "iat", "iss", "aud", "sub", "jti"]},
            )
        except jwt.ExpiredSignatureError as exc:
            raise InvalidTokenError("the access token has expired") from exc
        except jwt.InvalidTokenError as exc:
            raise InvalidTokenError(f"the access token is invalid: {exc}") from exc
        return Principal.from_token_info(claims)
