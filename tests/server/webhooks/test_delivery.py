"""Deliveries reach a real receiver quickly, signed, and are retried with growing delays."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from typing import Any

from contracts.webhook_signature import verify_envelope, verify_signature
from server.webhooks.dispatcher import Dispatcher
from tests.server.conftest import Api
from tests.server.webhooks.conftest import BASE
from tests.server.webhooks.receiver import Receiver


def test_delivery_arrives_within_two_seconds_signed(
    api: Api,
    headers: dict[str, str],
    dispatcher: Dispatcher,
    receiver: Receiver,
    subscribe: Callable[..., dict[str, Any]],
    new_event: Callable[..., dict[str, Any]],
) -> None:
    subscription = subscribe(receiver.url, ["event.created"])
    started = time.monotonic()
    event = new_event()
    receiver.wait_for(lambda _: receiver.of("id", event["id"]), timeout=5)
    [arrived] = receiver.of("id", event["id"])
    assert arrived.at - started < 2
    secret = subscription["secret"]
    assert verify_signature(secret, arrived.headers, arrived.body, tolerance=300)
    assert verify_envelope(secret, arrived.envelope, tolerance=300)
    envelope = arrived.envelope
    assert envelope["event"] == "event.created"
    assert envelope["version"] == "1.0"
    assert arrived.headers["X-Webhook-Id"] == envelope["id"]
    assert envelope["data"]["title"] == event["title"]


def test_receiver_down_gets_growing_intervals_then_delivered(
    api: Api,
    headers: dict[str, str],
    dispatcher: Dispatcher,
    receiver: Receiver,
    subscribe: Callable[..., dict[str, Any]],
    new_event: Callable[..., dict[str, Any]],
) -> None:
    policy = {"maxAttempts": 5, "initialDelaySeconds": 1, "backoffMultiplier": 3}
    subscription = subscribe(receiver.url, ["event.created"], retryPolicy=policy)
    receiver.statuses = [503, 503, 503]
    event = new_event()
    receiver.wait_for(lambda _: len(receiver.of("id", event["id"])) >= 4, timeout=15)
    attempts = receiver.of("id", event["id"])
    assert len(attempts) == 4
    assert len({a.envelope["id"] for a in attempts}) == 1
    gaps = [later.at - earlier.at for earlier, later in itertools.pairwise(attempts)]
    # 0.25 s, 0.75 s, 2.25 s give or take 20 % jitter and a poll interval.
    assert 0.15 < gaps[0] < gaps[1] < gaps[2], (gaps, [a.headers for a in attempts])
    assert gaps[2] > 1.5
    # The receiver has answered; the attempt is logged a moment later.
    path = f"{BASE}/webhooks/{subscription['id']}/deliveries"
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        log = api.request("GET", path, params={"status": "succeeded"}, headers=headers).json()
        if log["data"]:
            break
        time.sleep(0.05)
    [delivery] = [d for d in log["data"] if d["payload"]["data"]["id"] == event["id"]]
    assert delivery["status"] == "succeeded"
    assert [a.get("responseStatus") for a in delivery["attempts"]] == [503, 503, 503, 200]
    assert delivery["attempts"][0]["error"] == "HTTP 503 Service Unavailable"


def test_exhausted_retries_mark_the_delivery_failed(
    api: Api,
    headers: dict[str, str],
    dispatcher: Dispatcher,
    receiver: Receiver,
    subscribe: Callable[..., dict[str, Any]],
    new_event: Callable[..., dict[str, Any]],
) -> None:
    policy = {"maxAttempts": 2, "initialDelaySeconds": 1, "backoffMultiplier": 1}
    subscription = subscribe(receiver.url, ["event.created"], retryPolicy=policy)
    receiver.status = 500
    event = new_event()
    path = f"{BASE}/webhooks/{subscription['id']}/deliveries"
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        log = api.request("GET", path, params={"status": "failed"}, headers=headers).json()
        if log["data"]:
            break
        time.sleep(0.1)
    [delivery] = log["data"]
    assert delivery["payload"]["data"]["id"] == event["id"]
    assert delivery["attemptCount"] == 2
    assert "nextAttemptAt" not in delivery
    assert len(receiver.of("id", event["id"])) == 2


def test_tampered_or_replayed_delivery_fails_verification(
    api: Api,
    dispatcher: Dispatcher,
    receiver: Receiver,
    subscribe: Callable[..., dict[str, Any]],
    new_event: Callable[..., dict[str, Any]],
) -> None:
    secret = subscribe(receiver.url, ["event.created"])["secret"]
    event = new_event()
    receiver.wait_for(lambda _: receiver.of("id", event["id"]), timeout=5)
    [arrived] = receiver.of("id", event["id"])
    assert verify_signature(secret, arrived.headers, arrived.body)
    tampered = arrived.body.replace(event["id"].encode(), b"0" * 36)
    assert not verify_signature(secret, arrived.headers, tampered)
    envelope = arrived.envelope
    assert not verify_envelope(secret, {**envelope, "data": {**envelope["data"], "capacity": 1}})
    sent_at = int(arrived.headers["X-Webhook-Timestamp"])
    later = sent_at + 301
    assert not verify_signature(secret, arrived.headers, arrived.body, tolerance=300, now=later)
    assert not verify_envelope(secret, envelope, tolerance=300, now=later)
