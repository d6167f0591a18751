"""Signing and verifying webhook deliveries (shared by the server and the sandbox mock).

A delivery carries three headers: ``X-Webhook-Id`` (unique per delivery),
``X-Webhook-Timestamp`` (Unix seconds) and ``X-Webhook-Signature: sha256=<hex>``, where the hex
digest is HMAC-SHA256 with the subscription's secret over ``f"{timestamp}.".encode() + body``.
Receivers reject timestamps outside a tolerance window to stop replays.
"""

from __future__ import annotations

import hashlib
import hmac
import time
import uuid
from collections.abc import Mapping

ID_HEADER = "X-Webhook-Id"
TIMESTAMP_HEADER = "X-Webhook-Timestamp"
SIGNATURE_HEADER = "X-Webhook-Signature"
PREFIX = "sha256="


def sign(secret: str, timestamp: int | str, body: bytes) -> str:
    """The ``X-Webhook-Signature`` value: ``sha256=`` + HMAC-SHA256 hex of ``timestamp.body``."""
    message = str(timestamp).encode("ascii") + b"." + body
    digest = hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()
    return PREFIX + digest


def signed_headers(
    secret: str, body: bytes, *, webhook_id: str | None = None, timestamp: int | None = None
) -> dict[str, str]:
    """The three delivery headers for ``body`` (a fresh id and the current time by default)."""
    stamp = int(time.time()) if timestamp is None else timestamp
    return {
        ID_HEADER: webhook_id or f"wh_{uuid.uuid4().hex}",
        TIMESTAMP_HEADER: str(stamp),
        SIGNATURE_HEADER: sign(secret, stamp, body),
    }


def verify_signature(
    secret: str,
    headers: Mapping[str, str],
    body: bytes,
    tolerance: float = 300,
    *,
    now: float | None = None,
) -> bool:
    """Whether ``headers`` carry a valid signature of ``body`` made within ``tolerance`` seconds.

    Header names are matched case-insensitively; the comparison is constant-time.
    """
    lowered = {name.lower(): value for name, value in headers.items()}
    timestamp = lowered.get(TIMESTAMP_HEADER.lower(), "")
    signature = lowered.get(SIGNATURE_HEADER.lower(), "")
    if not timestamp.isdigit() or not signature.startswith(PREFIX):
        return False
    current = time.time() if now is None else now
    if abs(current - int(timestamp)) > tolerance:
        return False
    return hmac.compare_digest(sign(secret, timestamp, body), signature)
