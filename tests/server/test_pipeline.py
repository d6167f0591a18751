"""The compiled request pipeline answers exactly as Connexion's own per-request layers do.

Two servers over the real specs, one with the compiled pipeline and one with Connexion alone,
get the same requests in the same order; their answers must match byte for byte once the
values that differ on every call (request ids, timestamps, dates) are masked.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from server.app import create_app
from server.runtime import Runtime
from server.settings import Settings
from tests.server.conftest import Api, database_url

READ_WRITE = [
    "cs-integration.read",
    "cs-integration.write",
    "events.read",
    "events.write",
    "cs-marketing.read",
    "integrations.read",
]
CUSTOMERS = "/api/v1/cs-integration/customers"
EVENTS = "/api/v1/events"
#: Values that differ between two servers answering the same request.
VOLATILE = re.compile(
    r'("(request_id|correlationId)":)"[^"]*"'
    r"|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})"
    r"|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
    r"|aud_[0-9a-f]+"
)
SKIPPED_HEADERS = {
    "x-request-id",
    "x-correlation-id",
    "x-ratelimit-reset",
    "date",
    "etag",
    "x-audit-trail",  # the id of the audit record, random
}


def customer(customer_id: str, **changes: Any) -> dict[str, Any]:
    """A valid customer body."""
    body = json.loads((Path(__file__).parents[2] / "bench/server/create_customer.json").read_text())
    return {**body, "customer_id": customer_id, **changes}


def normalised(response: httpx.Response) -> tuple[int, dict[str, str], str]:
    """Status, stable headers and body of ``response`` with the volatile values masked."""
    headers = {k: v for k, v in response.headers.items() if k not in SKIPPED_HEADERS}
    return response.status_code, headers, VOLATILE.sub(r"\1<volatile>", response.text)


@pytest.fixture
def servers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[[str, str], tuple[httpx.Response, httpx.Response]]]:
    """``(method, path, **kwargs) -> (compiled answer, Connexion answer)``, credentials added."""
    import server.api_app

    def build(name: str, compiled: bool) -> Api:
        # Each server keeps its own SQLite file, also when CI sets DATABASE_URL: on one shared
        # PostgreSQL database the second server's create would meet the first one's row.
        if compiled:
            return real_api(tmp_path / name, database="")
        with monkeypatch.context() as patch:
            patch.setattr(server.api_app, "compile_pipeline", lambda app, *args: app)
            return real_api(tmp_path / name, database="")

    compiled, plain = build("compiled", True), build("plain", False)
    scoped = {
        scopes: (compiled.bearer(list(scopes)), plain.bearer(list(scopes)))
        for scopes in (tuple(READ_WRITE), ("events.read",))
    }
    keys = {
        scope: tuple(
            {"X-API-Key": api.runtime.clients.create([scope], api_key=True).api_key}
            for api in (compiled, plain)
        )
        for scope in ("events.read", "cs-integration.read")
    }

    def both(
        method: str,
        path: str,
        scopes: tuple[str, ...] | None = tuple(READ_WRITE),
        key: str = "",
        **kwargs: Any,
    ) -> tuple[httpx.Response, httpx.Response]:
        given = kwargs.pop("headers", {})
        answers = []
        for index, api in enumerate((compiled, plain)):
            headers = dict(given)
            if key:
                headers.update(keys[key][index])
            elif scopes is not None and "Authorization" not in headers:
                headers.update(scoped[scopes][index])
            answers.append(api.request(method, path, headers=headers, **kwargs))
        return answers[0], answers[1]

    yield both  # type: ignore[misc]
    for api in (compiled, plain):
        api.runtime.close()


def real_api(data_dir: Path, database: str | None = None) -> Api:
    """The whole server over the real specs; ``database`` defaults to the suite's one."""
    settings = Settings(
        data_dir=data_dir,
        specs_dir=Settings().specs_dir,
        database_url=database_url() if database is None else database,
    )
    app = create_app(settings)
    runtime: Runtime = app.runtime
    return Api(app, runtime)


BAD_JSON = {"content": b'{"customer_id": ', "headers": {"Content-Type": "application/json"}}

