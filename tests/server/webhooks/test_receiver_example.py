"""The documented example receiver accepts real deliveries and rejects forged or stale ones."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from contracts.webhook_signature import signed_delivery

EXAMPLE = Path(__file__).resolve().parents[3] / "docs" / "webhook_receiver.py"
SECRET = "whsec_" + "1" * 32
ENVELOPE = {
    "id": "whk_" + "a" * 24,
    "event": "checkin.completed",
    "timestamp": "2025-06-10T15:42:10Z",
    "version": "1.0",
    "data": {"registrationId": "r1", "location": "Hall A — east"},
}


@pytest.fixture
def example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("webhook_receiver", EXAMPLE)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_delivery_is_processed_once_and_its_retry_acknowledged(example: ModuleType) -> None:
    inbox = example.Inbox(SECRET)
    body, headers = signed_delivery(SECRET, ENVELOPE, timestamp=1000)
    assert inbox.accept(headers, body, now=1010) == (200, "processed")
    assert inbox.accept(headers, body, now=1010)[0] == 409  # the same request replayed
    retry_body, retry_headers = signed_delivery(SECRET, ENVELOPE, timestamp=1100)
    assert inbox.accept(retry_headers, retry_body, now=1100) == (
        200,
        "duplicate delivery, already processed",
    )


def test_forged_or_stale_delivery_is_401(example: ModuleType) -> None:
    inbox = example.Inbox(SECRET)
    body, headers = signed_delivery(SECRET, ENVELOPE, timestamp=1000)
    assert inbox.accept(headers, body.replace(b"r1", b"r2"), now=1000)[0] == 401
    assert inbox.accept(headers, body, now=1000 + 301)[0] == 401
    assert example.Inbox("whsec_other-secret").accept(headers, body, now=1000)[0] == 401
