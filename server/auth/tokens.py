"""JWT access tokens (RFC 9068 claims): issued by the token endpoint, verified on every call."""

from __future__ import annotations

import time
import uuid
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from threading import Lock
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
    """Signs and verifies access tokens for one issuer and audience.

    Verified tokens are remembered until they expire (at most ``cache_size``, least recently
    used first out): a client sends the same token on every call, and decoding plus checking
    the signature and claims of the same string again costs more than the rest of the
    security check. Only tokens that passed every check are cached; an entry past its ``exp``
    is dropped and the token is verified again, which then fails as expired.
    """

    def __init__(
        self,
        keys: SigningKeys,
        issuer: str,
        audience: str,
        ttl_seconds: int,
        *,
        cache_size: int = 4096,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.keys = keys
        self.issuer = issuer
        self.audience = audience
        self.ttl_seconds = ttl_seconds
        self._verified: OrderedDict[str, tuple[Principal, float]] = OrderedDict()
        self._lock = Lock()
        self._cache_size = cache_size
        self._clock = clock

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
        with self._lock:
            known = self._verified.get(token)
            if known is not None:
                # PyJWT's rule: a token is expired once ``exp <= now``.
                if known[1] > self._clock():
                    self._verified.move_to_end(token)
                    return known[0]
                del self._verified[token]
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
        principal = Principal.from_token_info(claims)
        with self._lock:
            self._verified[token] = (principal, float(claims["exp"]))
            while len(self._verified) > self._cache_size:
                self._verified.popitem(last=False)
        return principal
