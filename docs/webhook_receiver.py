"""An example webhook receiver for the Event Management Platform API (standard library only).

Run it with ``WEBHOOK_SECRET=whsec_... python docs/webhook_receiver.py 8080`` and subscribe
``https://<your host>/hooks`` (behind your TLS proxy). It accepts a delivery only when:

1. ``X-Webhook-Signature`` is ``sha256=`` + HMAC-SHA256(secret, ``X-Webhook-Timestamp`` +
   ``"."`` + raw body), compared in constant time;
2. the timestamp is within ``TOLERANCE`` seconds of now (older copies are replays);
3. the envelope's own ``signature`` block verifies too (it signs ``timestamp.token.`` + the
   envelope without ``signature`` as compact JSON with sorted keys), and its token is new;
4. the delivery ``id`` has not been processed: retries keep the id, so answer 2xx again
   without doing the work twice.

Answer 2xx within 10 seconds and do slow work afterwards; anything else is retried.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import sys
import time
from collections.abc import Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

TOLERANCE = 300


def _hmac(secret: str, message: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def verify_headers(
    secret: str, headers: Mapping[str, str], body: bytes, now: float | None = None
) -> bool:
    """The header signature over the raw body, within the tolerance window."""
    lowered = {name.lower(): value for name, value in headers.items()}
    timestamp = lowered.get("x-webhook-timestamp", "")
    signature = lowered.get("x-webhook-signature", "")
    if not timestamp.isdigit():
        return False
    if abs((time.time() if now is None else now) - int(timestamp)) > TOLERANCE:
        return False
    return hmac.compare_digest(_hmac(secret, timestamp.encode() + b"." + body), signature)


def verify_envelope(secret: str, envelope: Mapping[str, Any], now: float | None = None) -> bool:
    """The body's ``signature`` block, within the tolerance window."""
    block = envelope.get("signature") or {}
    timestamp, token = str(block.get("timestamp", "")), str(block.get("token", ""))
    if not timestamp.isdigit() or not token:
        return False
    if abs((time.time() if now is None else now) - int(timestamp)) > TOLERANCE:
        return False
    unsigned = {key: value for key, value in envelope.items() if key != "signature"}
    canonical = json.dumps(unsigned, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    expected = _hmac(secret, f"{timestamp}.{token}.{canonical}".encode())
    return hmac.compare_digest(expected, str(block.get("signature", "")))


class Inbox:
    """Verifies deliveries and remembers what it has seen (use a database in production)."""

    def __init__(self, secret: str) -> None:
        self.secret = secret
        self.processed: set[str] = set()
        self.tokens: set[str] = set()

    def accept(
        self, headers: Mapping[str, str], body: bytes, now: float | None = None
    ) -> tuple[int, str]:
        """The HTTP status to answer and why."""
        if not verify_headers(self.secret, headers, body, now):
            return 401, "bad or stale signature"
        envelope = json.loads(body)
        if not verify_envelope(self.secret, envelope, now):
            return 401, "bad or stale envelope signature"
        token = envelope["signature"]["token"]
        if token in self.tokens:
            return 409, "replayed token"
        self.tokens.add(token)
        if envelope["id"] in self.processed:
            return 200, "duplicate delivery, already processed"
        self.processed.add(envelope["id"])
        print(f"{envelope['event']} {envelope['id']}: {json.dumps(envelope['data'])[:200]}")
        return 200, "processed"


def serve(port: int, secret: str) -> None:
    """Receive deliveries on ``127.0.0.1:port`` until interrupted."""
    inbox = Inbox(secret)

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            status, reason = inbox.accept(dict(self.headers), body)
            self.send_response(status)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self.wfile.write(reason.encode())

    ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()


if __name__ == "__main__":
    serve(int(sys.argv[1]) if len(sys.argv) > 1 else 8080, os.environ["WEBHOOK_SECRET"])  # noqa: TID251
