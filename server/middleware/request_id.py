"""Request and correlation ids: accepted from the client, generated when absent, echoed, logged."""

from __future__ import annotations

import logging
import os
import re
import time
from contextvars import ContextVar

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from server.http.response_headers import set_headers

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
        request_id = correlation_id = None
        for name, value in scope["headers"]:  # the first of each, as Headers.get gives
            if name == b"x-request-id" and request_id is None:
                request_id = value.decode("latin-1")
            elif name == b"x-correlation-id" and correlation_id is None:
                correlation_id = value.decode("latin-1")
        request_id = _acceptable(request_id)
        correlation_id = _acceptable(correlation_id)
        request_id = request_id or correlation_id or new_request_id()
        correlation_id = correlation_id or request_id
        token = _REQUEST_ID.set(request_id)
        started = time.perf_counter()
        status = 500
        ids = (
            (b"x-request-id", request_id.encode("latin-1")),
            (b"x-correlation-id", correlation_id.encode("latin-1")),
        )

        async def send_with_ids(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                set_headers(message, ids)
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


def new_request_id() -> str:
    """A random (version 4) UUID in its text form.

    Equal in distribution to ``str(uuid.uuid4())``, formatted directly: building the
    ``uuid.UUID`` object cost more than the rest of this middleware.
    """
    digits = os.urandom(16).hex()
    variant = "89ab"[int(digits[16], 16) & 3]
    return f"{digits[:8]}-{digits[8:12]}-4{digits[13:16]}-{variant}{digits[17:20]}-{digits[20:]}"


def _acceptable(value: str | None) -> str | None:
    return value if value is not None and _ACCEPTABLE.match(value) else None
