"""Request bodies over the configured limit are refused with 413 before anything parses them."""

from __future__ import annotations

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from server.http.errorformats import ErrorPolicy
from server.http.failure import Failure


class BodyTooLargeError(Exception):
    """A streamed body (no or a lying ``Content-Length``) went past the limit."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"request body larger than {limit} bytes")
        self.limit = limit


def too_large(limit: int) -> Failure:
    """The 413 failure for ``limit``."""
    return Failure(413, f"The request body is larger than the limit of {limit} bytes.")


class BodyLimitMiddleware:
    """Answers 413 when ``Content-Length`` exceeds ``limit``; counts streamed bodies as well.

    A streamed body that crosses the limit raises :class:`BodyTooLargeError` from ``receive``;
    the API's exception handlers render it as 413.
    """

    def __init__(self, app: ASGIApp, policy: ErrorPolicy, limit: int) -> None:
        self.app = app
        self.policy = policy
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        declared = headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            response = self.policy.response(too_large(self.limit), scope["path"])
            await response(scope, receive, send)
            return
        if declared is None and "transfer-encoding" in headers:
            await self._buffered(scope, receive, send)
            return
        seen = 0

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise BodyTooLargeError(self.limit)
            return message

        await self.app(scope, counting_receive, send)

    async def _buffered(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Read a chunked body up to the limit, then replay it with a ``Content-Length``.

        Connexion reads a body only when ``Content-Length`` says there is one, so a chunked
        body would otherwise look empty to validation and handlers.
        """
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                await self.app(scope, receive, send)  # disconnect: let the app see it
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                response = self.policy.response(too_large(self.limit), scope["path"])
                await response(scope, receive, send)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        scope = dict(scope)
        scope["headers"] = [
            (name, value) for name, value in scope["headers"] if name != b"transfer-encoding"
        ]
        MutableHeaders(scope=scope)["content-length"] = str(len(body))
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)
