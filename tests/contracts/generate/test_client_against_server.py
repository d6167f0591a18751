"""The generated ``cs_integration`` client against the reference server, in-process over ASGI.

Skipped until the server package is present; then it proves the whole flow: a token from
``/auth/token`` with client credentials, typed calls, typed errors and page iteration.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import os
import re
import socket
import subprocess
import sys
import time
import uuid
import warnings
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from contracts.generate import generate_files, write

REPO = Path(__file__).resolve().parents[3]
SPECS = REPO / "specs"

with warnings.catch_warnings():
    # Import-time deprecations inside connexion (not ours), as in the server's own tests.
    warnings.simplefilter("ignore")
    server_app = pytest.importorskip("server.app")
    server_settings = pytest.importorskip("server.settings")


@pytest.fixture(scope="module")
def output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Everything generated from the repository's ``specs/cs-integration.yaml``."""
    folder = tmp_path_factory.mktemp("generated")
    write(generate_files([SPECS / "cs-integration.yaml"]), folder)
    return folder


@pytest.fixture(scope="module")
def bundle(output: Path) -> dict[str, Any]:
    """The bundled spec the client was generated from."""
    document: dict[str, Any] = json.loads((output / "openapi" / "cs-integration.json").read_text())
    return document


@pytest.fixture(scope="module")
def cs_integration(output: Path) -> Iterator[ModuleType]:
    """The generated client package, imported."""
    sys.path.insert(0, str(output / "clients" / "python" / "cs-integration"))
    try:
        yield importlib.import_module("cs_integration")
    finally:
        sys.path.pop(0)
        for name in [n for n in sys.modules if n.startswith("cs_integration")]:
            del sys.modules[name]


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Any]:
    """The reference server over the repository's specs, with a fresh SQLite database."""
    settings = server_settings.Settings(
        data_dir=tmp_path / "data",
        specs_dir=SPECS,
        database_url=server_settings.Settings.from_env().database_url,
        rate_limits_enabled=False,
    )
    application = server_app.create_app(settings)
    yield application
    application.runtime.close()


def _create_body(bundle: dict[str, Any]) -> dict[str, Any]:
    operation = bundle["paths"]["/cs-integration/customers"]["post"]
    body: dict[str, Any] = operation["requestBody"]["content"]["application/json"]["example"]
    return body


def _scopes(bundle: dict[str, Any]) -> list[str]:
    """Every scope the spec's client-credentials flows declare."""
    schemes = bundle["components"]["securitySchemes"].values()
    flows = [s["flows"]["clientCredentials"] for s in schemes if s.get("type") == "oauth2"]
    return sorted({scope for flow in flows for scope in flow.get("scopes", {})})


def test_generated_client_runs_the_customer_flow_against_the_server(
    cs_integration: ModuleType, bundle: dict[str, Any], app: Any
):
    created = app.runtime.clients.create(_scopes(bundle))
    customer_ids = [f"cust_{uuid.uuid4().hex[:10]}" for _ in range(3)]

    async def flow() -> None:
        client = cs_integration.AsyncClient(
            "http://testserver",
            client_id=created.client_id,
            client_secret=created.secret,
            transport=httpx.ASGITransport(app=app),
        )
        async with client:
            for customer_id in customer_ids:
                made = await client.create_customer(
                    body={**_create_body(bundle), "customer_id": customer_id}
                )
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
    cs_integration: ModuleType, app: Any
):
    async def call() -> None:
        client = cs_integration.AsyncClient(
            "http://testserver", transport=httpx.ASGITransport(app=app)
        )
        async with client:
            with pytest.raises(cs_integration.UnauthorizedError) as caught:
                await client.get_customer("cust_12345")
            assert caught.value.status == 401

    asyncio.run(call())


def test_server_serves_the_generated_bundle(bundle: dict[str, Any], app: Any):
    async def fetch() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
            return await http.get("/openapi/cs-integration.json")

    response = asyncio.run(fetch())
    assert response.status_code == 200
    assert response.json() == bundle


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture
def served(tmp_path: Path, bundle: dict[str, Any]) -> Iterator[tuple[str, str, str]]:
    """``apikit serve`` on a free loopback port over the repository's specs, and a client
    holding only the spec's read scopes."""
    read_only = ",".join(scope for scope in _scopes(bundle) if scope.endswith(".read"))
    env = dict(os.environ)  # noqa: TID251 - the child process inherits ours, plus its settings
    env.update(
        APIKIT_DATA_DIR=str(tmp_path / "data"),
        APIKIT_SPECS_DIR=str(SPECS),
        DATABASE_URL=server_settings.Settings.from_env().database_url,
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
