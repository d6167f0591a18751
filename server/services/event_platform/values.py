"""Value conventions of the event-platform: timestamps, entity tags, time zones, ids.

Entity tags are a hash of the representation (the spec's rule), so derived resources get
them too and each media type of a resource has its own.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from server.services.errors import BusinessRuleError, ServiceError


def new_id() -> str:
    """A fresh resource id (UUID 4)."""
    return str(uuid.uuid4())


def iso(moment: datetime) -> str:
    """An instant as RFC 3339 UTC with a ``Z`` (seconds precision)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class InvalidInstantError(ServiceError):
    """A date-time the schema's format allows but no clock shows (leap second, year 0) (400)."""

    def __init__(self, text: str, target: str | None) -> None:
        super().__init__(f"{text!r} is not a representable instant.")
        self.text = text
        self.target = target


def parse_instant(text: str, target: str | None = None) -> datetime:
    """An RFC 3339 date-time (validated by the schema already) as an aware UTC datetime."""
    try:
        moment = datetime.fromisoformat(text.upper().replace("Z", "+00:00"))
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return moment.astimezone(UTC)
    except (ValueError, OverflowError) as exc:
        raise InvalidInstantError(text, target) from exc


def tag_of(representation: Any) -> str:
    """A strong entity tag: a hash of the representation (JSON canonicalised, or text)."""
    if isinstance(representation, str):
        raw = representation.encode()
    else:
        raw = json.dumps(representation, sort_keys=True, separators=(",", ":")).encode()
    return '"' + hashlib.sha256(raw).hexdigest()[:32] + '"'


def zone(name: str, target: str = "timezone") -> ZoneInfo:
    """The IANA zone ``name``; a well-formed but unknown zone is a 422."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError) as exc:
        raise BusinessRuleError(
            "unknown_timezone", f"{name!r} is not a known IANA time zone.", target
        ) from exc


def compact(body: dict[str, Any]) -> dict[str, Any]:
    """``body`` without the members whose value is None (optional fields are omitted)."""
    return {key: value for key, value in body.items() if value is not None}
