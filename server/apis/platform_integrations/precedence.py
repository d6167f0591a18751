"""Literal platform paths take precedence over the publisher templates of the same shape.

``/iterable/connect`` also matches ``/{publisherId}/{platform}``, so Connexion routes a
``GET /iterable/connect`` to ``get_integration`` and answers 400 for its path parameters. The
spec says the literal path wins and a method it does not declare is a 405; this middleware
answers that before routing. Publisher ids start with ``pub_``, so no other URL is ambiguous.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send

from server.http.errorformats import ErrorPolicy
from server.http.failure import Failure
from server.runtime import Runtime

BASE_PATH = "/api/integrations"
#: The spec's literal platform paths; each declares POST only.
LITERAL_PATHS = frozenset(
    f"{BASE_PATH}/{platform}/{action}"
    for platform in ("iterable", "customerio", "keap")
    for action in ("test-connection", "connect")
)
DECLARED = ("POST",)


class LiteralPathPrecedence:
    """405 with ``Allow: POST`` for other methods on the literal platform paths."""

    def __init__(self, app: ASGIApp, policy: ErrorPolicy) -> None:
        self.app = app
        self.policy = policy

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "").rstrip("/")
        if scope["type"] != "http" or path not in LITERAL_PATHS or scope["method"] in DECLARED:
            await self.app(scope, receive, send)
            return
        failure = Failure(
            405,
            f"{scope['method']} is not allowed here; use {', '.join(DECLARED)}.",
            headers={"Allow": ", ".join(DECLARED)},
        )
        await self.policy.response(failure, scope["path"])(scope, receive, send)


def literal_path_precedence(app: ASGIApp, runtime: Runtime) -> ASGIApp:
    """Wrap platform-integrations' app (``ApiDefinition.wrap``)."""
    from server.apis.platform_integrations.errors import POLICY

    return LiteralPathPrecedence(app, POLICY)
