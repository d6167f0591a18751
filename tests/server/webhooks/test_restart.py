"""``apikit serve`` killed with deliveries pending: after a restart every event is delivered."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from contracts.webhook_signature import verify_signature
from tests.server.conftest import database_url
from tests.server.event_platform.conftest import REPO_SPECS, event_body
from tests.server.test_serve_process import free_port
from tests.server.webhooks.receiver import Receiver

ROOT = Path(__file__).resolve().parents[3]
BASE = "/api/v1"
SCOPES = "events.read,events.write,webhooks.read,webhooks.write"


def environment(data_dir: Path, **overrides: str) -> dict[str, str]:
    env = dict(os.environ)  # noqa: TID251 - the child inherits ours, plus webhook settings
    env.update(
        APIKIT_DATA_DIR=str(data_dir),
        APIKIT_SPECS_DIR=str(REPO_SPECS),
        DATABASE_URL=database_url(),
        PYTHONPATH=str(ROOT),
        PYTHONWARNINGS="ignore",
        APIKIT_RATE_LIMITS_ENABLED="0",
        APIKIT_WEBHOOK_ALLOW_HTTP="1",
        APIKIT_WEBHOOK_ALLOW_NETWORKS="127.0.0.0/8",
        APIKIT_WEBHOOK_TIMEOUT="2",
        APIKIT_WEBHOOK_DELAY_SCALE="0.25",
        APIKIT_WEBHOOK_POLL="0.05",
    )
    env.update(overrides)
    return env


def apikit(data_dir: Path, *args: str, **overrides: str) -> str:
    return subprocess.run(
        [sys.executable, "-m", "apikit", *args],
        cwd=ROOT,
        env=environment(data_dir, **overrides),
        check=True,
        capture_output=True,
        text=True,
    ).stdout


@contextmanager
def serving(
    data_dir: Path, port: int, **overrides: str
) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """``apikit serve`` as a real process; killed (not asked) at the end if still running."""
    log = data_dir.parent / f"serve-{port}-{time.monotonic_ns()}.log"
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "apikit", "serve", "--port", str(port)],
            cwd=ROOT,
            env=environment(data_dir, **overrides),
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/auth/token", timeout=1).status_code < 500:
                    break
            except httpx.TransportError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(log.read_text())
            time.sleep(0.1)
        yield base, process
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()


def client(data_dir: Path, scopes: str, **overrides: str) -> tuple[str, str]:
    """A client id and secret made with ``apikit clients create``."""
    output = apikit(data_dir, "clients", "create", "--scopes", scopes, **overrides)
    client_id = re.search(r"client_id: (\S+)", output)
    secret = re.search(r"client_secret: (\S+)", output)
    assert client_id and secret, output
    return client_id.group(1), secret.group(1)


def token(base: str, client_id: str, secret: str) -> dict[str, str]:
    answer = httpx.post(
        f"{base}/auth/token", data={"grant_type": "client_credentials"}, auth=(client_id, secret)
    )
    assert answer.status_code == 200, answer.text
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}


@pytest.mark.slow
def test_pending_deliveries_survive_sigkill(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    credentials = client(data_dir, SCOPES)
    receiver = Receiver().start()
    receiver.stop()  # down: its port refuses connections until it comes back
    port = free_port()
    policy = {"maxAttempts": 10, "initialDelaySeconds": 1, "backoffMultiplier": 2}
    with serving(data_dir, port) as (base, process):
        headers = token(base, *credentials)
        subscription = httpx.post(
            f"{base}{BASE}/webhooks",
            json={"url": receiver.url, "eventTypes": ["event.created"], "retryPolicy": policy},
            headers=headers,
        ).json()
        log_path = f"{base}{BASE}/webhooks/{subscription['id']}/deliveries"
        events = [
            httpx.post(f"{base}{BASE}/events", json=event_body(), headers=headers).json()["id"]
            for _ in range(3)
        ]
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            log = httpx.get(log_path, headers=headers).json()["data"]
            if len(log) == 3 and all(d["status"] == "retrying" for d in log):
                break
            time.sleep(0.1)
        assert [d["status"] for d in log] == ["retrying"] * 3
        # More changes right before the kill: some may not even be fanned out yet.
        events += [
            httpx.post(f"{base}{BASE}/events", json=event_body(), headers=headers).json()["id"]
            for _ in range(3)
        ]
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
    receiver.start()
    try:
        with serving(data_dir, port) as (base, _):
            headers = token(base, *credentials)
            received = receiver.wait_for(
                lambda got: {r.envelope["data"]["id"] for r in got} >= set(events), timeout=30
            )
            assert {r.envelope["data"]["id"] for r in received} >= set(events)
            for request in received:
                assert verify_signature(subscription["secret"], request.headers, request.body)
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                log = httpx.get(f"{log_path}", headers=headers).json()["data"]
                if len(log) == 6 and all(d["status"] == "succeeded" for d in log):
                    break
                time.sleep(0.1)
            assert sorted(d["payload"]["data"]["id"] for d in log) == sorted(events)
            assert all(d["status"] == "succeeded" for d in log)
            # Acknowledged deliveries are not sent again: one 2xx each, the last attempt.
            for delivery in log:
                assert delivery["attempts"][-1]["responseStatus"] == 200
                assert len(receiver.of("id", delivery["payload"]["data"]["id"])) == 1
    finally:
        receiver.stop()


@pytest.mark.slow
def test_pending_cs_integration_deliveries_survive_sigkill(tmp_path: Path) -> None:
    specs = tmp_path / "specs"
    specs.mkdir()
    shutil.copy(REPO_SPECS / "cs-integration.yaml", specs)
    shutil.copytree(REPO_SPECS / "common", specs / "common")
    # The spec's retries come after 1, 2, 4 ... minutes: 1.2, 2.4, 4.8 ... seconds here.
    overrides = {"APIKIT_SPECS_DIR": str(specs), "APIKIT_WEBHOOK_DELAY_SCALE": "0.02"}
    data_dir = tmp_path / "data"
    credentials = client(data_dir, "cs-integration.read,cs-integration.write", **overrides)
    receiver = Receiver().start()
    receiver.stop()  # down: its port refuses connections until it comes back
    port = free_port()

    def change_health(base: str, headers: dict[str, str]) -> str:
        customer_id = f"cust_{uuid.uuid4().hex[:12]}"
        customer = {
            "customer_id": customer_id,
            "health_score": 80,
            "lifecycle_stage": "adoption",
            "success_metrics": {"adoption_rate": 0.75, "engagement_score": 8.2, "nps_score": 45},
        }
        created = httpx.post(
            f"{base}{BASE}/cs-integration/customers", json=customer, headers=headers
        )
        assert created.status_code == 201, created.text
        change = {
            "customer_id": customer_id,
            "previous_score": 80,
            "new_score": 70,
            "change_reason": "decreased_usage",
            "timestamp": "2025-12-05T08:20:00Z",
        }
        answer = httpx.post(
            f"{base}{BASE}/cs-integration/events/health-change", json=change, headers=headers
        )
        assert answer.status_code == 201, answer.text
        return customer_id

    with serving(data_dir, port, **overrides) as (base, process):
        headers = token(base, *credentials)
        endpoint = httpx.post(
            f"{base}{BASE}/cs-integration/webhooks",
            json={"url": receiver.url, "events": ["customer.health_changed"]},
            headers=headers,
        ).json()
        log_path = f"{base}{BASE}/cs-integration/webhooks/{endpoint['webhook_id']}/deliveries"
        customers = [change_health(base, headers) for _ in range(3)]
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            log = httpx.get(log_path, headers=headers).json()["data"]
            if len(log) == 3 and all(d["status"] == "retrying" for d in log):
                break
            time.sleep(0.1)
        assert [d["status"] for d in log] == ["retrying"] * 3
        # More changes right before the kill: some may not even be fanned out yet.
        customers += [change_health(base, headers) for _ in range(3)]
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
    receiver.start()
    try:
        with serving(data_dir, port, **overrides) as (base, _):
            headers = token(base, *credentials)
            received = receiver.wait_for(
                lambda got: {r.envelope["data"]["customer_id"] for r in got} >= set(customers),
                timeout=30,
            )
            assert {r.envelope["data"]["customer_id"] for r in received} == set(customers)
            for request in received:
                assert verify_signature(endpoint["secret"], request.headers, request.body)
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                log = httpx.get(log_path, headers=headers).json()["data"]
                if len(log) == 6 and all(d["status"] == "succeeded" for d in log):
                    break
                time.sleep(0.1)
            assert sorted(d["payload"]["data"]["customer_id"] for d in log) == sorted(customers)
            assert all(d["status"] == "succeeded" for d in log)
            # Acknowledged deliveries are not sent again: one 2xx each, the last attempt.
            with receiver.lock:
                final = list(receiver.received)
            for delivery in log:
                assert delivery["attempts"][-1]["response_status"] == 200
                arrivals = [
                    r for r in final if r.headers["X-Webhook-Id"] == delivery["delivery_id"]
                ]
                assert len(arrivals) == 1
    finally:
        receiver.stop()
