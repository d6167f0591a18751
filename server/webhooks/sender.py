"""One delivery attempt: sign the envelope now, POST it, report what happened (never raises)."""

from __future__ import annotations

import ipaddress
import json
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import httpx

from contracts.webhook_signature import signed_delivery
from server.settings import Settings
from server.storage.models.base import utcnow
from server.webhooks.safety import Resolver, UnsafeReceiverError, check_receiver, resolve

USER_AGENT = "EventManagementPlatform-Webhooks/1.0"

#: ``(secret, body object) -> (bytes to POST, signing headers)``.
Signer = Callable[[str, Mapping[str, Any]], tuple[bytes, dict[str, str]]]


@dataclass(frozen=True)
class PinnedRequest:
    """A request to an address checked a moment ago, addressed to the URL's own name."""

    url: httpx.URL
    headers: dict[str, str]
    extensions: dict[str, Any]


def pin(url: str, address: str, headers: Mapping[str, str]) -> PinnedRequest:
    """``url`` with its host replaced by ``address``; ``Host`` and TLS keep the name.

    The TCP connection goes to ``address`` (no second DNS lookup that could answer something
    else); the ``Host`` header, the TLS server name (SNI) and the certificate check use the
    URL's host name (httpcore's ``sni_hostname`` request extension).
    """
    original = httpx.URL(url)
    pinned_headers = {**headers, "Host": original.netloc.decode("ascii")}
    try:
        ipaddress.ip_address(original.host)
    except ValueError:
        pass
    else:
        # An address literal is already what is connected to.
        return PinnedRequest(original, pinned_headers, {})
    extensions: dict[str, Any] = {}
    if original.scheme == "https":
        extensions["sni_hostname"] = original.raw_host.decode("ascii")
        # Connections are pooled per address: one verified for this name must not carry a
        # later request for another name served at the same address.
        pinned_headers["Connection"] = "close"
    return PinnedRequest(original.copy_with(host=address), pinned_headers, extensions)


@dataclass(frozen=True)
class AttemptOutcome:
    """What one POST to a receiver gave; ``envelope`` is the body as signed and sent."""

    attempted_at: datetime
    duration_ms: int
    envelope: dict[str, Any]
    status: int | None = None
    error: str | None = None

    @property
    def succeeded(self) -> bool:
        """A 2xx answer (redirects are not followed, so a 3xx is a failure)."""
        return self.status is not None and 200 <= self.status < 300

    def log_entry(self, number: int) -> dict[str, Any]:
        """The attempt as the delivery log shows it (``WebhookDelivery.attempts`` item)."""
        entry: dict[str, Any] = {
            "attemptNumber": number,
            "attemptedAt": self.attempted_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "durationMs": self.duration_ms,
        }
        if self.status is not None:
            entry["responseStatus"] = self.status
        if self.error is not None:
            entry["error"] = self.error[:500]
        return entry


class Sender:
    """Makes attempts with one HTTP client (connection reuse across attempts)."""

    def __init__(self, settings: Settings, resolver: Resolver = resolve) -> None:
        self.settings = settings
        self.resolver = resolver
        # Redirects are never followed: a receiver could bounce the POST to an internal host.
        self.client = httpx.Client(
            timeout=settings.webhook_timeout_seconds, follow_redirects=False, trust_env=False
        )

    def send(
        self,
        url: str,
        secret: str,
        envelope: Mapping[str, Any],
        sign: Signer = signed_delivery,
    ) -> AttemptOutcome:
        """Sign ``envelope`` with ``secret`` (``sign``: the API's way) and POST it to ``url``."""
        attempted_at = utcnow()
        started = time.perf_counter()
        body, headers = sign(secret, envelope)
        headers["Content-Type"] = "application/json"
        headers["User-Agent"] = USER_AGENT
        signed: dict[str, Any] = json.loads(body)
        status: int | None = None
        error: str | None = None
        try:
            addresses = check_receiver(url, self.settings, self.resolver)
            request = pin(url, addresses[0], headers)
            # The answer's body is never read: a receiver trickling it cannot stretch the
            # attempt past the claim's lease.
            with self.client.stream(
                "POST",
                request.url,
                content=body,
                headers=request.headers,
                extensions=request.extensions,
            ) as response:
                status = response.status_code
                if not 200 <= status < 300:
                    error = f"HTTP {status} {response.reason_phrase}".strip()
        except UnsafeReceiverError as exc:
            error = f"refused: {exc.reason}"
        except httpx.InvalidURL:
            error = "refused: malformed URL"
        except httpx.TimeoutException:
            error = f"timeout after {self.settings.webhook_timeout_seconds:g} s"
        except httpx.HTTPError as exc:
            error = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        duration = round((time.perf_counter() - started) * 1000)
        return AttemptOutcome(attempted_at, duration, signed, status, error)

    def close(self) -> None:
        """Close pooled connections."""
        self.client.close()
