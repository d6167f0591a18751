"""Webhook envelopes and their signatures (specs ``WebhookSignature``, seed 003 section 6.4).

The signature is ``sha256=`` + hex HMAC-SHA256, keyed with the subscription's secret, of
``<timestamp>.<token>.<body>`` where ``<body>`` is the envelope without ``signature`` as
compact JSON with sorted keys. The delivery worker and test deliveries sign the same way.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from server.services.event_platform.values import iso

PAYLOAD_VERSION = "1.0"


def new_delivery_id() -> str:
    """``whk_`` and 24 random hex digits."""
    return "whk_" + secrets.token_hex(12)


def canonical(envelope: Mapping[str, Any]) -> str:
    """The signed body: the envelope without ``signature``, compact, keys sorted."""
    unsigned = {key: value for key, value in envelope.items() if key != "signature"}
    return json.dumps(unsigned, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def signature_of(envelope: Mapping[str, Any], secret: str, timestamp: str, token: str) -> str:
    """``sha256=<hex>`` of the envelope for ``timestamp`` and ``token``."""
    message = f"{timestamp}.{token}.{canonical(envelope)}".encode()
    return "sha256=" + hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def signed_envelope(
    delivery_id: str, event_type: str, occurred: datetime, data: Mapping[str, Any], secret: str
) -> dict[str, Any]:
    """The seed 003 section 6.3 envelope of ``data``, signed now with a fresh token."""
    envelope: dict[str, Any] = {
        "id": delivery_id,
        "event": event_type,
        "timestamp": iso(occurred),
        "version": PAYLOAD_VERSION,
        "data": dict(data),
    }
    timestamp = str(int(occurred.timestamp()))
    token = secrets.token_hex(16)
    envelope["signature"] = {
        "timestamp": timestamp,
        "token": token,
        "signature": signature_of(envelope, secret, timestamp, token),
    }
    return envelope
