"""The seed 004 error body without submitted credentials in it, within the spec's 4000 characters.

Schema violations name the offending value (``"abc" does not match "^[0-9a-f]{32}$"``); for a
credential field that value is the credential, so its message is replaced by a description
of the expected shape. A body that is not an object at all is described, not quoted. Other
messages quote what was sent (a 10,000-item array, say), so each is shortened and the whole
``error`` kept within ``ErrorResponse.error``'s ``maxLength``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from server.http.errorformats import FlatFormat
from server.http.failure import Failure, Violation

_HEX = "lowercase hexadecimal characters"
_TOKEN = "20-200 letters, digits or ._~+/=-"
#: (platform path segment, field) -> the shape the field must have.
SHAPES = {
    ("iterable", "apiKey"): f"the Iterable API key format (32 {_HEX})",
    ("customerio", "siteId"): f"the Customer.io site id format (20 {_HEX})",
    ("customerio", "apiKey"): f"the Customer.io API key format (20 {_HEX})",
    ("customerio", "trackingKey"): f"the Customer.io tracking key format (20 {_HEX})",
    ("keap", "accessToken"): f"the Keap token format ({_TOKEN})",
    ("keap", "refreshToken"): f"the Keap token format ({_TOKEN})",
    ("keap", "clientSecret"): (
        "the Keap client secret format (8-200 printable ASCII characters without spaces)"
    ),
}
CREDENTIAL_FIELDS = {field for _, field in SHAPES}
#: ``ErrorResponse.error`` is at most 4000 characters; one violation's message at most 300.
MAX_ERROR, MAX_MESSAGE = 4000, 300


def shorten(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, marked with an ellipsis when cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def redact(violation: Violation, instance: str) -> Violation:
    """``violation`` with any credential value it quotes replaced by a description."""
    violation = replace(violation, message=shorten(violation.message, MAX_MESSAGE))
    parts = violation.location.split("/")
    if parts[0] != "body":
        return violation
    if len(parts) == 1:
        if violation.message.endswith('is not of type "object"'):
            return replace(violation, message="the body must be a JSON object")
        return violation
    if len(parts) == 2 and parts[1] in CREDENTIAL_FIELDS:
        platform = instance.removeprefix("/api/integrations/").split("/", 1)[0]
        shape = SHAPES.get((platform, parts[1]), "the credential format of this platform")
        return replace(violation, message=f"does not match {shape}")
    return violation


@dataclass(frozen=True)
class RedactingFlatFormat:
    """:class:`FlatFormat` with credential values taken out of violation messages."""

    media_type: str = "application/json"

    def body(self, failure: Failure, instance: str) -> dict[str, Any]:
        """``{"success": false, "error": ..., "code": ...}`` that quotes no credential."""
        # Two checks of one credential (pattern, length) read the same once redacted.
        cleaned = tuple(dict.fromkeys(redact(v, instance) for v in failure.violations))
        body = FlatFormat(self.media_type).body(replace(failure, violations=cleaned), instance)
        body["error"] = shorten(str(body["error"]), MAX_ERROR)
        return body
