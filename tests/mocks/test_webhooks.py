"""Test webhooks: register a URL, trigger a declared event, receive it signed."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

import pytest

from contracts.webhook_signature import verify_signature
from tests.mocks.conftest import SHOP

Received = list[tuple[dict[str, str], bytes]]


class _Server(HTTPServer):
    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Receiver)
        self.received: Received = []


class _Receiver(BaseHTTPRequestHandler):
    server: _Server

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("content-length", 0)))
        self.server.received.append((dict(self.headers.items()), body))
        self.send_response(202)
        self.send_header("content-length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args: Any) -> None:
        return


@pytest.fixture
def receiver() -> Iterator[tuple[str, Received]]:
    server = _Server()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/hooks", server.received
    server.shutdown()
    server.server_close()


def test_events_list_the_declared_callbacks(shop) -> None:
    events = shop.get("/__sandbox/webhooks/events").json()
    assert [e["event"] for e in events] == ["orderShipped"]


def test_triggered_event_is_delivered_signed(mock_process, receiver) -> None:
    url, received = receiver
    mock = mock_process(SHOP)
    subscription = mock.client.post(
        "/__sandbox/webhooks/subscriptions", json={"url": url, "secret": "s3cret"}
    )
    assert subscription.status_code == 201
    result = mock.client.post(
        "/__sandbox/webhooks/trigger",
        json={"event": "orderShipped", "subscription_id": subscription.json()["id"]},
    ).json()
    assert result["delivered"] is True and result["status_code"] == 202
    assert result["payload_violations"] == []
    headers, body = received[0]
    assert verify_signature("s3cret", headers, body, tolerance=60)
    assert not verify_signature("other", headers, body, tolerance=60)
    assert headers["X-Webhook-Id"] == result["delivery_id"]
    assert b'"type":"order.shipped"' in body


def test_unknown_event_and_unreachable_url(shop) -> None:
    unknown = shop.post("/__sandbox/webhooks/trigger", json={"event": "nope", "url": "http://x"})
    assert unknown.status_code == 422 and "orderShipped" in unknown.json()["detail"]
    failed = shop.post(
        "/__sandbox/webhooks/trigger",
        json={"event": "orderShipped", "url": "http://127.0.0.1:9/unreachable"},
    ).json()
    assert failed["delivered"] is False and failed["error"]


def test_openapi_31_webhooks_are_events(write_spec, client_for) -> None:
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "w", "version": "1"},
        "webhooks": {
            "invoicePaid": {
                "post": {
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["invoice"],
                                    "properties": {"invoice": {"type": "string"}},
                                }
                            }
                        }
                    },
                    "responses": {"200": {"description": "ok"}},
                }
            }
        },
    }
    client = client_for(write_spec(spec))
    events = client.get("/__sandbox/webhooks/events").json()
    assert [e["event"] for e in events] == ["invoicePaid"]
