"""The rule every API applies to a webhook URL when it is registered: https, or http locally."""

from __future__ import annotations

from urllib.parse import urlsplit

from server.services.errors import BusinessRuleError

LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "::1")


def check_receiver_url(url: str, allow_http: bool) -> None:
    """Raise :class:`BusinessRuleError` (422) unless ``url`` may receive deliveries.

    ``https`` always; plain ``http`` only to a loopback name or when the development setting
    ``APIKIT_WEBHOOK_ALLOW_HTTP`` allows it. Where a delivery may connect is checked again at
    every attempt (:mod:`server.webhooks.safety`).
    """
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
    except ValueError as exc:
        raise BusinessRuleError("invalid_url", f"{url!r} is not a usable URL.", "/url") from exc
    if not host:
        raise BusinessRuleError("invalid_url", f"{url!r} names no host.", "/url")
    if parts.scheme.lower() == "https":
        return
    if parts.scheme.lower() == "http" and (allow_http or host in LOOPBACK_HOSTS):
        return
    raise BusinessRuleError(
        "https_required",
        "Webhook URLs must use https (plain http only to localhost, 127.0.0.1 or [::1]).",
        "/url",
    )
