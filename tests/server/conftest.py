"""Fixtures: a server app per test over the small specs in tests/server/specs, and clients."""

from __future__ import annotations

import asyncio
import base64
import uuid
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

with warnings.catch_warnings():
    # Import-time deprecations inside connexion 3.3 (starlette.testclient's httpx warning on
    # Starlette 1.x, jsonschema.RefResolver); nothing of ours, and only at import.
    warnings.simplefilter("ignore")
    import connexion  # noqa: F401

import httpx

from server.app import create_app
from server.runtime import Runtime
from server.settings import Settings
from tests.server.session_database import SessionDatabase

__all__ = ["ALL_SCOPES", "SPECS", "Api", "Runtime", "database_url"]

SPECS = Path(__file__).resolve().parent / "specs"
ALL_SCOPES = [
    "customers.read",
    "customers.write",
    "cs-marketing.read",
    "cs-marketing.write",
    "events.read",
    "events.write",
    "integrations.read",
    "integrations.write",
]


_SESSION_DATABASES: dict[str, SessionDatabase] = {}


def database_url() -> str:
    """This session's own PostgreSQL database beside ``DATABASE_URL`` (CI), else empty (SQLite).

    A database reused across runs or suites would otherwise hand each test the rows of
    every earlier one; a fresh database per session makes PostgreSQL runs as isolated as CI's
    fresh cluster.
    """
    base = Settings.from_env().database_url
    if not base.startswith("postgresql"):
        return base
    if base not in _SESSION_DATABASES:
        _SESSION_DATABASES[base] = SessionDatabase(base)
    return _SESSION_DATABASES[base].url


@pytest.fixture(scope="session", autouse=True)
def _drop_session_databases() -> Iterator[None]:
    yield
    for database in _SESSION_DATABASES.values():
        database.drop()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        data_dir=tmp_path / "data",
        specs_dir=SPECS,
        database_url=database_url(),
        rate_limits_enabled=False,
        max_body_bytes=4096,
    )


class Api:
    """A synchronous HTTP client over the ASGI app (one event loop per call)."""

    def __init__(self, app: Any, runtime: Runtime) -> None:
        self.app = app
        self.runtime = runtime

    def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        async def call() -> httpx.Response:
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
                return await c.request(method, path, **kwargs)

        return asyncio.run(call())

    def client(self, scopes: list[str] | None = None, **options: Any) -> tuple[str, str]:
        new = self.runtime.clients.create(ALL_SCOPES if scopes is None else scopes, **options)
        return new.client_id, new.secret

    def token(self, scopes: list[str] | None = None, **options: Any) -> str:
        client_id, secret = self.client(scopes, **options)
        basic = base64.b64encode(f"{client_id}:{secret}".encode()).decode()
        response = self.request(
            "POST",
            "/auth/token",
            data={"grant_type": "client_credentials"},
            headers={"Authorization": f"Basic {basic}"},
        )
        assert response.status_code == 200, response.text
        token: str = response.json()["access_token"]
        return token

    def bearer(self, scopes: list[str] | None = None, **options: Any) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token(scopes, **options)}"}


@pytest.fixture
def make_api(settings: Settings) -> Iterator[Callable[..., Api]]:
    runtimes: list[Runtime] = []

    def build(**changes: Any) -> Api:
        configured = settings.with_changes(**changes) if changes else settings
        app = create_app(configured)
        runtimes.append(app.runtime)
        return Api(app, app.runtime)

    yield build
    for runtime in runtimes:
        runtime.close()


@pytest.fixture
def api(make_api: Callable[..., Api]) -> Api:
    return make_api()


@pytest.fixture
def customer_id() -> str:
    """A customer id no other test uses (tests may share one PostgreSQL database)."""
    return "cust_" + uuid.uuid4().hex[:12]


@pytest.fixture(scope="module")
def real(  # the whole host over the real specs
    tmp_path_factory: pytest.TempPathFactory,
):
    from server.app import create_app

    settings = Settings(
        data_dir=tmp_path_factory.mktemp("data"),
        specs_dir=Settings().specs_dir,
        database_url=database_url(),
    )
    app = create_app(settings)
    yield Api(app, app.runtime)
    app.runtime.close()
