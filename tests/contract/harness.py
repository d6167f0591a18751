"""A Schemathesis contract suite for one API of the server, generic over the four specs.

Each ``test_<api>.py`` calls :func:`contract_suite` and gets two tests: every operation
through the examples, coverage and fuzzing phases (positive and negative data, all checks),
and the stateful phase through the spec's links. Both authenticate with a token from the
real ``POST /auth/token`` for a client holding every scope the spec declares.

* spec not in ``specs/`` yet -> both tests skip, saying so;
* an operation whose handler does not exist yet -> left out of both phases and reported as
  one xfail of ``test_pending`` naming the handler; the stateful test runs over the
  implemented operations (and xfails while there are none).

Rate limits are off here (429s would mask everything else); ``tests/server`` proves them.
"""

from __future__ import annotations

import asyncio
import base64
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from hypothesis.stateful import run_state_machine_as_test
from sqlalchemy import delete

from contracts.conformance import policy
from contracts.workspace import bundle
from server.apis.catalog import ApiDefinition, all_apis
from server.app import create_app
from server.resolver import missing_handlers
from server.runtime import Runtime
from server.settings import Settings
from server.storage.models import Base

MAX_EXAMPLES = 15
STATEFUL_EXAMPLES = 15
HOST = "http://testserver"


@dataclass(frozen=True)
class Served:
    """The whole server in-process, and credentials holding every scope of one API."""

    app: Any
    headers: dict[str, str]


@cache
def _data_dir() -> Path:
    return Path(tempfile.mkdtemp(prefix="apikit-contract-"))


@cache
def _server() -> tuple[Any, Runtime]:
    configured = Settings.from_env().with_changes(data_dir=_data_dir(), rate_limits_enabled=False)
    app = create_app(configured)
    return app, app.runtime


def close() -> None:
    """Release the in-process server's database connections (end of the session)."""
    if _server.cache_info().currsize:
        _server()[1].close()


def reset_database() -> None:
    """Empty every table but the registered clients (their tokens stay valid)."""
    _, runtime = _server()
    with runtime.database.session() as session:
        for table in reversed(Base.metadata.sorted_tables):
            if table.name != "clients":
                session.execute(delete(table))


def spec_scopes(spec: dict[str, Any]) -> list[str]:
    """Every scope of every oauth2 scheme of ``spec``."""
    scopes: set[str] = set()
    for scheme in spec.get("components", {}).get("securitySchemes", {}).values():
        for flow in scheme.get("flows", {}).values():
            scopes.update(flow.get("scopes", {}))
    return sorted(scopes)


@cache
def served(name: str) -> Served:
    """The server, and a bearer token from ``POST /auth/token`` with all of ``name``'s scopes."""
    app, runtime = _server()
    api = _definition(name)
    client = runtime.clients.create(spec_scopes(bundle(_spec_path(api))), name="contract")
    basic = base64.b64encode(f"{client.client_id}:{client.secret}".encode()).decode()

    async def fetch() -> str:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=HOST) as http:
            response = await http.post(
                "/auth/token",
                data={"grant_type": "client_credentials"},
                headers={"Authorization": f"Basic {basic}"},
            )
        response.raise_for_status()
        token: str = response.json()["access_token"]
        return token

    return Served(app, {"Authorization": f"Bearer {asyncio.run(fetch())}"})


def _definition(name: str) -> ApiDefinition:
    (found,) = [api for api in all_apis() if api.name == name]
    return found


def _spec_path(api: ApiDefinition) -> Path:
    return Settings.from_env().specs_dir / api.spec_file


def operation_labels(spec: dict[str, Any]) -> list[str]:
    """``"METHOD /path"`` of every operation of ``spec``."""
    return [
        f"{method.upper()} {path}"
        for path, item in spec.get("paths", {}).items()
        for method, operation in item.items()
        if isinstance(operation, dict) and "operationId" in operation
    ]


Suite = tuple[Callable[..., None], Callable[..., None], Callable[..., None]]


def contract_suite(name: str) -> Suite:
    """``(test_operations, test_stateful, test_pending)`` for the API called ``name``."""
    api = _definition(name)
    path = _spec_path(api)
    if not path.exists():
        reason = f"specs/{api.spec_file} is not in this checkout yet"

        @pytest.mark.skip(reason=reason)
        def test_operations() -> None:
            """Skipped: no spec."""

        @pytest.mark.skip(reason=reason)
        def test_stateful() -> None:
            """Skipped: no spec."""

        @pytest.mark.skip(reason=reason)
        def test_pending() -> None:
            """Skipped: no spec."""

        return test_operations, test_stateful, test_pending

    spec = bundle(path)
    missing = missing_handlers(api.package, spec)
    config = schemathesis.Config.from_dict(policy(MAX_EXAMPLES))
    full_schema = schemathesis.openapi.from_dict(spec, config=config)
    pending_ids = [handler.removeprefix(api.package + ".") for handler in missing.values()]
    # Operations without a handler are left out of both phases (links into them with them)
    # and reported one by one by test_pending instead.
    schema = full_schema.exclude(operation_id=pending_ids) if missing else full_schema
    base_url = HOST + api.base_path
    hypothesis_settings = settings(deadline=None, suppress_health_check=list(HealthCheck))

    implemented = len(operation_labels(spec)) - len(missing)
    if implemented:

        @pytest.mark.slow
        @schema.parametrize()
        @hypothesis_settings
        def test_operations(case: Any) -> None:
            server = served(name)
            schema.app = server.app
            case.call_and_validate(headers=server.headers, base_url=base_url, app=server.app)

    else:

        @pytest.mark.xfail(run=False, reason=f"no handler of {name} is implemented yet")
        def test_operations() -> None:
            """Nothing to test until a handler exists."""

    @pytest.mark.slow
    def test_stateful() -> None:
        if implemented == 0:
            pytest.xfail(f"no handler of {name} is implemented yet")
        server = served(name)
        schema.app = server.app
        machine = schema.as_state_machine()

        class Workflow(machine):  # type: ignore[misc, valid-type]
            def setup(self) -> None:
                # Every example starts from an empty database: Hypothesis replays examples
                # and fails as flaky when a replay meets state an earlier one left (a
                # connect answering 200 where it first answered 201).
                reset_database()

            def before_call(self, case: Any) -> None:
                case.headers = {**(case.headers or {}), **server.headers}

            def call(self, case: Any, **kwargs: Any) -> Any:
                headers = {**kwargs.pop("headers", {}), **server.headers}
                return case.call(base_url=base_url, app=server.app, headers=headers, **kwargs)

        run_state_machine_as_test(
            Workflow,
            settings=settings(
                max_examples=STATEFUL_EXAMPLES,
                stateful_step_count=6,
                deadline=None,
                suppress_health_check=list(HealthCheck),
            ),
        )

    @pytest.mark.parametrize(
        "label",
        [
            pytest.param(
                label,
                marks=pytest.mark.xfail(
                    run=False, strict=True, reason=f"handler {handler} is not implemented yet"
                ),
            )
            for label, handler in sorted(missing.items())
        ]
        or [pytest.param("", marks=pytest.mark.skip(reason=f"every handler of {name} exists"))],
    )
    def test_pending(label: str) -> None:
        """One xfail per operation of the spec that has no handler yet."""

    return test_operations, test_stateful, test_pending