CASES: list[tuple[str, str, dict[str, Any]]] = [
    ("POST", CUSTOMERS, {"json": customer("cust_pipeline1")}),
    ("GET", f"{CUSTOMERS}/cust_pipeline1", {}),
    ("GET", f"{CUSTOMERS}/cust_missing", {}),
    ("GET", f"{CUSTOMERS}?limit=2&offset=0", {}),
    ("GET", f"{CUSTOMERS}?limit=abc", {}),
    ("GET", f"{CUSTOMERS}?limit=0", {}),
    ("GET", f"{CUSTOMERS}?unknown=1", {}),
    ("GET", f"{CUSTOMERS}?risk_level=high&risk_level=low", {}),
    ("GET", f"{CUSTOMERS}/cust_pipeline1", {"scopes": None}),
    ("GET", f"{CUSTOMERS}/cust_pipeline1", {"scopes": ("events.read",)}),
    ("GET", f"{CUSTOMERS}/cust_pipeline1", {"headers": {"Authorization": "Bearer nope"}}),
    ("GET", f"{CUSTOMERS}/cust_pipeline1", {"headers": {"Authorization": "Bearer"}}),
    ("GET", f"{CUSTOMERS}/cust_pipeline1", {"headers": {"If-None-Match": "*"}}),
    ("HEAD", f"{CUSTOMERS}/cust_pipeline1", {}),
    ("POST", CUSTOMERS, {"json": customer("cust_pipeline1")}),
    ("POST", CUSTOMERS, {"json": customer("cust_pipeline2", health_score="high")}),
    ("POST", CUSTOMERS, {"json": {"customer_id": "cust_pipeline3"}}),
    ("POST", CUSTOMERS, BAD_JSON),
    ("POST", CUSTOMERS, {"content": b"x", "headers": {"Content-Type": "text/plain"}}),
    ("POST", CUSTOMERS, {"content": b"", "headers": {"Content-Type": "application/json"}}),
    ("POST", CUSTOMERS, {"content": b"null", "headers": {"Content-Type": "application/json"}}),
    ("PUT", f"{CUSTOMERS}/cust_pipeline1", {"json": customer("cust_pipeline1")}),
    (
        "PUT",
        f"{CUSTOMERS}/cust_pipeline1",
        {"json": customer("cust_pipeline1"), "headers": {"If-Match": '"stale"'}},
    ),
    ("DELETE", CUSTOMERS, {}),
    ("GET", "/api/v1/cs-integration/nowhere", {}),
    ("GET", f"{EVENTS}?pageSize=2", {}),
    ("GET", f"{EVENTS}?pageSize=2&sort=-startsAt", {"scopes": ("events.read",)}),
    ("GET", f"{EVENTS}?pageSize=0", {}),
    ("GET", f"{EVENTS}?topLevel=true&status=draft", {}),
    ("GET", f"{EVENTS}?tag=a&tag=b", {}),
    ("GET", f"{EVENTS}?format=csv", {}),
    ("GET", f"{EVENTS}?bogus=1", {}),
    ("GET", f"{EVENTS}/not-a-uuid", {}),
    ("GET", f"{EVENTS}?pageSize=2", {"key": "events.read"}),
    ("GET", f"{EVENTS}?pageSize=2", {"key": "cs-integration.read"}),
    ("GET", f"{EVENTS}?pageSize=2", {"headers": {"X-API-Key": "key_nope.nope"}}),
    (
        "GET",
        f"{EVENTS}?pageSize=2",
        {"key": "events.read", "headers": {"Authorization": "Bearer nope"}},
    ),
    ("GET", "/v1/cs-integrations/marketing/campaigns/camp_missing", {}),
    ("GET", "/v1/cs-integrations/marketing/campaigns/camp_missing", {"scopes": ("events.read",)}),
    ("GET", "/api/integrations/iterable/pub_1/campaigns", {}),
    ("GET", "/api/integrations/iterable/pub_1/campaigns?bogus=1", {}),
    ("DELETE", f"{CUSTOMERS}/cust_pipeline1", {}),
    ("GET", f"{CUSTOMERS}/cust_pipeline1", {}),
]


def test_every_case_gets_the_same_answer_with_and_without_the_compiled_pipeline(
    servers: Callable[..., tuple[httpx.Response, httpx.Response]],
) -> None:
    for method, path, options in CASES:
        compiled, plain = servers(method, path, **options)
        assert normalised(compiled) == normalised(plain), (method, path, options)


def test_accepted_requests_skip_connexion_and_refused_ones_reach_it(tmp_path: Path) -> None:
    api = real_api(tmp_path)
    dispatcher = api.app
    pipeline = _pipeline_of(dispatcher.app_for("/api/v1/cs-integration/customers"))
    calls: list[str] = []
    connexion = pipeline.connexion

    async def counted(scope: Any, receive: Any, send: Any) -> None:
        calls.append(scope["path"])
        await connexion(scope, receive, send)

    pipeline.connexion = counted
    headers = api.bearer(READ_WRITE)
    counted_id = "cust_" + uuid.uuid4().hex[:12]  # the suite's database may be shared
    created = api.request("POST", CUSTOMERS, json=customer(counted_id), headers=headers)
    assert created.status_code == 201, created.text
    assert api.request("GET", f"{CUSTOMERS}/{counted_id}", headers=headers).status_code == 200
    assert calls == []
    assert api.request("GET", f"{CUSTOMERS}/{counted_id}").status_code == 401
    assert api.request("GET", f"{CUSTOMERS}?bogus=1", headers=headers).status_code == 400
    assert calls == [f"{CUSTOMERS}/{counted_id}", CUSTOMERS]
    api.runtime.close()


def _pipeline_of(app: Any) -> Any:
    """The compiled pipeline inside one API's middleware chain."""
    from server.http.pipeline import CompiledPipeline

    while not isinstance(app, CompiledPipeline):
        app = app.app
    return app
