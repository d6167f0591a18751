"""Request and correlation ids: accepted from the client, generated when absent, echoed, logged."""

from __future__ import annotations

import logging
import re
import time
import uuid
from contextvars import ContextVar

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

_REQUEST_ID: ContextVar[str] = ContextVar("apikit_request_id", default="")
# The spec's X-Request-ID parameter: 1-200 visible ASCII characters. Anything else is replaced
# by a generated id rather than echoed (it could not be logged or sent back safely).
_ACCEPTABLE = re.compile(r"^[\x21-\x7E]{1,200}$")
access_log = logging.getLogger("apikit.access")


def current_request_id() -> str:
    """The id of the request being handled ('' outside a request)."""
    return _REQUEST_ID.get()


class RequestIdMiddleware:
    """Gives every request an id, echoes it as ``X-Request-ID``/``X-Correlation-ID``, logs it."""

    def __init__(self, app: ASGIApp, api: str) -> None:
        self.app = app
        self.api = api

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        request_id = _acceptable(headers.get("x-request-id"))
        correlation_id = _acceptable(headers.get("x-correlation-id"))
        request_id = request_id or correlation_id or str(uuid.uuid4())
        correlation_id = correlation_id or request_id
        token = _REQUEST_ID.set(request_id)
        started = time.perf_counter()
        status = 500

        async def send_with_ids(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                out = MutableHeaders(scope=message)
                out["X-Request-ID"] = request_id
                out["X-Correlation-ID"] = correlation_id
            await send(message)

        try:
            await self.app(scope, receive, send_with_ids)
        finally:
            access_log.info(
                "%s %s %s %d %.1fms request_id=%s",
                self.api,
                scope["method"],
                scope["path"],
                status,
                (time.perf_counter() - started) * 1000,
                request_id,
            )
            _REQUEST_ID.reset(token)


def _acceptable(value: str | None) -> str | None:
    return value if value is not None and _ACCEPTABLE.match(value) else None
