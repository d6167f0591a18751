"""The envelope's ``signature`` block (specs ``WebhookSignature``) and the signed delivery."""

from __future__ import annotations

import hashlib
import hmac
import json

from contracts.webhook_signature import (
    sign_envelope,
    signed_delivery,
    verify_envelope,
    verify_signature,
)

ENVELOPE = {
    "id": "whk_5f9a3c2e8b7d6e5f4a3c2e1b",
    "event": "registration.confirmed",
    "timestamp": "2025-04-22T14:30:15Z",
    "version": "1.0",
    "data": {"id": "r1", "name": "Zoë"},
}


def test_block_is_hmac_of_timestamp_token_and_sorted_compact_json() -> None:
    signed = sign_envelope("k", ENVELOPE, timestamp=1619093415, token="abc123")
    canonical = json.dumps(ENVELOPE, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    message = f"1619093415.abc123.{canonical}".encode()
    expected = "sha256=" + hmac.new(b"k", message, hashlib.sha256).hexdigest()
    assert signed["signature"] == {
        "timestamp": "1619093415",
        "token": "abc123",
        "signature": expected,
    }


def test_signed_envelope_verifies_and_resigning_replaces_the_block() -> None:
    signed = sign_envelope("k", ENVELOPE, timestamp=1000)
    assert verify_envelope("k", signed, tolerance=5, now=1004)
    again = sign_envelope("k", signed, timestamp=2000)
    assert again["signature"]["timestamp"] == "2000"
    assert verify_envelope("k", again, tolerance=5, now=2000)


def test_tampered_data_wrong_secret_or_stale_timestamp_fails() -> None:
    signed = sign_envelope("k", ENVELOPE, timestamp=1000)
    assert not verify_envelope("k", {**signed, "data": {"id": "r2"}}, now=1000)
    assert not verify_envelope("x", signed, now=1000)
    assert not verify_envelope("k", signed, tolerance=300, now=1301)
    assert not verify_envelope("k", ENVELOPE)


def test_delivery_body_and_headers_carry_one_timestamp() -> None:
    body, headers = signed_delivery("k", ENVELOPE, timestamp=1000)
    parsed = json.loads(body)
    assert headers["X-Webhook-Id"] == ENVELOPE["id"]
    assert headers["X-Webhook-Timestamp"] == parsed["signature"]["timestamp"] == "1000"
    assert verify_signature("k", headers, body, now=1000)
    assert verify_envelope("k", parsed, now=1000)
    assert not verify_signature("k", headers, body.replace(b"r1", b"r2"), now=1000)
