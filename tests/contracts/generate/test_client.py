"""The generated Python clients import, lint clean, and behave against ``httpx.MockTransport``.

Each test imports the ``shop`` client generated from the fixture specs and serves it from an
in-memory transport: tokens through ``/auth/token``, typed errors, pages, bounded 429 retries,
the same for the async client.
"""

from __future__ import annotations

import asyncio
import base64
import importlib
import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

PROBLEM = "application/problem+json"
ORDER = {
    "order_id": "ord_1",
    "status": "placed",
    "total": {"amount": 1250, "currency": "EUR"},
}


@pytest.fixture
def import_client(
    generated_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[[str], ModuleType]]:
    """Import a generated client package fresh; forget it (and its submodules) afterwards."""
    imported: list[str] = []

    def load(package: str) -> ModuleType:
        monkeypatch.syspath_prepend(str(generated_dir / "clients" / "python" / package))
        imported.append(package)
        return importlib.import_module(package)

    yield load
    for package in imported:
        for name in [n for n in sys.modules if n == package or n.startswith(f"{package}.")]:
            del sys.modules[name]


@pytest.fixture
def shop(import_client: Callable[[str], ModuleType]) -> ModuleType:
    """The generated ``shop`` package."""
    return import_client("shop")


class Server:
    """A scripted in-memory server: records requests, answers from a handler."""

    def __init__(self, handler: Callable[[httpx.Request], httpx.Response]) -> None:
        self.handler = handler
        self.requests: list[httpx.Request] = []
        self.tokens_issued = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.url.path == "/auth/token":
            self.tokens_issued += 1
            return httpx.Response(
                200, json={"access_token": f"tok{self.tokens_issued}", "expires_in": 3600}
            )
        return self.handler(request)

    def calls(self) -> list[str]:
        """``METHOD path?query`` of every API request (token requests left out)."""
        return [
            f"{r.method} {r.url.raw_path.decode()}"
            for r in self.requests
            if r.url.path != "/auth/token"
        ]


def _client(shop: ModuleType, server: Server, sleeps: list[float] | None = None, **kw: Any):
    recorded = sleeps if sleeps is not None else []
    return shop.Client(
        "http://test",
        client_id="cid",
        client_secret="secret",
        transport=httpx.MockTransport(server),
        sleep=recorded.append,
        **kw,
    )


def _async_client(shop: ModuleType, server: Server, sleeps: list[float], **kw: Any):
    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    return shop.AsyncClient(
        "http://test",
        client_id="cid",
        client_secret="secret",
        transport=httpx.MockTransport(server),
        sleep=sleep,
        **kw,
    )


def test_calls_fetch_a_token_with_client_credentials_and_send_it(shop: ModuleType):
    server = Server(lambda request: httpx.Response(200, json=ORDER))
    with _client(shop, server) as client:
        assert client.get_order("ord_1") == ORDER
        assert client.get_order("ord/2") == ORDER
    token_request, first, second = server.requests
    assert token_request.method == "POST" and token_request.url.path == "/auth/token"
    assert (
        token_request.headers["Authorization"]
        == "Basic " + base64.b64encode(b"cid:secret").decode()
    )
    assert b"grant_type=client_credentials" in token_request.content
    assert first.headers["Authorization"] == "Bearer tok1"
    assert second.headers["Authorization"] == "Bearer tok1", "the token is reused"
    assert server.calls() == ["GET /api/v1/orders/ord_1", "GET /api/v1/orders/ord%2F2"]


def test_client_credentials_are_form_encoded_inside_basic_auth(shop: ModuleType):
    server = Server(lambda request: httpx.Response(200, json=ORDER))
    client = shop.Client(
        "http://test",
        client_id="id with space",
        client_secret="s+cr%t:x",
        scope="orders.read orders.write",
        transport=httpx.MockTransport(server),
    )
    with client:
        client.get_order("ord_1")
    token_request = server.requests[0]
    encoded = token_request.headers["Authorization"].removeprefix("Basic ")
    assert base64.b64decode(encoded) == b"id+with+space:s%2Bcr%25t%3Ax"
    assert b"scope=orders.read+orders.write" in token_request.content


def test_client_secret_post_sends_the_credentials_in_the_form(shop: ModuleType):
    server = Server(lambda request: httpx.Response(200, json=ORDER))
    with _client(shop, server, token_auth="client_secret_post") as client:
        client.get_order("ord_1")
    token_request = server.requests[0]
    assert "Authorization" not in token_request.headers
    assert b"client_id=cid" in token_request.content
    assert b"client_secret=secret" in token_request.content


def test_public_operations_send_no_credentials(shop: ModuleType):
    server = Server(lambda request: httpx.Response(200, json={"status": "ok"}))
    with _client(shop, server) as client:
        assert client.get_health() == {"status": "ok"}
    assert server.tokens_issued == 0
    assert "Authorization" not in server.requests[0].headers


