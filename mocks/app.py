"""The mock's ASGI application: a lean HTTP front on :class:`~mocks.runtime.MockRuntime`.

Written against raw ASGI rather than a framework: the hot path (route, validate, send
pre-rendered bytes) is a few dictionary lookups, which is what lets one process stay ahead of
Prism. The runtime reference is swapped atomically on reload; CORS is added here.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from mocks.rendering import Reply
from mocks.request import MockRequest
from mocks.runtime import MockRuntime

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]
SandboxHandler = Callable[[MockRuntime, MockRequest], Awaitable[Reply | None]]

log = logging.getLogger("apikit.mock")

_CORS = [
    (b"access-control-allow-origin", b"*"),
    (b"access-control-allow-headers", b"*"),
    (b"access-control-allow-credentials", b"true"),
    (b"access-control-expose-headers", b"*"),
]
_METHODS = b"GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS"


class MockApp:
    """ASGI entry point; ``runtime`` may be replaced at any time (``--watch``)."""

    def __init__(
        self,
        runtime: MockRuntime,
        *,
        sandbox: SandboxHandler | None = None,
        front: SandboxHandler | None = None,
    ) -> None:
        self.runtime = runtime
        self.sandbox = sandbox
        self.front = front

    def swap(self, runtime: MockRuntime) -> None:
        """Serve new requests from ``runtime``; requests in flight keep the old one."""
        self.runtime = runtime

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Handle one ASGI connection scope."""
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        runtime = self.runtime
        body = b""
        more = True
        while more:
            message = await receive()
            body += message.get("body", b"")
            more = message.get("more_body", False)
        request = MockRequest.from_scope(scope, body)
        cors = runtime.settings.cors
        origin = request.headers.get("origin")
        if (
            cors
            and request.method == "OPTIONS"
            and "access-control-request-method" in request.headers
        ):
            await _send(send, 204, self._preflight(request), b"", head=False)
            return
        try:
            reply = None
            if self.front is not None:
                reply = await self.front(runtime, request)
            if reply is None and self.sandbox is not None and request.path.startswith("/__sandbox"):
                reply = await self.sandbox(runtime, request)
            if reply is None:
                reply = await runtime.handle(request)
        except Exception:
            log.exception("mock failed on %s %s", request.method, request.path)
            reply = Reply(
                500,
                [("content-type", "application/problem+json")],
                b'{"type":"urn:apikit:mock:internal-error","title":"Internal Server Error",'
                b'"status":500,"detail":"the mock failed; see its log"}',
            )
        headers = [
            (k.lower().encode("latin-1"), v.encode("latin-1", "replace")) for k, v in reply.headers
        ]
        if cors:
            headers.extend(_CORS)
            if origin:
                headers[-4] = (b"access-control-allow-origin", origin.encode("latin-1"))
        await _send(send, reply.status, headers, reply.body, head=request.method == "HEAD")

    @staticmethod
    def _preflight(request: MockRequest) -> list[tuple[bytes, bytes]]:
        asked = request.headers.get("access-control-request-headers", "*")
        return [
            (b"access-control-allow-origin", request.headers.get("origin", "*").encode("latin-1")),
            (b"access-control-allow-methods", _METHODS),
            (b"access-control-allow-headers", asked.encode("latin-1")),
            (b"access-control-allow-credentials", b"true"),
            (b"access-control-max-age", b"86400"),
            (b"vary", b"origin"),
        ]


async def _send(
    send: Send, status: int, headers: list[tuple[bytes, bytes]], body: bytes, *, head: bool
) -> None:
    headers.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": b"" if head else body})


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
