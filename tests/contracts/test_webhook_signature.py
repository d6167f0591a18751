"""Webhook signatures: HMAC-SHA256 over ``timestamp.body``, checked with a tolerance."""

from __future__ import annotations

import hashlib
import hmac

from contracts.webhook_signature import sign, signed_headers, verify_signature


def test_signature_is_hmac_sha256_of_timestamp_dot_body() -> None:
    expected = hmac.new(b"k", b"1700000000.{}", hashlib.sha256).hexdigest()
    assert sign("k", 1700000000, b"{}") == f"sha256={expected}"


def test_valid_signature_verifies_case_insensitively() -> None:
    headers = signed_headers("k", b"{}", timestamp=1000)
    lowered = {name.lower(): value for name, value in headers.items()}
    assert verify_signature("k", lowered, b"{}", tolerance=5, now=1003)


def test_tampered_body_or_wrong_secret_fails() -> None:
    headers = signed_headers("k", b"{}", timestamp=1000)
    assert not verify_signature("k", headers, b"{ }", tolerance=5, now=1000)
    assert not verify_signature("x", headers, b"{}", tolerance=5, now=1000)


def test_old_timestamp_is_rejected() -> None:
    headers = signed_headers("k", b"{}", timestamp=1000)
    assert not verify_signature("k", headers, b"{}", tolerance=300, now=1301)
    assert not verify_signature("k", {}, b"{}")
