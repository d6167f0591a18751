"""An attempt connects to the address that passed the check; Host and TLS keep the name."""

from __future__ import annotations

import datetime as dt
import socket
import ssl
import threading
from collections.abc import Callable, Iterator, Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from server.webhooks.sender import Sender
from tests.server.webhooks.conftest import webhook_settings
from tests.server.webhooks.receiver import Receiver

ENVELOPE = {"id": "whk_" + "0" * 24, "data": {}}


@pytest.fixture
def system_dns(monkeypatch: pytest.MonkeyPatch) -> Callable[[str, str], None]:
    """Make the system resolver answer ``address`` for ``name`` (what a connection would use)."""
    real = socket.getaddrinfo

    def answer(name: str, address: str) -> None:
        def getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
            return real(address if host == name else host, port, *args, **kwargs)

        monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)

    return answer


def rebinding(first: str, then: str) -> Callable[[str, int], Sequence[str]]:
    """A name that answers ``first`` to the first lookup and ``then`` to every later one."""
    answers = iter([first])
    return lambda host, port: [next(answers, then)]


@pytest.mark.parametrize(
    ("checked", "allowed"),
    [
        # A public address for the check, loopback afterwards.
        ("100.64.0.1", ()),
        # An allowed loopback address for the check, a refused one afterwards.
        ("127.0.0.2", ("127.0.0.2/32",)),
    ],
)
def test_a_name_rebound_after_the_check_does_not_reach_the_new_address(
    checked: str,
    allowed: tuple[str, ...],
    receiver: Receiver,
    system_dns: Callable[[str, str], None],
    tmp_path: Path,
) -> None:
    # Without pinning the connection would look the name up again and reach the receiver.
    system_dns("rebind.test", "127.0.0.1")
    settings = webhook_settings(
        tmp_path, webhook_allow_networks=allowed, webhook_timeout_seconds=0.5
    )
    sender = Sender(settings, rebinding(checked, "127.0.0.1"))
    try:
        outcome = sender.send(f"http://rebind.test:{receiver.port}/hooks", "s" * 16, ENVELOPE)
    finally:
        sender.close()
    assert not outcome.succeeded, outcome
    assert receiver.received == []


def test_a_name_in_the_allow_list_is_delivered_with_its_own_host_header(
    receiver: Receiver, tmp_path: Path
) -> None:
    sender = Sender(webhook_settings(tmp_path), lambda host, port: ["127.0.0.1"])
    try:
        outcome = sender.send(f"http://hooks.test:{receiver.port}/hooks", "s" * 16, ENVELOPE)
    finally:
        sender.close()
    assert outcome.succeeded, outcome
    [arrived] = receiver.received
    assert arrived.headers["Host"] == f"hooks.test:{receiver.port}"


def certificate(name: str, directory: Path) -> tuple[Path, Path]:
    """A self-signed certificate for ``name`` and its key, as PEM files."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(hours=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(name)]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = directory / f"{name}.pem", directory / f"{name}.key"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_file, key_file


class TlsReceiver:
    """An https receiver on loopback serving one certificate; records the SNI names it saw."""

    def __init__(self, cert_file: Path, key_file: Path) -> None:
        self.server_names: list[str | None] = []
        self.hosts: list[str] = []
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cert_file, key_file)
        context.sni_callback = lambda sock, name, ctx: self.server_names.append(name)
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length", "0")))
                receiver.hosts.append(self.headers.get("Host", ""))
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.server.socket = context.wrap_socket(self.server.socket, server_side=True)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def tls_receiver(tmp_path: Path) -> Iterator[tuple[TlsReceiver, Path]]:
    cert_file, key_file = certificate("hooks.test", tmp_path)
    started = TlsReceiver(cert_file, key_file)
    yield started, cert_file
    started.stop()


def trusting(sender: Sender, cert_file: Path) -> Sender:
    """``sender`` with a client that trusts only ``cert_file`` (as if a public CA signed it)."""
    sender.client.close()
    context = ssl.create_default_context(cafile=str(cert_file))
    sender.client = httpx.Client(verify=context, timeout=2, follow_redirects=False, trust_env=False)
    return sender


@pytest.mark.parametrize(("name", "succeeds"), [("hooks.test", True), ("other.test", False)])
def test_tls_sni_and_certificate_check_use_the_name_not_the_address(
    name: str,
    succeeds: bool,
    tls_receiver: tuple[TlsReceiver, Path],
    tmp_path: Path,
) -> None:
    server, cert_file = tls_receiver
    sender = trusting(
        Sender(webhook_settings(tmp_path), lambda host, port: ["127.0.0.1"]), cert_file
    )
    try:
        outcome = sender.send(f"https://{name}:{server.port}/hooks", "s" * 16, ENVELOPE)
    finally:
        sender.close()
    assert server.server_names[:1] == [name]
    if succeeds:
        assert outcome.succeeded, outcome
        assert server.hosts == [f"hooks.test:{server.port}"]
    else:
        # The certificate names hooks.test: it is refused for other.test although the
        # address is the same, so the check is made against the name.
        assert not outcome.succeeded
        assert outcome.error is not None and "certificate" in outcome.error.lower(), outcome
        assert server.hosts == []
