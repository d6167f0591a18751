"""``X-Audit-Trail``: every authenticated request is written to the audit log as it is answered.

Sits between the request id and the rate limiter, so 429s are audited too, and writes the
entry before the response starts, so the URL it returns can be read back at once. Requests
without a valid token answer 401 and have nobody to attribute them to: they pass untouched.
Only GET and POST are recorded, the methods this API declares (anything else is a 405 the
audit entry schema has no method for).
"""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from server.auth.principal import Principal
from server.auth.tokens import InvalidTokenError
from server.middleware.request_id import current_request_id
from server.runtime import Runtime
from server.services.cs_cross_domain.audit import AuditService, new_audit_id

AUDITED_METHODS = ("GET", "POST")


class AuditTrailMiddleware:
    """Records each authenticated request and links its entry in ``X-Audit-Trail``."""

    def __init__(self, app: ASGIApp, runtime: Runtime, base_path: str) -> None:
        self.app = app
        self.runtime = runtime
        self.base_path = base_path
        self.audit = AuditService(runtime.database)

    def _principal(self, scope: Scope) -> Principal | None:
        kind, _, token = Headers(scope=scope).get("authorization", "").partition(" ")
        if kind.lower() != "bearer" or not token.strip():
            return None
        try:
            return self.runtime.authenticator.bearer(token.strip())
        except InvalidTokenError:
            return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in AUDITED_METHODS:
            await self.app(scope, receive, send)
            return
        principal = self._principal(scope)
        if principal is None:
            await self.app(scope, receive, send)
            return
        audit_id = new_audit_id()
        request_id = current_request_id()

        async def send_audited(message: Message) -> None:
            if message["type"] == "http.response.start" and message["status"] != 401:
                await run_in_threadpool(
                    self.audit.record,
                    audit_id,
                    principal,
                    request_id,
                    scope["method"],
                    scope["path"],
                    message["status"],
                )
                MutableHeaders(scope=message)["X-Audit-Trail"] = (
                    f"{self.base_path}/audit/{audit_id}"
                )
            await send(message)

        await self.app(scope, receive, send_audited)


def audit_trail(app: ASGIApp, runtime: Runtime) -> ASGIApp:
    """Wrap cs-cross-domain's app in the audit trail (``ApiDefinition.wrap``)."""
    return AuditTrailMiddleware(app, runtime, "/v1/cs-integrations")