def test_bodies_headers_and_query_parameters_go_on_the_wire(shop: ModuleType):
    server = Server(lambda request: httpx.Response(201, json=ORDER))
    body = {"items": [{"sku": "SKU-1", "quantity": 2}]}
    with _client(shop, server) as client:
        assert client.create_order(body=body, x_request_id="req-9") == ORDER
        client.list_orders(limit=5, status="placed")
    create, listing = server.requests[1], server.requests[2]
    assert json.loads(create.content) == body
    assert create.headers["X-Request-ID"] == "req-9"
    assert create.headers["Content-Type"] == "application/json"
    assert listing.url.params["limit"] == "5" and listing.url.params["status"] == "placed"
    assert "offset" not in listing.url.params, "unset optional parameters are left out"


def test_no_content_answers_return_none(shop: ModuleType):
    server = Server(lambda request: httpx.Response(204))
    with _client(shop, server) as client:
        assert client.cancel_order("ord_1") is None
    assert server.calls() == ["DELETE /api/v1/orders/ord_1"]


@pytest.mark.parametrize(
    ("status", "error_name"),
    [
        (400, "BadRequestError"),
        (401, "UnauthorizedError"),
        (404, "NotFoundError"),
        (409, "ConflictError"),
        (418, "ClientError"),
        (503, "ServerError"),
    ],
)
def test_error_answers_raise_typed_errors_carrying_the_body(
    shop: ModuleType, status: int, error_name: str
):
    problem = {"type": "about:blank", "title": "nope", "status": status}
    server = Server(
        lambda request: httpx.Response(status, json=problem, headers={"content-type": PROBLEM})
    )
    with _client(shop, server) as client, pytest.raises(shop.ApiError) as caught:
        client.get_order("ord_9")
    error = caught.value
    assert type(error).__name__ == error_name
    assert isinstance(error, getattr(shop, error_name))
    assert error.status == status
    assert error.body == problem
    assert error.url == "http://test/api/v1/orders/ord_9"
    assert isinstance(error, shop.ClientError) == (status < 500)


def test_a_401_renews_the_token_once(shop: ModuleType):
    answers = iter([httpx.Response(401, json={}), httpx.Response(200, json=ORDER)])
    server = Server(lambda request: next(answers))
    with _client(shop, server) as client:
        assert client.get_order("ord_1") == ORDER
    assert server.tokens_issued == 2
    assert server.requests[-1].headers["Authorization"] == "Bearer tok2"


def test_429_is_retried_after_retry_after_seconds(shop: ModuleType):
    answers = iter(
        [
            httpx.Response(429, json={}, headers={"Retry-After": "2"}),
            httpx.Response(429, json={}, headers={"Retry-After": "1"}),
            httpx.Response(200, json=ORDER),
        ]
    )
    server = Server(lambda request: next(answers))
    sleeps: list[float] = []
    with _client(shop, server, sleeps) as client:
        assert client.get_order("ord_1") == ORDER
    assert sleeps == [2.0, 1.0]
    assert len(server.calls()) == 3


def test_an_expired_token_is_replaced_before_the_call(
    shop: ModuleType, monkeypatch: pytest.MonkeyPatch
):
    clock = [1000.0]
    monkeypatch.setattr(shop._transport.time, "monotonic", lambda: clock[0])
    server = Server(lambda request: httpx.Response(200, json=ORDER))
    with _client(shop, server) as client:
        client.get_order("ord_1")
        clock[0] += 3600 - 30 - 1  # still inside the lifetime, less the early-renewal margin
        client.get_order("ord_1")
        clock[0] += 2
        client.get_order("ord_1")
    assert server.tokens_issued == 2
    assert [r.headers["Authorization"] for r in server.requests if r.url.path != "/auth/token"] == [
        "Bearer tok1",
        "Bearer tok1",
        "Bearer tok2",
    ]


def test_retry_after_accepts_seconds_and_http_dates(shop: ModuleType):
    assert shop._core.parse_retry_after("7") == 7.0
    assert shop._core.parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") < 0  # in the past
    assert shop._core.parse_retry_after("soon") is None
    past = httpx.Response(429, headers={"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"})
    assert shop._core.retry_wait(past, 0, shop.RetryPolicy()) == 0.0
    unknown = httpx.Response(429)
    assert shop._core.retry_wait(unknown, 2, shop.RetryPolicy(default_wait=1.0)) == 4.0
    assert shop._core.retry_wait(unknown, 3, shop.RetryPolicy(max_retries=3)) is None


