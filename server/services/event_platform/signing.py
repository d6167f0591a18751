"""Webhook envelopes and their signatures (specs ``WebhookSignature``, seed 003 section 6.4).

The algorithm lives in :mod:`contracts.webhook_signature`, shared with the sandbox mock so
both sign identically; this module builds the event-platform's envelope around it.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from contracts.webhook_signature import canonical_envelope, envelope_signature, sign_envelope
from server.services.event_platform.values import iso

PAYLOAD_VERSION = "1.0"


def new_delivery_id() -> str:
    """``whk_`` and 24 random hex digits."""
    return "whk_" + secrets.token_hex(12)


def canonical(envelope: Mapping[str, Any]) -> str:
    """The signed body: the envelope without ``signature``, compact, keys sorted."""
    return canonical_envelope(envelope)


def signature_of(envelope: Mapping[str, Any], secret: str, timestamp: str, token: str) -> str:
    """``sha256=<hex>`` of the envelope for ``timestamp`` and ``token``."""
    return envelope_signature(secret, envelope, timestamp, token)


def envelope_of(
    delivery_id: str, event_type: str, occurred: datetime, data: Mapping[str, Any]
) -> dict[str, Any]:
    """The seed 003 section 6.3 envelope of ``data``, not yet signed."""
    return {
        "id": delivery_id,
        "event": event_type,
        "timestamp": iso(occurred),
        "version": PAYLOAD_VERSION,
        "data": dict(data),
    }


def signed_envelope(
    delivery_id: str, event_type: str, occurred: datetime, data: Mapping[str, Any], secret: str
) -> dict[str, Any]:
    """The envelope of ``data``, signed now with a fresh token (each attempt signs anew)."""
    return sign_envelope(secret, envelope_of(delivery_id, event_type, occurred, data))
