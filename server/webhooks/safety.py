"""Which receiver URLs the server may call: no plain http, no internal addresses (SSRF).

A receiver URL is checked when it is registered (scheme) and again before every attempt
(scheme and every address its host resolves to), because DNS answers change after
registration. The attempt then connects to an address that passed the check (see
:mod:`server.webhooks.sender`), never resolving the name again: otherwise a name could answer
a public address to the check and a private one to the connection (DNS rebinding).

Loopback, private, link-local (cloud metadata at 169.254.169.254 included), multicast,
reserved and unspecified addresses are refused unless an operator lists their network in
``Settings.webhook_allow_networks``.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Sequence
from urllib.parse import urlsplit

from server.settings import Settings

IpAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IpNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
#: ``host, port -> addresses``; tests may pass their own.
Resolver = Callable[[str, int], Sequence[str]]


class UnsafeReceiverError(Exception):
    """The receiver URL may not be called; ``reason`` says why."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


def resolve(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to (IPv4 and IPv6), in the resolver's order of preference."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise UnsafeReceiverError(host, f"cannot resolve {host}: {exc.strerror}") from exc
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def allowed_networks(settings: Settings) -> list[IpNetwork]:
    """The operator's allow-list as networks."""
    return [ipaddress.ip_network(item, strict=False) for item in settings.webhook_allow_networks]


def is_internal(address: IpAddress) -> bool:
    """Whether an address is not on the public internet."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return is_internal(address.ipv4_mapped)
    return (
        address.is_loopback
        or address.is_private
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
    )


def check_scheme(url: str, settings: Settings) -> None:
    """``https`` always; ``http`` only when the development setting allows it."""
    scheme = urlsplit(url).scheme.lower()
    if scheme == "https" or (scheme == "http" and settings.webhook_allow_http):
        return
    raise UnsafeReceiverError(url, f"scheme {scheme or '(none)'} is not allowed (https only)")


def check_receiver(url: str, settings: Settings, resolver: Resolver = resolve) -> list[str]:
    """The addresses ``url``'s host has now, all checked; :class:`UnsafeReceiverError` if unsafe."""
    check_scheme(url, settings)
    try:
        parts = urlsplit(url)
        host = parts.hostname
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError as exc:
        raise UnsafeReceiverError(url, "malformed URL") from exc
    if not host:
        raise UnsafeReceiverError(url, "no host")
    networks = allowed_networks(settings)
    addresses = resolver(host, port)
    if not addresses:
        raise UnsafeReceiverError(url, f"{host} resolves to no address")
    checked = []
    for text in addresses:
        address = ipaddress.ip_address(text.split("%", 1)[0])
        if is_internal(address) and not any(address in network for network in networks):
            raise UnsafeReceiverError(url, f"{host} resolves to internal address {address}")
        checked.append(str(address))
    return checked
