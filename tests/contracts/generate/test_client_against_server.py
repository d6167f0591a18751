"""The generated ``cs_integration`` client against the reference server.

In-process over ASGI it proves the whole flow: a token from ``/auth/token`` with client
credentials, typed calls, typed errors and page iteration; then the blocking client against
a real ``apikit serve`` process. Every API's generated bundle is what the server serves.
"""

from __future__ import annotations

import asyncio
import os
import re
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from .conftest import HOST, REPO, SPECS, Connection, GeneratedApi

API_NAMES = ["cs-integration", "event-platform", "cs-cross-domain", "platform-integrations"]


@pytest.fixture(scope="module")
def api(generated_api: Callable[[str], GeneratedApi]) -> GeneratedApi:
    """The generated cs-integration client and its bundle."""
    return generated_api("cs-integration")


@pytest.fixture(scope="module")
def cs_integration(api: GeneratedApi) -> ModuleType:
    """The generated client package."""
    return api.package


def test_generated_client_runs_the_customer_flow_against_the_server(
    api: GeneratedApi, connect: Callable[..., Connection]
):
    cs_integration = api.package
    client = connect(api).client
    example = api.request_example("/cs-integration/customers", "post")
    customer_ids = [f"cust_{uuid.uuid4().hex[:10]}" for _ in range(3)]

    async def flow() -> None:
        async with client:
            for customer_id in customer_ids:
                made = await client.create_customer(body={**example, "customer_id": customer_id})
                assert made["customer_id"] == customer_id
            fetched = await client.get_customer(customer_ids[0])
            assert fetched["customer_id"] == customer_ids[0]
            with pytest.raises(cs_integration.NotFoundError) as caught:
                await client.get_customer("cust_doesnotexist")
            assert caught.value.status == 404
            assert caught.value.body["status"] == 404  # the server's problem+json body
            seen = [
                customer["customer_id"]
                async for page in client.iter_list_customers_pages(limit=2)
                for customer in page["data"]
            ]
            assert set(customer_ids) <= set(seen)
            await client.delete_customer(customer_ids[0])

    asyncio.run(flow())


def test_generated_client_without_credentials_gets_a_typed_401(
    cs_integration: ModuleType, server_app: Any
):
    async def call() -> None:
        client = cs_integration.AsyncClient(HOST, transport=httpx.ASGITransport(app=server_app))
        async with client:
            with pytest.raises(cs_integration.UnauthorizedError) as caught:
                await client.get_customer("cust_12345")
            assert caught.value.status == 401

    asyncio.run(call())


@pytest.mark.parametrize("name", API_NAMES)
def test_server_serves_the_generated_bundle(
    name: str, generated_api: Callable[[str], GeneratedApi], server_app: Any
):
    async def fetch() -> httpx.Response:
        transport = httpx.ASGITransport(app=server_app)
        async with httpx.AsyncClient(transport=transport, base_url=HOST) as http:
            return await http.get(f"/openapi/{name}.json")

    response = asyncio.run(fetch())
    assert response.status_code == 200
    assert response.json() == generated_api(name).bundle


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture
def served(tmp_path: Path, api: GeneratedApi) -> Iterator[tuple[str, str, str]]:
    """``apikit serve`` on a free loopback port over the repository's specs, and a client
    holding only the spec's read scopes."""
    read_only = ",".join(scope for scope in api.scopes if scope.endswith(".read"))
    env = dict(os.environ)  # noqa: TID251 - the child process inherits ours, plus its settings
    env.update(
        APIKIT_DATA_DIR=str(tmp_path / "data"),
        APIKIT_SPECS_DIR=str(SPECS),
        PYTHONPATH=str(REPO),
        PYTHONWARNINGS="ignore",
    )
    created = subprocess.run(
        [sys.executable, "-m", "apikit", "clients", "create", "--scopes", read_only],
        cwd=REPO,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    client_id = re.search(r"client_id: (\S+)", created)
    secret = re.search(r"client_secret: (\S+)", created)
    assert client_id and secret, created
    port = _free_port()
    log = tmp_path / "serve.log"
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "apikit", "serve", "--port", str(port)],
            cwd=REPO,
            env=env,
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
            time.sleep(0.2)
        yield base, client_id.group(1), secret.group(1)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.mark.slow
def test_sync_client_against_the_running_server(
    cs_integration: ModuleType, served: tuple[str, str, str]
):
    base, client_id, secret = served
    with cs_integration.Client(base, client_id=client_id, client_secret=secret) as client:
        pages = list(client.iter_list_customers_pages(limit=5))
        assert pages and all(isinstance(page["data"], list) for page in pages)
        with pytest.raises(cs_integration.NotFoundError) as missing:
            client.get_customer("cust_doesnotexist")
        assert missing.value.body["status"] == 404
        with pytest.raises(cs_integration.ForbiddenError) as denied:
            client.create_customer(body={"customer_id": "cust_nope"})  # scope is read-only
        assert denied.value.status == 403
