"""Receivers must be https and public unless allowed; redirects are not followed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from threading import Thread
from typing import Any

import pytest

from server.settings import Settings
from server.webhooks.safety import UnsafeReceiverError, check_receiver
from server.webhooks.sender import Sender
from tests.server.conftest import Api
from tests.server.webhooks.conftest import webhook_settings
from tests.server.webhooks.receiver import Receiver


def resolving_to(*addresses: str) -> Callable[[str, int], Sequence[str]]:
    return lambda host, port: list(addresses)


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.9",
        "192.168.1.1",
        "169.254.169.254",
        "0.0.0.0",
        "::1",
        "fe80::1",
        "fd00:ec2::254",
        "::ffff:127.0.0.1",
        "224.0.0.1",
    ],
)
def test_internal_addresses_are_refused(address: str) -> None:
    with pytest.raises(UnsafeReceiverError, match="internal address"):
        check_receiver("https://hooks.example/x", Settings(), resolving_to(address))


def test_one_internal_address_among_public_ones_is_refused() -> None:
    with pytest.raises(UnsafeReceiverError):
        check_receiver(
            "https://hooks.example/x", Settings(), resolving_to("93.184.216.34", "10.0.0.1")
        )


def test_public_https_receiver_is_allowed() -> None:
    check_receiver("https://hooks.example/x", Settings(), resolving_to("93.184.216.34"))


def test_allow_list_permits_its_networks_only() -> None:
    settings = Settings(webhook_allow_networks=("10.0.0.0/8",))
    check_receiver("https://hooks.example/x", settings, resolving_to("10.9.9.9"))
    with pytest.raises(UnsafeReceiverError):
        check_receiver("https://hooks.example/x", settings, resolving_to("192.168.0.1"))


def test_plain_http_needs_the_development_setting() -> None:
    public = resolving_to("93.184.216.34")
    with pytest.raises(UnsafeReceiverError, match="https only"):
        check_receiver("http://hooks.example/x", Settings(), public)
    check_receiver("http://hooks.example/x", Settings(webhook_allow_http=True), public)


def test_settings_are_read_from_the_environment() -> None:
    settings = Settings.from_env(
        {
            "APIKIT_WEBHOOK_ALLOW_HTTP": "1",
            "APIKIT_WEBHOOK_ALLOW_NETWORKS": "127.0.0.0/8, ::1/128",
            "APIKIT_WEBHOOK_TIMEOUT": "3.5",
            "APIKIT_WEBHOOK_DISABLE_AFTER": "7",
        }
    )
    assert settings.webhook_allow_http
    assert settings.webhook_allow_networks == ("127.0.0.0/8", "::1/128")
    assert settings.webhook_timeout_seconds == 3.5
    assert settings.webhook_disable_after == 7
    assert Settings.from_env(settings.to_env()) == settings


def test_loopback_delivery_is_refused_without_the_allow_list(
    receiver: Receiver, tmp_path: Path
) -> None:
    sender = Sender(webhook_settings(tmp_path).with_changes(webhook_allow_networks=()))
    try:
        outcome = sender.send(receiver.url, "s" * 16, {"id": "whk_" + "0" * 24, "data": {}})
    finally:
        sender.close()
    assert not outcome.succeeded
    assert outcome.error is not None and outcome.error.startswith("refused:")
    assert receiver.received == []


def test_redirects_are_not_followed(receiver: Receiver, tmp_path: Path) -> None:
    class Redirect(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.send_response(307)
            self.send_header("Location", receiver.url)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Redirect)
    Thread(target=server.serve_forever, daemon=True).start()
    sender = Sender(webhook_settings(tmp_path))
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/hooks"
        outcome = sender.send(url, "s" * 16, {"id": "whk_" + "0" * 24, "data": {}})
    finally:
        sender.close()
        server.shutdown()
        server.server_close()
    assert outcome.status == 307 and not outcome.succeeded
    assert receiver.received == []


def test_http_url_to_a_public_host_is_accepted_with_the_setting(
    api: Api, headers: dict[str, str], subscribe: Callable[..., dict[str, Any]]
) -> None:
    # This module's server allows http (without the setting it is a 422: event_platform tests).
    created = subscribe("http://hooks.example/x", ["event.created"])
    assert created["url"] == "http://hooks.example/x"


def test_an_attempt_times_out(tmp_path: Path) -> None:
    class Slow(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            import time

            time.sleep(1.5)
            self.send_response(200)
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Slow)
    server.daemon_threads = True
    Thread(target=server.serve_forever, daemon=True).start()
    sender = Sender(webhook_settings(tmp_path, webhook_timeout_seconds=0.3))
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/hooks"
        outcome = sender.send(url, "s" * 16, {"id": "whk_" + "0" * 24, "data": {}})
    finally:
        sender.close()
        server.shutdown()
        server.server_close()
    assert outcome.status is None and outcome.error == "timeout after 0.3 s"
    assert outcome.duration_ms < 1400
