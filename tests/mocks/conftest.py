"""Fixtures: the mock in-process over ASGI, and as a real process on a free loopback port."""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from mocks.serving import build_app
from mocks.settings import MockSettings

SPECS = Path(__file__).parent / "specs"
SHOP = SPECS / "shop.yaml"
ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def write_spec(tmp_path: Path) -> Callable[..., Path]:
    """Write an inline spec (a dict) to a YAML file and return its path."""

    def write(spec: dict[str, Any], name: str = "spec.yaml") -> Path:
        path = tmp_path / name
        path.write_text(yaml.safe_dump(spec, sort_keys=False))
        return path

    return write


class AsgiClient:
    """A synchronous client that calls the ASGI app in-process (one event loop per call)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """Send one request to the app."""

        async def call() -> httpx.Response:
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
                return await c.request(method, url, **kwargs)

        return asyncio.run(call())

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        """GET ``url``."""
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> httpx.Response:
        """POST ``url``."""
        return self.request("POST", url, **kwargs)


@pytest.fixture
def client_for() -> Callable[..., AsgiClient]:
    """An in-process client for the mock of the given spec files."""

    def make(*paths: Path, **settings: Any) -> AsgiClient:
        return AsgiClient(build_app(list(paths), MockSettings(**settings)))

    return make


@pytest.fixture
def shop(client_for: Callable[..., AsgiClient]) -> AsgiClient:
    """The shop spec mocked in-process."""
    return client_for(SHOP)


class MockProcess:
    """A running ``apikit mock`` process."""

    def __init__(self, process: subprocess.Popen[bytes], base_url: str) -> None:
        self.process = process
        self.base_url = base_url
        self.client = httpx.Client(base_url=base_url, timeout=10)

    def stop(self) -> str:
        """Stop the process and return its stderr."""
        self.client.close()
        self.process.terminate()
        try:
            _, err = self.process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            _, err = self.process.communicate()
        return err.decode(errors="replace")


def start_mock(
    args: list[str], *, ready_path: str = "/__sandbox/webhooks/events", timeout: float = 30
) -> MockProcess:
    """Start ``apikit mock ARGS --port N`` and wait until it answers."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "apikit", "mock", *args, "--port", str(port)],
        cwd=ROOT,  # ``python -m apikit`` finds the packages from the working directory
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    base_url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            _, err = process.communicate()
            raise RuntimeError(f"mock exited {process.returncode}: {err.decode()[-2000:]}")
        try:
            httpx.get(base_url + ready_path, timeout=1)
            return MockProcess(process, base_url)
        except httpx.HTTPError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError("mock did not start in time")


@pytest.fixture
def mock_process() -> Iterator[Callable[..., MockProcess]]:
    """Start real mock processes; all are stopped after the test."""
    started: list[MockProcess] = []

    def start(*args: str | Path, **kwargs: Any) -> MockProcess:
        process = start_mock([str(a) for a in args], **kwargs)
        started.append(process)
        return process

    yield start
    for process in started:
        process.stop()
