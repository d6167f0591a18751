"""``apikit serve`` killed with deliveries pending: after a restart every event is delivered."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
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


def environment(data_dir: Path) -> dict[str, str]:
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
    return env


def apikit(data_dir: Path, *args: str) -> str:
    return subprocess.run(
        [sys.executable, "-m", "apikit", *args],
        cwd=ROOT,
        env=environment(data_dir),
        check=True,
        capture_output=True,
        text=True,
    ).stdout


@contextmanager
def serving(data_dir: Path, port: int) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """``apikit serve`` as a real process; killed (not asked) at the end if still running."""
    log = data_dir.parent / f"serve-{port}-{time.monotonic_ns()}.log"
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "apikit", "serve", "--port", str(port)],
            cwd=ROOT,
            env=environment(data_dir),
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


def token(base: str, client_id: str, secret: str) -> dict[str, str]:
    answer = httpx.post(
        f"{base}/auth/token", data={"grant_type": "client_credentials"}, auth=(client_id, secret)
    )
    assert answer.status_code == 200, answer.text
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}


@pytest.mark.slow
def test_pending_deliveries_survive_sigkill(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    output = apikit(data_dir, "clients", "create", "--scopes", SCOPES)
    client_id = re.search(r"client_id: (\S+)", output)
    secret = re.search(r"client_secret: (\S+)", output)
    assert client_id and secret, output
    receiver = Receiver().start()
    receiver.stop()  # down: its port refuses connections until it comes back
    port = free_port()
    policy = {"maxAttempts": 10, "initialDelaySeconds": 1, "backoffMultiplier": 2}
    with serving(data_dir, port) as (base, process):
        headers = token(base, client_id.group(1), secret.group(1))
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
            headers = token(base, client_id.group(1), secret.group(1))
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
