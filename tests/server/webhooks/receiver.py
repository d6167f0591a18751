"""A real HTTP receiver on loopback that records every webhook POST it gets."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class Received:
    """One request as the receiver saw it."""

    headers: dict[str, str]
    body: bytes
    at: float

    @property
    def envelope(self) -> dict[str, Any]:
        """The parsed body."""
        parsed: dict[str, Any] = json.loads(self.body)
        return parsed


class Receiver:
    """Records POSTs; answers ``statuses`` in turn (then ``status``); can stop and come back."""

    def __init__(self, port: int = 0) -> None:
        self.port = port
        self.status = 200
        self.statuses: list[int] = []
        #: When set, decides the answer from ``X-Webhook-Id`` (after ``statuses`` run out).
        self.status_of: Callable[[str], int] | None = None
        self.received: list[Received] = []
        self.lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        """Where to subscribe."""
        return f"http://127.0.0.1:{self.port}/hooks"

    def start(self) -> Receiver:
        """Listen (on the same port again after :meth:`stop`)."""
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                with receiver.lock:
                    receiver.received.append(Received(dict(self.headers), body, time.monotonic()))
                    if receiver.statuses:
                        status = receiver.statuses.pop(0)
                    elif receiver.status_of is not None:
                        status = receiver.status_of(self.headers.get("X-Webhook-Id", ""))
                    else:
                        status = receiver.status
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        server.daemon_threads = True
        self.port = server.server_address[1]
        threading.Thread(target=server.serve_forever, daemon=True).start()
        self._server = server
        return self

    def stop(self) -> None:
        """Stop listening (connections are then refused)."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def of(self, key: str, value: str) -> list[Received]:
        """Requests whose ``data[key]`` is ``value``."""
        with self.lock:
            return [r for r in self.received if r.envelope.get("data", {}).get(key) == value]

    def wait_for(self, predicate: Any, timeout: float = 10) -> list[Received]:
        """Poll until ``predicate(received)`` holds; the requests so far."""
        deadline = time.monotonic() + timeout
        while True:
            with self.lock:
                snapshot = list(self.received)
            if predicate(snapshot) or time.monotonic() > deadline:
                return snapshot
            time.sleep(0.02)