def test_429_retries_are_bounded_in_number_and_wait(shop: ModuleType):
    server = Server(
        lambda request: httpx.Response(429, json={"title": "slow"}, headers={"Retry-After": "999"})
    )
    sleeps: list[float] = []
    policy = shop.RetryPolicy(max_retries=2, max_wait=5.0)
    with (
        _client(shop, server, sleeps, retry=policy) as client,
        pytest.raises(shop.RateLimitError) as caught,
    ):
        client.get_order("ord_1")
    assert sleeps == [5.0, 5.0]
    assert len(server.calls()) == 3
    assert caught.value.retry_after == 999.0
    assert caught.value.body == {"title": "slow"}


def _paged_by_link(request: httpx.Request) -> httpx.Response:
    offset = int(request.url.params.get("offset", "0"))
    page = [dict(ORDER, order_id=f"ord_{offset + i}") for i in range(2)] if offset < 4 else []
    headers = {}
    if offset < 4:
        headers["Link"] = f'</api/v1/orders?limit=2&offset={offset + 2}>; rel="next"'
    body = {"data": page, "pagination": {"limit": 2, "offset": offset}}
    return httpx.Response(200, json=body, headers=headers)


def _paged_by_offset(request: httpx.Request) -> httpx.Response:
    offset = int(request.url.params.get("offset", "0"))
    items = [dict(ORDER, order_id=f"ord_{i}") for i in range(5)][offset : offset + 2]
    return httpx.Response(200, json={"data": items, "pagination": {"limit": 2, "offset": offset}})


def test_pages_follow_the_link_header(shop: ModuleType):
    server = Server(_paged_by_link)
    with _client(shop, server) as client:
        pages = list(client.iter_list_orders_pages(limit=2))
    assert [len(page["data"]) for page in pages] == [2, 2, 0]
    assert server.calls() == [
        "GET /api/v1/orders?limit=2",
        "GET /api/v1/orders?limit=2&offset=2",
        "GET /api/v1/orders?limit=2&offset=4",
    ]


def test_pages_move_the_offset_when_there_is_no_link(shop: ModuleType):
    server = Server(_paged_by_offset)
    with _client(shop, server) as client:
        pages = list(client.iter_list_orders_pages(status="placed"))
    ids = [order["order_id"] for page in pages for order in page["data"]]
    assert ids == ["ord_0", "ord_1", "ord_2", "ord_3", "ord_4"]
    assert server.calls()[-1] == "GET /api/v1/orders?offset=4&status=placed"


def test_async_client_fetches_tokens_maps_errors_pages_and_retries(shop: ModuleType):
    async def scenario() -> None:
        sleeps: list[float] = []
        answers = iter(
            [
                httpx.Response(429, json={}, headers={"Retry-After": "3"}),
                httpx.Response(200, json=ORDER),
                httpx.Response(404, json={"title": "gone"}, headers={"content-type": PROBLEM}),
            ]
        )
        server = Server(lambda request: next(answers))
        async with _async_client(shop, server, sleeps) as client:
            assert await client.get_order("ord_1") == ORDER
            with pytest.raises(shop.NotFoundError) as caught:
                await client.get_order("ord_2")
        assert sleeps == [3.0]
        assert caught.value.status == 404 and caught.value.body == {"title": "gone"}
        assert server.requests[1].headers["Authorization"] == "Bearer tok1"

        paged = Server(_paged_by_link)
        async with _async_client(shop, paged, []) as client:
            pages = [page async for page in client.iter_list_orders_pages(limit=2)]
        assert [len(page["data"]) for page in pages] == [2, 2, 0]

    asyncio.run(scenario())


def test_inventory_client_uses_its_api_key_header_and_absolute_server(
    import_client: Callable[[str], ModuleType],
):
    inventory = import_client("inventory")
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"sku": "SKU-1", "on-hand": 3})

    assert inventory.Client.default_base_url == "https://inventory.example.com"
    client = inventory.Client(api_key="k", transport=httpx.MockTransport(answer))
    with client:
        assert client.get_stock_level("SKU-1") == {"sku": "SKU-1", "on-hand": 3}
    assert str(seen[0].url) == "https://inventory.example.com/v2/stock/SKU-1"
    assert seen[0].headers["X-Inventory-Key"] == "k"


def test_generated_clients_pass_ruff(generated_dir: Path):
    clients = generated_dir / "clients" / "python"
    config = Path(__file__).parents[3] / "pyproject.toml"
    for command in (["check"], ["format", "--check"]):
        result = subprocess.run(
            [sys.executable, "-m", "ruff", *command, "--no-cache", "--config", str(config), "."],
            cwd=clients,
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_generated_clients_pass_mypy_strict(generated_dir: Path):
    for package in ("shop", "inventory"):
        result = subprocess.run(
            [sys.executable, "-m", "mypy", "--strict", "--no-incremental", package],
            cwd=generated_dir / "clients" / "python" / package,
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stdout + result.stderr
