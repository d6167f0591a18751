"""Security emulation: requirements are checked for presence and shape, sandbox tokens fully.

Alternatives in ``security`` are ORed, schemes inside one requirement ANDed, an empty
requirement ``{}`` allows anonymous calls and ``security: []`` on an operation turns it off.
Presence rules: apiKey in its header/query/cookie; HTTP Basic as base64 ``id:password``; Bearer,
OAuth 2.0 and OpenID Connect as ``Bearer <token>``; Digest with its ``username=``; other HTTP
schemes by their scheme name. A Bearer token issued by the sandbox token endpoint is verified
(signature, expiry: 401) and must carry the requirement's scopes (403); other tokens pass on
presence. The caller's identity (token subject, key, user name) isolates stateful data.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass
from typing import Any

from mocks.request import MockRequest
from mocks.tokens import TokenError, TokenIssuer


@dataclass(frozen=True)
class SecurityOutcome:
    """Allowed (status 0) or refused with 401/403, plus who the caller is."""

    status: int
    message: str
    principal: str
    challenge: str | None = None


ANONYMOUS = SecurityOutcome(0, "", "anonymous")


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()[:16]


class SecurityChecker:
    """Checks an operation's security requirements against a request."""

    def __init__(self, schemes: dict[str, Any], tokens: TokenIssuer) -> None:
        self.schemes = schemes
        self.tokens = tokens

    def check(
        self, requirements: list[dict[str, list[str]]], request: MockRequest
    ) -> SecurityOutcome:
        """The first satisfied alternative, else the most telling refusal."""
        if not requirements:
            return ANONYMOUS
        refusals: list[SecurityOutcome] = []
        for requirement in requirements:
            if not requirement:
                return ANONYMOUS
            outcome = self._all_of(requirement, request)
            if outcome.status == 0:
                return outcome
            refusals.append(outcome)
        # A verified token lacking scopes (403) says more than a missing credential (401).
        refusals.sort(key=lambda o: -o.status)
        return refusals[0]

    def _all_of(self, requirement: dict[str, list[str]], request: MockRequest) -> SecurityOutcome:
        principal = "anonymous"
        for name, scopes in requirement.items():
            scheme = self.schemes.get(name)
            if not isinstance(scheme, dict):
                continue  # an undefined scheme cannot be emulated: do not block the mock on it
            outcome = self._one(name, scheme, scopes or [], request)
            if outcome.status:
                return outcome
            if principal == "anonymous":
                principal = outcome.principal
        return SecurityOutcome(0, "", principal)

    def _one(
        self, name: str, scheme: dict[str, Any], scopes: list[str], request: MockRequest
    ) -> SecurityOutcome:
        kind = str(scheme.get("type", "")).lower()
        if kind == "apikey":
            where, key = scheme.get("in"), str(scheme.get("name", ""))
            value = (
                request.headers.get(key.lower())
                if where == "header"
                else request.query.get(key, [None])[-1]
                if where == "query"
                else request.cookies.get(key)
            )
            if not value:
                return _refuse(
                    f"missing API key '{key}' in {where} (security scheme '{name}')", None
                )
            return SecurityOutcome(0, "", f"key:{_digest(value)}")
        if kind == "mutualtls":
            return ANONYMOUS
        authorization = request.headers.get("authorization", "").strip()
        auth_scheme, _, credentials = authorization.partition(" ")
        credentials = credentials.strip()
        if kind == "http":
            wanted = str(scheme.get("scheme", "")).lower()
            if wanted == "basic":
                return self._basic(name, auth_scheme, credentials)
            if wanted == "bearer":
                return self._bearer(name, auth_scheme, credentials, scopes)
            if wanted == "digest":
                if auth_scheme.lower() != "digest" or "username=" not in credentials:
                    return _refuse(
                        f"missing Digest credentials (security scheme '{name}')", "Digest"
                    )
                return SecurityOutcome(0, "", f"digest:{_digest(credentials)}")
            if auth_scheme.lower() != wanted or not credentials:
                return _refuse(f"missing {wanted} credentials (security scheme '{name}')", wanted)
            return SecurityOutcome(0, "", f"{wanted}:{_digest(credentials)}")
        if kind in ("oauth2", "openidconnect"):
            return self._bearer(name, auth_scheme, credentials, scopes)
        return ANONYMOUS

    @staticmethod
    def _basic(name: str, auth_scheme: str, credentials: str) -> SecurityOutcome:
        if auth_scheme.lower() != "basic":
            return _refuse(f"missing Basic credentials (security scheme '{name}')", "Basic")
        try:
            decoded = base64.b64decode(credentials, validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            decoded = ""
        user, colon, _ = decoded.partition(":")
        if not colon:
            return _refuse("Basic credentials must be base64 of 'id:password'", "Basic")
        return SecurityOutcome(0, "", f"user:{user}")

    def _bearer(
        self, name: str, auth_scheme: str, token: str, scopes: list[str]
    ) -> SecurityOutcome:
        if auth_scheme.lower() != "bearer" or not token:
            return _refuse(f"missing Bearer token (security scheme '{name}')", "Bearer")
        if not self.tokens.is_ours(token):
            return SecurityOutcome(0, "", f"bearer:{_digest(token)}")
        try:
            claims = self.tokens.verify(token)
        except TokenError as exc:
            return _refuse(exc.reason, 'Bearer error="invalid_token"')
        missing = [scope for scope in scopes if scope not in claims.scopes]
        if missing:
            return SecurityOutcome(
                403,
                f"the access token lacks the scope(s) {', '.join(missing)} "
                f"(security scheme '{name}')",
                f"client:{claims.client_id}",
                f'Bearer error="insufficient_scope", scope="{" ".join(scopes)}"',
            )
        return SecurityOutcome(0, "", f"client:{claims.client_id}")


def _refuse(message: str, challenge: str | None) -> SecurityOutcome:
    if challenge is not None and " " not in challenge:
        challenge = f'{challenge} realm="apikit-mock"'
    return SecurityOutcome(401, message, "anonymous", challenge)


def identify(checker: SecurityChecker, request: MockRequest) -> str:
    """Who is calling, from any credential the spec's schemes recognise ("anonymous" if none)."""
    for name, scheme in checker.schemes.items():
        if not isinstance(scheme, dict):
            continue
        outcome = checker._one(name, scheme, [], request)
        if outcome.status == 0 and outcome.principal != "anonymous":
            return outcome.principal
    authorization = request.headers.get("authorization", "")
    if authorization:
        return f"auth:{_digest(authorization)}"
    return "anonymous"
