"""An operation's security requirements, checked as Connexion checks them, without Connexion.

Used by the compiled request pipeline (``server.http.pipeline``) for requests it answers
itself. Only what can be decided exactly as Connexion's security handlers (``server.auth.
security``) would is decided here: a bearer token or an ``X-API-Key`` that passes, or an
empty requirement. Anything else is left to Connexion, which then words the refusal.
Hand-written because Connexion's handlers need a ``ConnexionRequest`` and inspect their
callbacks' signatures on every call.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from server.auth.authenticator import Authenticator
from server.auth.tokens import InvalidTokenError


@dataclass(frozen=True)
class Requirement:
    """One alternative of an operation's ``security``: how to check it without Connexion.

    ``kind`` is ``none`` (``{}``), ``bearer`` (oauth2 or http bearer), ``apikey`` (a header
    key) or ``other`` (anything Connexion must decide itself).
    """

    kind: str
    scopes: frozenset[str] | None = None
    header: str = ""


def compile_requirements(
    security: list[dict[str, list[str]]] | None,
    schemes: Mapping[str, Any],
    api_key_scopes: frozenset[str],
) -> tuple[Requirement, ...] | None:
    """The operation's security alternatives, in order; None when it has no security."""
    if not security:
        return None
    found = []
    for requirement in security:
        if not requirement:
            found.append(Requirement("none"))
            continue
        if len(requirement) != 1:
            found.append(Requirement("other"))
            continue
        ((name, scopes),) = requirement.items()
        scheme = schemes.get(name, {})
        kind = scheme.get("type")
        if kind == "oauth2":
            found.append(Requirement("bearer", frozenset(scopes)))
        elif kind == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
            found.append(Requirement("bearer"))
        elif kind == "apiKey" and scheme.get("in") == "header":
            found.append(Requirement("apikey", api_key_scopes, scheme["name"].lower()))
        else:
            found.append(Requirement("other"))
    return tuple(found)


class SecurityCheck:
    """An operation's requirements bound to the authenticator."""

    def __init__(
        self, requirements: tuple[Requirement, ...] | None, authenticator: Authenticator
    ) -> None:
        self.requirements = requirements
        self.authenticator = authenticator

    def context(self, headers: Mapping[str, str]) -> dict[str, Any] | None:
        """``user``/``token_info`` as Connexion's security layer would set them, or None.

        Connexion tries the alternatives in order and the first that yields credentials
        wins; one that fails is only remembered for the error. None here means no alternative
        passed (or one needs Connexion), and Connexion then decides and words the refusal.
        """
        if self.requirements is None:
            return {}
        for requirement in self.requirements:
            if requirement.kind == "none":
                info: dict[str, Any] = {}
                break
            if requirement.kind == "bearer":
                authorization = headers.get("authorization")
                if not authorization:
                    continue
                parts = authorization.split(maxsplit=1)
                if len(parts) != 2 or parts[0].lower() != "bearer":
                    continue
                try:
                    principal = self.authenticator.bearer(parts[1])
                except InvalidTokenError:
                    continue
                # Connexion's ``validate_scope`` splits the token's ``scope`` claim, which is
                # these scopes joined by spaces.
                if requirement.scopes is not None and not requirement.scopes <= principal.scopes:
                    continue
                info = principal.token_info()
                break
            if requirement.kind == "apikey":
                key = headers.get(requirement.header)  # names are lower case
                if key is None:
                    continue
                key_principal = self.authenticator.api_key(key)
                if key_principal is None or not (requirement.scopes or frozenset()) <= (
                    key_principal.scopes
                ):
                    continue
                info = key_principal.token_info()
                break
            return None  # a kind only Connexion knows how to check
        else:
            return None
        return {"user": info.get("sub", info.get("uid")), "token_info": info}
