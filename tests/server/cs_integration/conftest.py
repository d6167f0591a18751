"""Fixtures for the cs-integration API served from the real ``specs/cs-integration.yaml``."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from server.app import create_app
from server.runtime import Runtime
from server.settings import DEFAULT_SPECS_DIR, Settings
from tests.server.conftest import Api, database_url

BASE = "/api/v1"
SCOPES = [
    f"{domain}.{access}"
    for domain in (
        "cs-integration",
        "cs-marketing",
        "cs-sales",
        "cs-product",
        "cs-finance",
        "cs-ops",
    )
    for access in ("read", "write")
]


#: Tests whose expectations cover every stored row need a database of their own.
own_database = pytest.mark.skipif(
    bool(database_url()), reason="counts every stored row; the shared PostgreSQL has others'"
)


@pytest.fixture(scope="session")
def cs_specs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """specs/ with cs-integration only, so each app builds one API (the others take seconds)."""
    target = tmp_path_factory.mktemp("specs")
    shutil.copy(DEFAULT_SPECS_DIR / "cs-integration.yaml", target)
    shutil.copytree(DEFAULT_SPECS_DIR / "common", target / "common")
    return target


def build_api(specs: Path, data_dir: Path) -> tuple[Api, Runtime]:
    """The server over ``specs`` with responses validated against the spec."""
    settings = Settings(
        data_dir=data_dir,
        specs_dir=specs,
        database_url=database_url(),
        rate_limits_enabled=False,
        validate_responses=True,
    )
    app = create_app(settings)
    return Api(app, app.runtime), app.runtime


@pytest.fixture(scope="module")
def shared_api(cs_specs: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    """One server per test module; tests keep apart by creating their own customers."""
    api, runtime = build_api(cs_specs, tmp_path_factory.mktemp("data"))
    yield api
    runtime.close()


@pytest.fixture
def api(shared_api: Api) -> Api:
    return shared_api


class CsClient:
    """Calls the cs-integration API with one token (every scope unless told otherwise)."""

    def __init__(self, api: Api, scopes: list[str] | None = None) -> None:
        self.api = api
        self.headers = api.bearer(SCOPES if scopes is None else scopes)

    def call(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        headers = {**self.headers, **kwargs.pop("headers", {})}
        return self.api.request(method, BASE + path, headers=headers, **kwargs)

    def get(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.call("GET", path, **kwargs)

    def post(self, path: str, body: Any, **kwargs: Any) -> httpx.Response:
        return self.call("POST", path, json=body, **kwargs)

    def put(self, path: str, body: Any, **kwargs: Any) -> httpx.Response:
        return self.call("PUT", path, json=body, **kwargs)

    def delete(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.call("DELETE", path, **kwargs)

    def ok(self, response: httpx.Response, status: int = 200) -> Any:
        assert response.status_code == status, response.text
        return response.json() if response.content else None

    def customer(
        self,
        score: int = 85,
        *,
        stage: str = "adoption",
        adoption_rate: float = 0.75,
        engagement_score: float = 8.2,
        nps_score: int = 45,
        **extra: Any,
    ) -> str:
        """Create a customer with a fresh id; its id."""
        customer_id = "cust_" + uuid.uuid4().hex[:12]
        body = {
            "customer_id": customer_id,
            "health_score": score,
            "lifecycle_stage": stage,
            "success_metrics": {
                "adoption_rate": adoption_rate,
                "engagement_score": engagement_score,
                "nps_score": nps_score,
            },
            **extra,
        }
        self.ok(self.post("/cs-integration/customers", body), 201)
        return customer_id


@pytest.fixture
def cs(api: Api) -> CsClient:
    return CsClient(api)


@pytest.fixture
def fresh_cs(cs_specs: Path, tmp_path: Path) -> Iterator[CsClient]:
    """A client of a server with an empty database of its own."""
    api, runtime = build_api(cs_specs, tmp_path / "data")
    yield CsClient(api)
    runtime.close()


@pytest.fixture
def client_with(api: Api) -> Callable[[list[str]], CsClient]:
    """A client holding only the given scopes."""
    return lambda scopes: CsClient(api, scopes)


def assert_problem(
    response: httpx.Response, status: int, slug: str | None = None
) -> dict[str, Any]:
    """The response is an RFC 7807 problem with this status (and ``type`` ending in ``slug``)."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert {"type", "title", "status"} <= set(body)
    if slug is not None:
        assert body["type"].endswith(slug), body["type"]
    return body
