"""Request counters of this process for ``GET /cs-integration/metrics``, kept in memory.

:class:`RequestMetricsMiddleware` records every answered request of the API it wraps under
its domain (the first path segment after the base path); the metrics operation reads a
:meth:`RequestMetrics.snapshot`, which cannot include the request asking for it because that
one is recorded only once answered.
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from threading import Lock

from starlette.types import ASGIApp, Message, Receive, Scope, Send

#: Durations kept for the 95th percentile.
RECENT = 1000
#: The domains ``GET /cs-integration/metrics`` reports; requests elsewhere are not counted.
TRACKED_DOMAINS = (
    "cs-integration",
    "cs-marketing",
    "cs-sales",
    "cs-product",
    "cs-finance",
    "cs-ops",
)


@dataclass(frozen=True)
class MetricsSnapshot:
    """The counters at one instant."""

    uptime_seconds: int
    requests_total: int
    requests_by_domain: dict[str, int]
    server_errors: int
    total_ms: float
    recent_ms: tuple[float, ...]

    @property
    def error_rate(self) -> float:
        """Share of requests answered with a 5xx (unrounded); 0 without requests."""
        return self.server_errors / self.requests_total if self.requests_total else 0.0

    @property
    def average_ms(self) -> float:
        """Mean time to answer (unrounded); 0 without requests."""
        return self.total_ms / self.requests_total if self.requests_total else 0.0

    @property
    def p95_ms(self) -> float:
        """Nearest-rank 95th percentile of the recent durations; 0 without requests."""
        if not self.recent_ms:
            return 0.0
        ordered = sorted(self.recent_ms)
        return ordered[math.ceil(0.95 * len(ordered)) - 1]


class RequestMetrics:
    """Thread-safe counters for a fixed set of domains."""

    def __init__(
        self,
        domains: Iterable[str] = TRACKED_DOMAINS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._clock = clock
        self._started = clock()
        self._lock = Lock()
        self._by_domain = dict.fromkeys(domains, 0)
        self._errors = 0
        self._total_ms = 0.0
        self._recent: deque[float] = deque(maxlen=RECENT)

    def record(self, domain: str, status: int, elapsed_ms: float) -> None:
        """Count one answered request (requests outside the known domains are ignored)."""
        with self._lock:
            if domain not in self._by_domain:
                return
            self._by_domain[domain] += 1
            self._errors += status >= 500
            self._total_ms += elapsed_ms
            self._recent.append(elapsed_ms)

    def snapshot(self) -> MetricsSnapshot:
        """The counters now."""
        with self._lock:
            return MetricsSnapshot(
                uptime_seconds=int(self._clock() - self._started),
                requests_total=sum(self._by_domain.values()),
                requests_by_domain=dict(self._by_domain),
                server_errors=self._errors,
                total_ms=self._total_ms,
                recent_ms=tuple(self._recent),
            )


class RequestMetricsMiddleware:
    """Times each request to ``base_path/<domain>/...`` and records it when answered."""

    def __init__(self, app: ASGIApp, metrics: RequestMetrics, base_path: str) -> None:
        self.app = app
        self.metrics = metrics
        self.base_path = base_path.rstrip("/")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def send_noting_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_noting_status)
        finally:
            path = str(scope["path"])[len(self.base_path) :]
            domain = path.strip("/").split("/", 1)[0]
            self.metrics.record(domain, status, (time.perf_counter() - started) * 1000)
