"""Per-client rate limits with ``X-RateLimit-*`` headers and 429 + ``Retry-After`` over the limit.

Counters are fixed windows kept in this process's memory: exact for one worker, and per
worker with ``--workers N`` (each worker then allows the limit on its own). A shared store
(Redis, the database) would slot in behind :class:`FixedWindowCounter`'s two methods.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from server.auth.principal import Caller
from server.http.errorformats import ErrorPolicy
from server.http.failure import Failure
from server.http.response_headers import set_headers


@dataclass(frozen=True)
class Limit:
    """``requests`` per ``window_seconds``."""

    requests: int
    window_seconds: int

    @classmethod
    def parse(cls, text: str) -> Limit:
        """``"1000/3600"`` -> 1000 requests per hour."""
        requests, _, seconds = text.partition("/")
        return cls(int(requests), int(seconds or "60"))


#: Chooses the bucket and limit of a request: ``(caller, path) -> (bucket, limit)``.
RatePolicy = Callable[[Caller, str], tuple[str, Limit]]


class FixedWindowCounter:
    """Request counts per bucket in the current window (in memory, one event loop)."""

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._clock = clock
        self._windows: dict[str, tuple[int, int]] = {}

    def hit(self, bucket: str, limit: Limit) -> tuple[bool, int, int]:
        """Count one request: ``(allowed, remaining, reset_epoch_seconds)``."""
        now = self._clock()
        start = int(now // limit.window_seconds) * limit.window_seconds
        window_start, count = self._windows.get(bucket, (start, 0))
        if window_start != start:
            window_start, count = start, 0
        reset = window_start + limit.window_seconds
        if count >= limit.requests:
            return False, 0, reset
        count += 1
        self._windows[bucket] = (window_start, count)
        if len(self._windows) > 100_000:  # forget finished windows rather than grow forever
            self._windows = {k: v for k, v in self._windows.items() if v[0] == start}
        return True, limit.requests - count, reset

    def now(self) -> float:
        """The counter's clock."""
        return self._clock()


class RateLimitMiddleware:
    """Counts each request against its caller's bucket and reports the state in headers."""

    def __init__(
        self,
        app: ASGIApp,
        policy: ErrorPolicy,
        rate_policy: RatePolicy,
        identify: Callable[[Scope], Caller],
        counter: FixedWindowCounter | None = None,
    ) -> None:
        self.app = app
        self.policy = policy
        self.rate_policy = rate_policy
        self.identify = identify
        self.counter = counter or FixedWindowCounter()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        caller = self.identify(scope)
        bucket, limit = self.rate_policy(caller, scope["path"])
        allowed, remaining, reset = self.counter.hit(bucket, limit)
        if not allowed:
            retry_after = max(1, math.ceil(reset - self.counter.now()))
            failure = Failure(
                429,
                f"Rate limit of {limit.requests} requests per {limit.window_seconds} s "
                f"exceeded; retry after {retry_after} s.",
                title="Rate limit exceeded",
                headers={
                    "X-RateLimit-Limit": str(limit.requests),
                    "X-RateLimit-Remaining": str(remaining),
                    "X-RateLimit-Reset": str(reset),
                    "Retry-After": str(retry_after),
                },
            )
            await self.policy.response(failure, scope["path"])(scope, receive, send)
            return

        stamped = (
            (b"x-ratelimit-limit", str(limit.requests).encode()),
            (b"x-ratelimit-remaining", str(remaining).encode()),
            (b"x-ratelimit-reset", str(reset).encode()),
        )

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                set_headers(message, stamped)
            await send(message)

        await self.app(scope, receive, send_with_headers)
