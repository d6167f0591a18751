"""Proxy mode: forward to a live server, validate request and response both ways."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

import pytest

from tests.mocks.conftest import SHOP

GOOD = {
    "id": "ord_abc123",
    "status": "paid",
    "total": 1.5,
    "currency": "EUR",
    "createdAt": "2024-01-01T00:00:00Z",
    "items": [{"sku": "SKU-1", "quantity": 1}],
    "customer": {"kind": "person", "name": "Ada", "email": "ada@example.com"},
}


class _Upstream(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path.endswith("/notes") or self.path.startswith("/shop/v1/health"):
            self.send_response(501)
            self.send_header("content-length", "0")
            self.end_headers()
            return
        body = GOOD if self.path.endswith("ord_abc123") else {**GOOD, "status": "lost"}
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: Any) -> None:
        return


@pytest.fixture
def upstream() -> Iterator[str]:
    server = HTTPServer(("127.0.0.1", 0), _Upstream)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_conforming_traffic_passes_through(mock_process, upstream: str) -> None:
    mock = mock_process("--proxy", upstream, SHOP)
    response = mock.client.get("/shop/v1/orders/ord_abc123", headers={"X-Api-Key": "k"})
    assert response.status_code == 200 and response.json() == GOOD
    assert "x-mock-violations" not in response.headers


def test_violations_in_both_directions_are_reported(mock_process, upstream: str) -> None:
    mock = mock_process("--proxy", upstream, SHOP)
    response = mock.client.get("/shop/v1/orders/ord_zzzzzz1")  # no credentials, bad body
    assert response.status_code == 200  # forwarded anyway
    locations = {v["location"] for v in json.loads(response.headers["x-mock-violations"])}
    assert locations == {"/request/header/Authorization", "/response/body/status"}
    log = mock.stop()
    assert "GET /shop/v1/orders/ord_zzzzzz1 -> 200: 2 violation(s)" in log


def test_upstream_501_is_answered_by_the_mock(mock_process, upstream: str) -> None:
    mock = mock_process("--proxy", upstream, SHOP)
    response = mock.client.get("/shop/v1/health")
    assert response.status_code == 200 and response.json() == {"status": "ok"}
