"""``apikit serve`` as a real process: starts, keeps data and tokens across a restart."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from tests.server.conftest import SPECS, database_url

METRICS = {"success_metrics": {"adoption_rate": 0.5, "engagement_score": 5, "nps_score": 10}}
ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def environment(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)  # noqa: TID251 - the child process inherits ours, plus test settings
    env.update(
        APIKIT_DATA_DIR=str(data_dir),
        APIKIT_SPECS_DIR=str(SPECS),
        DATABASE_URL=database_url(),
        PYTHONPATH=str(ROOT),
        PYTHONWARNINGS="ignore",
    )
    return env


@contextmanager
def running_server(data_dir: Path, port: int) -> Iterator[str]:
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
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{base}/api/v1/cs-integration/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(log.read_text())
            time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def create_client(
    data_dir: Path, scopes: str = "customers.read,customers.write"
) -> tuple[str, str]:
    output = subprocess.run(
        [
            sys.executable,
            "-m",
            "apikit",
            "clients",
            "create",
            "--scopes",
            scopes,
        ],
        cwd=ROOT,
        env=environment(data_dir),
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    client_id = re.search(r"client_id: (\S+)", output)
    secret = re.search(r"client_secret: (\S+)", output)
    assert client_id and secret, output
    return client_id.group(1), secret.group(1)


@pytest.mark.slow
def test_customer_and_token_survive_a_restart(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    client_id, secret = create_client(data_dir)
    customer_id = "cust_" + uuid.uuid4().hex[:10]
    port = free_port()
    with running_server(data_dir, port) as base:
        token = httpx.post(
            f"{base}/auth/token",
            data={"grant_type": "client_credentials"},
            auth=(client_id, secret),
        ).json()["access_token"]
        headers = {"Authorization": f"Bearer {token}"}
        created = httpx.post(
            f"{base}/api/v1/cs-integration/customers",
            json={
                "customer_id": customer_id,
                "health_score": 42,
                "lifecycle_stage": "renewal",
                **METRICS,
            },
            headers=headers,
        )
        assert created.status_code == 201
    if not database_url():
        assert (data_dir / "apikit.db").exists()
    with running_server(data_dir, port) as base:
        read = httpx.get(f"{base}/api/v1/cs-integration/customers/{customer_id}", headers=headers)
        assert read.status_code == 200
        assert read.json() == created.json()
