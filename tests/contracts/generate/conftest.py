"""Fixtures: the ``shop`` scenario (two specs sharing ``common/shared.yaml``), generated once,
and the repository's own APIs, whose generated clients run against the reference server."""

from __future__ import annotations

import importlib
import json
import sys
import typing
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any, NotRequired

import httpx
import pytest

from contracts.generate import GeneratedFile, generate_files, write

DATA = Path(__file__).parent / "data"
SCENARIO = DATA / "shop"


@pytest.fixture(scope="session")
def scenario_specs() -> Path:
    """The fixture specs folder."""
    return SCENARIO / "specs"


@pytest.fixture(scope="session")
def generated_files(scenario_specs: Path) -> list[GeneratedFile]:
    """What the generator produces for the scenario, in memory."""
    return generate_files([scenario_specs])


@pytest.fixture(scope="session")
def generated_dir(
    generated_files: list[GeneratedFile], tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """The scenario written to a fresh folder."""
    output = tmp_path_factory.mktemp("generated")
    write(generated_files, output)
    return output


@pytest.fixture(scope="session")
def by_path(generated_files: list[GeneratedFile]) -> dict[str, bytes]:
    """Generated contents keyed by relative path."""
    return {file.path: file.content for file in generated_files}


# The repository's own APIs: their generated clients against the reference server.

REPO = Path(__file__).resolve().parents[3]
SPECS = REPO / "specs"
HOST = "http://testserver"


@dataclass(frozen=True)
class GeneratedApi:
    """One API of ``specs/``: its generated client package and the bundle it came from."""

    name: str
    package: ModuleType
    bundle: dict[str, Any]

    @property
    def scopes(self) -> list[str]:
        """Every scope the spec's client-credentials flows declare."""
        schemes = self.bundle["components"]["securitySchemes"].values()
        flows = [s["flows"]["clientCredentials"] for s in schemes if s.get("type") == "oauth2"]
        return sorted({scope for flow in flows for scope in flow.get("scopes", {})})

    def request_example(self, path: str, method: str) -> dict[str, Any]:
        """The JSON request body example the spec gives for ``method path``."""
        operation = self.bundle["paths"][path][method]
        example: dict[str, Any] = operation["requestBody"]["content"]["application/json"]["example"]
        return example


@pytest.fixture(scope="session")
def repository_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Everything generated from the repository's ``specs/``, written once."""
    folder = tmp_path_factory.mktemp("repository")
    write(generate_files([SPECS]), folder)
    return folder


@pytest.fixture(scope="session")
def generated_api(repository_output: Path) -> Iterator[Callable[[str], GeneratedApi]]:
    """Import an API's generated client by spec name; every one is forgotten at the end."""
    loaded: dict[str, GeneratedApi] = {}
    added: list[str] = []

    def load(name: str) -> GeneratedApi:
        if name not in loaded:
            folder = str(repository_output / "clients" / "python" / name)
            sys.path.insert(0, folder)
            added.append(folder)
            bundle = json.loads((repository_output / "openapi" / f"{name}.json").read_text())
            package = importlib.import_module(name.replace("-", "_"))
            loaded[name] = GeneratedApi(name, package, bundle)
        return loaded[name]

    yield load
    for folder in added:
        sys.path.remove(folder)
    for api in loaded.values():
        package = api.package.__name__
        for module in [n for n in sys.modules if n == package or n.startswith(f"{package}.")]:
            del sys.modules[module]


@pytest.fixture
def server_app(tmp_path: Path) -> Iterator[Any]:
    """The reference server over the repository's specs, with its own data folder."""
    with warnings.catch_warnings():
        # Import-time deprecations inside connexion (not ours), as in the server's own tests.
        warnings.simplefilter("ignore")
        app_module = pytest.importorskip("server.app")
        settings_module = pytest.importorskip("server.settings")
    settings = settings_module.Settings(
        data_dir=tmp_path / "data",
        specs_dir=SPECS,
        database_url=settings_module.Settings.from_env().database_url,
        rate_limits_enabled=False,
    )
    application = app_module.create_app(settings)
    yield application
    application.runtime.close()


class RecordingTransport(httpx.AsyncBaseTransport):
    """The server over ASGI, keeping every answer as the client received it."""

    def __init__(self, app: Any) -> None:
        self._asgi = httpx.ASGITransport(app=app)
        self.answers: list[httpx.Response] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` to the app and keep a copy of its answer."""
        response = await self._asgi.handle_async_request(request)
        raw = b"".join([chunk async for chunk in response.aiter_raw()])
        await response.aclose()
        kept = httpx.Response(
            response.status_code, headers=response.headers, content=raw, request=request
        )
        kept.read()
        self.answers.append(kept)
        return httpx.Response(
            response.status_code, headers=response.headers, content=raw, request=request
        )

    def status_of(self, method: str, path: str) -> list[int]:
        """The statuses of every answer to ``method path`` (path without the query)."""
        return [
            answer.status_code
            for answer in self.answers
            if answer.request.method == method and answer.request.url.path == path
        ]


@dataclass(frozen=True)
class Connection:
    """A generated async client holding a registered client's credentials, and its wire."""

    client: Any
    wire: RecordingTransport
    client_id: str
    client_secret: str


@pytest.fixture
def connect(server_app: Any) -> Callable[..., Connection]:
    """Register a client with every scope of an API (plus ``bindings``) and connect to it.

    The generated client fetches its own token from the server's ``POST /auth/token``.
    """

    def make(api: GeneratedApi, **bindings: Any) -> Connection:
        created = server_app.runtime.clients.create(api.scopes, **bindings)
        wire = RecordingTransport(server_app)
        client = api.package.AsyncClient(
            HOST, client_id=created.client_id, client_secret=created.secret, transport=wire
        )
        return Connection(client, wire, created.client_id, created.secret)

    return make


def assert_shaped_as(value: Any, model: Any) -> None:
    """``value`` holds every required member of the generated TypedDict ``model`` and no other.

    Read through ``get_type_hints``: on Python 3.11 ``__required_keys__`` ignores
    ``NotRequired`` written under ``from __future__ import annotations``.
    """
    hints = typing.get_type_hints(model, include_extras=True)
    required = {name for name, hint in hints.items() if typing.get_origin(hint) is not NotRequired}
    assert isinstance(value, dict), value
    assert required <= set(value), f"{model.__name__} lacks {sorted(required - set(value))}"
    assert set(value) <= set(hints), f"{model.__name__} has no {sorted(set(value) - set(hints))}"
