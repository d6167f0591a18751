"""Signing and verifying webhook deliveries (shared by the server and the sandbox mock).

A delivery carries three headers: ``X-Webhook-Id`` (unique per delivery),
``X-Webhook-Timestamp`` (Unix seconds) and ``X-Webhook-Signature: sha256=<hex>``, where the hex
digest is HMAC-SHA256 with the subscription's secret over ``f"{timestamp}.".encode() + body``.
Receivers reject timestamps outside a tolerance window to stop replays.

The body itself is the envelope of the specs' ``WebhookSignature`` (seed 003 section 6.3), whose
``signature`` member is ``{timestamp, token, signature}``: ``sha256=`` + HMAC-SHA256 hex, with
the same secret, of ``f"{timestamp}.{token}." + canonical`` where ``canonical`` is the envelope
without ``signature`` as compact JSON with sorted keys (UTF-8, not ASCII-escaped). A delivery
carries both; :func:`signed_delivery` makes them from one timestamp, so either check suffices.
APIs whose body has no ``signature`` member sign with the headers alone (:func:`signed_body`).
Verify with :func:`verify_signature` (headers and raw body) or :func:`verify_envelope` (parsed
body), then discard ids already seen: retries of a delivery keep its id.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import time
import uuid
from collections.abc import Mapping
from typing import Any

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


def canonical_envelope(envelope: Mapping[str, Any]) -> str:
    """The signed text of an envelope: without ``signature``, compact JSON, keys sorted."""
    unsigned = {key: value for key, value in envelope.items() if key != "signature"}
    return json.dumps(unsigned, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def envelope_signature(
    secret: str, envelope: Mapping[str, Any], timestamp: int | str, token: str
) -> str:
    """``sha256=`` + HMAC-SHA256 hex of ``timestamp.token.canonical`` (``WebhookSignature``)."""
    message = f"{timestamp}.{token}.{canonical_envelope(envelope)}".encode()
    return PREFIX + hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


def sign_envelope(
    secret: str,
    envelope: Mapping[str, Any],
    *,
    timestamp: int | None = None,
    token: str | None = None,
) -> dict[str, Any]:
    """A copy of ``envelope`` with its ``signature`` block (now and a fresh token by default)."""
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    nonce = token or secrets.token_hex(16)
    signed = {key: value for key, value in envelope.items() if key != "signature"}
    signed["signature"] = {
        "timestamp": stamp,
        "token": nonce,
        "signature": envelope_signature(secret, signed, stamp, nonce),
    }
    return signed


def verify_envelope(
    secret: str,
    envelope: Mapping[str, Any],
    tolerance: float = 300,
    *,
    now: float | None = None,
) -> bool:
    """Whether the envelope's ``signature`` block is valid and made within ``tolerance`` seconds."""
    block = envelope.get("signature")
    if not isinstance(block, Mapping):
        return False
    timestamp, token, signature = (block.get(k) for k in ("timestamp", "token", "signature"))
    if not (isinstance(timestamp, str) and timestamp.isdigit()):
        return False
    if not isinstance(token, str) or not isinstance(signature, str):
        return False
    current = time.time() if now is None else now
    if abs(current - int(timestamp)) > tolerance:
        return False
    return hmac.compare_digest(envelope_signature(secret, envelope, timestamp, token), signature)


def signed_delivery(
    secret: str, envelope: Mapping[str, Any], *, timestamp: int | None = None
) -> tuple[bytes, dict[str, str]]:
    """The body (envelope with its ``signature`` block) and the three headers, one timestamp.

    ``X-Webhook-Id`` is the envelope's ``id``, so a receiver deduplicating on either sees the
    same value on every retry.
    """
    stamp = int(time.time()) if timestamp is None else timestamp
    signed = sign_envelope(secret, envelope, timestamp=stamp)
    body = json.dumps(signed, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return body, signed_headers(secret, body, webhook_id=str(envelope["id"]), timestamp=stamp)


def signed_body(
    secret: str, payload: Mapping[str, Any], *, webhook_id: str, timestamp: int | None = None
) -> tuple[bytes, dict[str, str]]:
    """``payload`` as compact JSON and the three headers signing it (no signature in the body).

    For APIs whose delivery body is the event alone: the headers are the whole signature.
    """
    body = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return body, signed_headers(secret, body, webhook_id=webhook_id, timestamp=timestamp)
