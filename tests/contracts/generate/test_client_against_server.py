"""The generated ``cs_integration`` client against the reference server, in-process over ASGI.

Skipped until the server package is present; then it proves the whole flow: a token from
``/auth/token`` with client credentials, typed calls, typed errors and page iteration.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import sys
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
