"""Connexion security handlers bound to our authenticator (no ``x-*InfoFunc`` in the specs).

* ``oauth2`` and ``http bearer``: a JWT from ``POST /auth/token``; Connexion checks the
  operation's oauth2 scopes against the token's ``scope`` claim (403 when one is missing).
* ``apiKey``: an ``X-API-Key``; OpenAPI 3.0 cannot attach scopes to an API-key requirement, so
  the key must carry the scopes the operation's oauth2 alternative requires.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from connexion.exceptions import OAuthResponseProblem, OAuthScopeProblem
from connexion.security import (
    ApiKeySecurityHandler,
    BearerSecurityHandler,
    OAuthSecurityHandler,
)

from server.auth.authenticator import Authenticator
from server.auth.tokens import InvalidTokenError

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def oauth_scopes_by_operation(
    spec: Mapping[str, Any], package: str = ""
) -> dict[str, frozenset[str]]:
    """Handler name -> the scopes its first oauth2 requirement lists (for API keys).

    Keys are what Connexion's routing reports as ``operation_id``: the resolved handler name,
    ``<package>.<operationId>`` under a ``RelativeResolver(package)``.
    """
    schemes = spec.get("components", {}).get("securitySchemes", {})
    oauth = {name for name, scheme in schemes.items() if scheme.get("type") == "oauth2"}
    found: dict[str, frozenset[str]] = {}
    for item in spec.get("paths", {}).values():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            requirements = operation.get("security", spec.get("security", []))
            for requirement in requirements:
                names = set(requirement) & oauth
                if names:
                    name = operation["operationId"]
                    scopes = frozenset(requirement[names.pop()])
                    # Unresolvable operations (no handler yet) keep the bare operationId.
                    found[name] = scopes
                    if package:
                        found[f"{package}.{name}"] = scopes
                    break
    return found


def security_map(
    authenticator: Authenticator, api_key_scopes: Mapping[str, frozenset[str]]
) -> dict[str, type]:
    """Handler classes for Connexion's ``security_map``, closed over ``authenticator``."""

    def token_info(token: str) -> dict[str, Any]:
        try:
            return authenticator.bearer(token).token_info()
        except InvalidTokenError as exc:
            raise OAuthResponseProblem(detail=exc.reason) from exc

    def api_key_info(apikey: str, request: Any) -> dict[str, Any]:
        principal = authenticator.api_key(apikey)
        if principal is None:
            raise OAuthResponseProblem(detail="the API key is not valid")
        routing = request.scope.get("extensions", {}).get("connexion_routing", {})
        required = api_key_scopes.get(routing.get("operation_id", ""), frozenset())
        if not required <= principal.scopes:
            raise OAuthScopeProblem(
                token_scopes=sorted(principal.scopes), required_scopes=sorted(required)
            )
        return principal.token_info()

    class JwtOAuth(OAuthSecurityHandler):  # type: ignore[misc]
        def get_tokeninfo_func(self, security_definition: dict[str, Any]) -> Any:
            return token_info

    class JwtBearer(BearerSecurityHandler):  # type: ignore[misc]
        def _resolve_func(self, security_scheme: dict[str, Any]) -> Any:
            return token_info

    class ApiKey(ApiKeySecurityHandler):  # type: ignore[misc]
        def _resolve_func(self, security_scheme: dict[str, Any]) -> Any:
            return api_key_info

    return {"oauth2": JwtOAuth, "bearer": JwtBearer, "apiKey": ApiKey}
