"""Request counters of this process (per API): totals, per domain, 5xx share, response times."""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from threading import Lock

from starlette.types import ASGIApp, Message, Receive, Scope, Send


@dataclass(frozen=True)
class StatsSnapshot:
    """The counters at one moment."""

    uptime_seconds: int
    requests_total: int
    requests_by_domain: dict[str, int]
    error_rate: float
    average_response_time_ms: float
    p95_response_time_ms: float


class RequestStats:
    """Counters updated by :class:`RequestStatsMiddleware`; read by the metrics operation."""

    def __init__(self, window: int = 1000, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._started = clock()
        self._lock = Lock()
        self._total = 0
        self._errors = 0
        self._elapsed_ms = 0.0
        self._by_domain: dict[str, int] = {}
        self._recent: deque[float] = deque(maxlen=window)

    def record(self, domain: str, status: int, elapsed_ms: float) -> None:
        """Count one answered request."""
        with self._lock:
            self._total += 1
            self._errors += status >= 500
            self._elapsed_ms += elapsed_ms
            self._by_domain[domain] = self._by_domain.get(domain, 0) + 1
            self._recent.append(elapsed_ms)

    def snapshot(self) -> StatsSnapshot:
        """The counters now (a request being answered is not in them yet)."""
        with self._lock:
            recent = sorted(self._recent)
            p95 = recent[max(0, math.ceil(0.95 * len(recent)) - 1)] if recent else 0.0
            return StatsSnapshot(
                uptime_seconds=int(self._clock() - self._started),
                requests_total=self._total,
                requests_by_domain=dict(self._by_domain),
                error_rate=round(self._errors / self._total, 3) if self._total else 0.0,
                average_response_time_ms=round(self._elapsed_ms / self._total, 1)
                if self._total
                else 0.0,
                p95_response_time_ms=round(p95, 1),
            )


class RequestStatsMiddleware:
    """Times every request of one API and records it under its domain."""

    def __init__(self, app: ASGIApp, stats: RequestStats, domain_of: Callable[[str], str]):
        self.app = app
        self.stats = stats
        self.domain_of = domain_of

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def send_and_watch(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_and_watch)
        finally:
            elapsed = (time.perf_counter() - started) * 1000
            self.stats.record(self.domain_of(scope["path"]), status, elapsed)
