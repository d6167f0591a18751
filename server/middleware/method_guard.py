"""405 for a method the most specific matching path does not declare, before Connexion routes.

OpenAPI says a concrete path wins over a templated one (`/registrations/batch` over
`/registrations/{registrationId}`). Starlette's router, which Connexion uses, prefers any route
that matches path AND method, so `PATCH /registrations/batch` would reach the templated
route's PATCH operation and fail its path-parameter validation with a 400. This middleware
finds the path the spec means and answers 405 with that path's ``Allow`` instead.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send

from server.http.errorformats import ErrorPolicy
from server.http.exceptions import AllowedMethods
from server.http.failure import Failure


class MethodGuardMiddleware:
    """Answers 405 in the API's error format when the spec's chosen path lacks the method."""

    def __init__(self, app: ASGIApp, policy: ErrorPolicy, allowed: AllowedMethods) -> None:
        self.app = app
        self.policy = policy
        self.allowed = allowed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] != "OPTIONS":
            methods = self.allowed.for_path(scope["path"])
            if methods and scope["method"] not in methods:
                failure = Failure(
                    405,
                    f"{scope['method']} is not allowed here; use {', '.join(methods)}.",
                    headers={"Allow": ", ".join(methods)},
                )
                await self.policy.response(failure, scope["path"])(scope, receive, send)
                return
        await self.app(scope, receive, send)
