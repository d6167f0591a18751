"""cs-integration endpoints get signed deliveries of their events, retried, logged, stoppable."""

from __future__ import annotations

import itertools
import shutil
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from contracts.webhook_signature import verify_signature
from server.settings import DEFAULT_SPECS_DIR, Settings
from server.webhooks.dispatcher import Dispatcher
from tests.server.conftest import Api
from tests.server.cs_integration.conftest import CsClient
from tests.server.webhooks.conftest import webhook_settings
from tests.server.webhooks.receiver import Received, Receiver

WEBHOOKS = "/cs-integration/webhooks"
HEALTH_CHANGE = "/cs-integration/events/health-change"
#: The spec's retry delays are 1, 2, 4 ... minutes; scaled to 0.3, 0.6, 1.2 ... seconds here.
DELAY_SCALE = 0.005


@pytest.fixture(scope="module")
def wh_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The cs-integration API alone (building every API takes seconds), with short delays."""
    specs = tmp_path_factory.mktemp("specs")
    shutil.copy(DEFAULT_SPECS_DIR / "cs-integration.yaml", specs)
    shutil.copytree(DEFAULT_SPECS_DIR / "common", specs / "common")
    data = tmp_path_factory.mktemp("cs-webhooks") / "data"
    return webhook_settings(
        data, specs_dir=specs, webhook_delay_scale=DELAY_SCALE, validate_responses=True
    )


@pytest.fixture
def cs(api: Api) -> CsClient:
    return CsClient(api)


@pytest.fixture
def register(cs: CsClient) -> Iterator[Callable[..., dict[str, Any]]]:
    """Register endpoints (removed afterwards, so later tests' events do not reach them)."""
    made: list[str] = []

    def create(url: str, events: list[str], **body: Any) -> dict[str, Any]:
        created: dict[str, Any] = cs.ok(
            cs.post(WEBHOOKS, {"url": url, "events": events, **body}), 201
        )
        made.append(created["webhook_id"])
        return created

    yield create
    for webhook_id in made:
        cs.delete(f"{WEBHOOKS}/{webhook_id}")


def change_health(cs: CsClient, customer_id: str, previous: int, new: int) -> None:
    body = {
        "customer_id": customer_id,
        "previous_score": previous,
        "new_score": new,
        "change_reason": "decreased_usage",
        "timestamp": "2025-12-05T08:20:00Z",
    }
    cs.ok(cs.post(HEALTH_CHANGE, body), 201)


def health_changes(receiver: Receiver, customer_id: str) -> list[Received]:
    """What the receiver got about ``customer_id``'s health."""
    return [
        r
        for r in receiver.of("customer_id", customer_id)
        if r.envelope["event"] == "customer.health_changed"
    ]


def delivery_log(
    cs: CsClient, webhook_id: str, until: Callable[[list[dict[str, Any]]], bool]
) -> list[dict[str, Any]]:
    """The endpoint's deliveries once ``until`` holds (attempts are logged after the answer)."""
    deadline = time.monotonic() + 10
    while True:
        log: list[dict[str, Any]] = cs.ok(cs.get(f"{WEBHOOKS}/{webhook_id}/deliveries"))["data"]
        if until(log) or time.monotonic() > deadline:
            return log
        time.sleep(0.05)


def test_health_change_arrives_signed_within_two_seconds(
    cs: CsClient,
    dispatcher: Dispatcher,
    receiver: Receiver,
    register: Callable[..., dict[str, Any]],
) -> None:
    endpoint = register(receiver.url, ["customer.health_changed"])
    customer_id = cs.customer(85)
    started = time.monotonic()
    change_health(cs, customer_id, 85, 62)
    receiver.wait_for(lambda _: health_changes(receiver, customer_id), timeout=5)
    [arrived] = health_changes(receiver, customer_id)
    assert arrived.at - started < 2
    secret = endpoint["secret"]
    assert verify_signature(secret, arrived.headers, arrived.body, tolerance=300)
    assert not verify_signature(secret, arrived.headers, arrived.body + b" ", tolerance=300)
    stale = {**arrived.headers, "X-Webhook-Timestamp": str(int(time.time()) - 3600)}
    assert not verify_signature(secret, stale, arrived.body, tolerance=300)
    body = arrived.envelope
    assert set(body) == {"delivery_id", "event", "occurred_at", "data"}
    assert arrived.headers["X-Webhook-Id"] == body["delivery_id"]
    assert body["delivery_id"].startswith("dlv_")
    assert body["data"]["health_score"] == 62
    assert body["data"] == cs.ok(cs.get(f"/cs-integration/customers/{customer_id}"))
    # customer.created and customer.risk_level_changed happened too, but were not selected.
    assert [r.envelope["event"] for r in receiver.of("customer_id", customer_id)] == [
        "customer.health_changed"
    ]


def test_endpoint_not_selecting_the_event_gets_nothing(
    cs: CsClient,
    dispatcher: Dispatcher,
    register: Callable[..., dict[str, Any]],
) -> None:
    selecting, other = Receiver().start(), Receiver().start()
    try:
        register(selecting.url, ["customer.health_changed"])
        elsewhere = register(other.url, ["customer.deleted", "campaign.created"])
        customer_id = cs.customer(80)
        change_health(cs, customer_id, 80, 75)
        selecting.wait_for(lambda _: health_changes(selecting, customer_id), timeout=5)
        assert health_changes(selecting, customer_id)
        # Both endpoints were routed in the same pass; give a stray attempt time to show.
        time.sleep(0.5)
        assert other.received == []
        assert cs.ok(cs.get(f"{WEBHOOKS}/{elsewhere['webhook_id']}/deliveries"))["data"] == []
    finally:
        selecting.stop()
        other.stop()


def test_failed_attempts_are_retried_at_growing_intervals_and_logged(
    cs: CsClient,
    dispatcher: Dispatcher,
    receiver: Receiver,
    register: Callable[..., dict[str, Any]],
) -> None:
    endpoint = register(receiver.url, ["customer.health_changed"])
    receiver.statuses = [503, 503, 503]
    customer_id = cs.customer(70)
    change_health(cs, customer_id, 70, 65)
    receiver.wait_for(lambda _: len(health_changes(receiver, customer_id)) >= 4, timeout=15)
    attempts = health_changes(receiver, customer_id)
    assert len(attempts) == 4
    assert len({a.envelope["delivery_id"] for a in attempts}) == 1
    assert len({a.headers["X-Webhook-Id"] for a in attempts}) == 1
    assert all(verify_signature(endpoint["secret"], a.headers, a.body) for a in attempts)
    gaps = [later.at - earlier.at for earlier, later in itertools.pairwise(attempts)]
    # 0.3 s, 0.6 s, 1.2 s give or take 20 % jitter and a poll interval.
    assert 0.2 < gaps[0] < gaps[1] < gaps[2], gaps
    log = delivery_log(
        cs, endpoint["webhook_id"], lambda log: bool(log) and log[0]["status"] == "succeeded"
    )
    [delivery] = log
    assert delivery["status"] == "succeeded" and delivery["attempt_count"] == 4
    assert [a["attempt_number"] for a in delivery["attempts"]] == [1, 2, 3, 4]
    assert [a.get("response_status") for a in delivery["attempts"]] == [503, 503, 503, 200]
    assert delivery["attempts"][0]["error"] == "HTTP 503 Service Unavailable"
    assert "error" not in delivery["attempts"][3]
    assert delivery["payload"] == attempts[-1].envelope
    assert "next_attempt_at" not in delivery


def test_receiver_down_gets_retries_and_the_delivery_lands_when_it_is_back(
    cs: CsClient,
    dispatcher: Dispatcher,
    receiver: Receiver,
    register: Callable[..., dict[str, Any]],
) -> None:
    endpoint = register(receiver.url, ["customer.health_changed"])
    receiver.stop()
    customer_id = cs.customer(90)
    change_health(cs, customer_id, 90, 88)
    log = delivery_log(
        cs, endpoint["webhook_id"], lambda log: bool(log) and log[0]["attempt_count"] >= 2
    )
    [pending] = log
    assert pending["status"] == "retrying" and "next_attempt_at" in pending
    assert all("response_status" not in a and a["error"] for a in pending["attempts"])
    receiver.start()
    receiver.wait_for(lambda _: health_changes(receiver, customer_id), timeout=10)
    [arrived] = health_changes(receiver, customer_id)
    assert arrived.envelope["delivery_id"] == pending["delivery_id"]
    [delivered] = delivery_log(
        cs, endpoint["webhook_id"], lambda log: log[0]["status"] == "succeeded"
    )
    assert delivered["status"] == "succeeded"
    assert delivered["attempt_count"] >= 3
    assert delivered["attempts"][-1]["response_status"] == 200


def test_deleting_the_webhook_stops_its_deliveries(
    cs: CsClient,
    dispatcher: Dispatcher,
    receiver: Receiver,
    register: Callable[..., dict[str, Any]],
) -> None:
    endpoint = register(receiver.url, ["customer.health_changed"])
    receiver.status = 503
    customer_id = cs.customer(60)
    change_health(cs, customer_id, 60, 58)
    receiver.wait_for(lambda _: health_changes(receiver, customer_id), timeout=5)
    url = f"{WEBHOOKS}/{endpoint['webhook_id']}"
    assert cs.delete(url).status_code == 204
    # An attempt already on its way when the endpoint went may still land; none after it.
    time.sleep(0.2)
    seen = len(health_changes(receiver, customer_id))
    assert seen <= 2
    change_health(cs, customer_id, 58, 57)
    # Retries were due after 0.3 s and 0.9 s; the new change would arrive within a second.
    time.sleep(1.5)
    assert len(health_changes(receiver, customer_id)) == seen
    assert cs.get(f"{url}/deliveries").status_code == 404
