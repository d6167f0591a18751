"""The root ASGI app: picks the API by path prefix (longest first), else the host-root routes.

cs-integration and event-platform share ``/api/v1``; cs-integration owns ``/api/v1/cs-*`` and
event-platform the rest, so neither shadows the other. Hand-written because Starlette's
``Mount`` matches whole path segments only and cannot express the ``cs-`` prefix.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send

from server.apis.context import RUNTIME_KEY
from server.runtime import Runtime


class ApiDispatcher:
    """Sends each request to the app whose prefix is the longest match of its path."""

    def __init__(self, routes: list[tuple[str, ASGIApp]], fallback: ASGIApp, runtime: Runtime):
        self.routes = sorted(routes, key=lambda item: len(item[0]), reverse=True)
        self.fallback = fallback
        self.runtime = runtime

    def app_for(self, path: str) -> ASGIApp:
        """The app serving ``path``."""
        for prefix, app in self.routes:
            if path == prefix or path.startswith(prefix if prefix.endswith("-") else prefix + "/"):
                return app
        return self.fallback

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self.fallback(scope, receive, send)
            return
        scope.setdefault("extensions", {})[RUNTIME_KEY] = self.runtime
        await self.app_for(scope["path"])(scope, receive, send)
