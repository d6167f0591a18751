"""Test deliveries, manual redelivery, and subscriptions disabled after failing in a row."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from contracts.webhook_signature import verify_signature
from server.webhooks.dispatcher import Dispatcher
from tests.server.conftest import Api
from tests.server.webhooks.conftest import BASE, webhook_settings
from tests.server.webhooks.receiver import Receiver

Subscribe = Callable[..., dict[str, Any]]


def wait_for_log(
    api: Api, headers: dict[str, str], subscription_id: str, status: str, count: int = 1
) -> list[dict[str, Any]]:
    path = f"{BASE}/webhooks/{subscription_id}/deliveries"
    deadline = time.monotonic() + 10
    while True:
        found: list[dict[str, Any]] = api.request(
            "GET", path, params={"status": status}, headers=headers
        ).json()["data"]
        if len(found) >= count or time.monotonic() > deadline:
            return found
        time.sleep(0.05)


def test_test_delivery_is_posted_and_logged(
    api: Api, headers: dict[str, str], receiver: Receiver, subscribe: Subscribe
) -> None:
    subscription = subscribe(receiver.url, ["event.created"], enabled=False)
    path = f"{BASE}/webhooks/{subscription['id']}/test"
    answer = api.request("POST", path, json={"event": "payment.refunded"}, headers=headers)
    assert answer.status_code == 200, answer.text
    delivery = answer.json()
    assert delivery["status"] == "succeeded" and delivery["test"] is True
    assert delivery["attempts"][0]["responseStatus"] == 200
    [request] = receiver.received
    assert request.envelope["id"] == delivery["id"]
    assert request.envelope["event"] == "payment.refunded"
    assert verify_signature(subscription["secret"], request.headers, request.body)


def test_test_delivery_to_a_failing_receiver_is_200_and_failed(
    api: Api, headers: dict[str, str], receiver: Receiver, subscribe: Subscribe
) -> None:
    receiver.status = 500
    subscription = subscribe(receiver.url, ["event.created"])
    path = f"{BASE}/webhooks/{subscription['id']}/test"
    answer = api.request("POST", path, json={"event": "event.created"}, headers=headers)
    assert answer.status_code == 200
    assert answer.json()["status"] == "failed"
    assert answer.json()["attempts"][0]["error"] == "HTTP 500 Internal Server Error"


def test_failed_delivery_is_delivered_again_on_request(
    api: Api,
    headers: dict[str, str],
    dispatcher: Dispatcher,
    receiver: Receiver,
    subscribe: Subscribe,
    new_event: Callable[..., dict[str, Any]],
) -> None:
    policy = {"maxAttempts": 1, "initialDelaySeconds": 1, "backoffMultiplier": 1}
    subscription = subscribe(receiver.url, ["event.created"], retryPolicy=policy)
    receiver.statuses = [503]
    event = new_event()
    [failed] = wait_for_log(api, headers, subscription["id"], "failed")
    base = f"{BASE}/webhooks/{subscription['id']}/deliveries"
    again = api.request("POST", f"{base}/{failed['id']}/redeliver", headers=headers)
    assert again.status_code == 202, again.text
    queued = again.json()
    assert queued["id"] != failed["id"] and queued["status"] == "pending"
    assert queued["payload"]["data"] == failed["payload"]["data"]
    [succeeded] = wait_for_log(api, headers, subscription["id"], "succeeded")
    assert succeeded["id"] == queued["id"]
    assert [r.envelope["id"] for r in receiver.of("id", event["id"])] == [
        failed["id"],
        queued["id"],
    ]
    twice = api.request("POST", f"{base}/{succeeded['id']}/redeliver", headers=headers)
    assert twice.status_code == 409
    unknown = api.request("POST", f"{base}/whk_{'0' * 24}/redeliver", headers=headers)
    assert unknown.status_code == 404


def test_subscription_is_disabled_after_failures_in_a_row(
    api: Api,
    headers: dict[str, str],
    receiver: Receiver,
    subscribe: Subscribe,
    new_event: Callable[..., dict[str, Any]],
    tmp_path: Path,
) -> None:
    settings = webhook_settings(tmp_path, webhook_disable_after=2)
    running = Dispatcher(api.runtime.database, settings)
    running.start()
    try:
        policy = {"maxAttempts": 1, "initialDelaySeconds": 1, "backoffMultiplier": 1}
        subscription = subscribe(receiver.url, ["event.created"], retryPolicy=policy)
        receiver.status = 500
        new_event()
        new_event()
        wait_for_log(api, headers, subscription["id"], "failed", count=2)
        path = f"{BASE}/webhooks/{subscription['id']}"
        deadline = time.monotonic() + 5
        while api.request("GET", path, headers=headers).json()["enabled"]:
            assert time.monotonic() < deadline
            time.sleep(0.05)
        new_event()
        time.sleep(0.5)
        assert len(receiver.received) == 2
    finally:
        running.stop()


def test_finished_deliveries_older_than_30_days_are_pruned(
    api: Api, headers: dict[str, str], receiver: Receiver, subscribe: Subscribe, tmp_path: Path
) -> None:
    from datetime import timedelta

    from server.storage.models.base import utcnow
    from server.storage.models.event_webhooks import WebhookDelivery

    subscription = subscribe(receiver.url, ["event.created"])
    path = f"{BASE}/webhooks/{subscription['id']}/test"
    old, recent = (
        api.request("POST", path, json={"event": "event.created"}, headers=headers).json()["id"]
        for _ in range(2)
    )
    with api.runtime.database.session() as session:
        row = session.get(WebhookDelivery, old)
        assert row is not None
        row.created_at = utcnow() - timedelta(days=31)
    pruner = Dispatcher(api.runtime.database, webhook_settings(tmp_path))
    try:
        assert pruner.prune() >= 1
    finally:
        pruner.stop()
    log = api.request("GET", f"{BASE}/webhooks/{subscription['id']}/deliveries", headers=headers)
    assert [d["id"] for d in log.json()["data"]] == [recent]
