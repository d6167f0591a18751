"""Value conventions of the event-platform: timestamps, entity tags, time zones, ids.

Entity tags are a hash of the representation (the spec's rule), so derived resources get
them too and each media type of a resource has its own.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from server.jsonwire import canonical_json
from server.services.errors import BusinessRuleError


def new_id() -> str:
    """A fresh resource id (UUID 4)."""
    return str(uuid.uuid4())


def iso(moment: datetime) -> str:
    """An instant as RFC 3339 UTC with a ``Z`` (seconds precision)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class InvalidInstantError(BusinessRuleError):
    """A well-formed date-time no calendar here represents (year 0, beyond year 9999) (422)."""

    def __init__(self, text: str, target: str | None) -> None:
        super().__init__("unrepresentable_instant", f"{text!r} is not a usable instant.", target)
        self.text = text


def parse_instant(text: str, target: str | None = None) -> datetime:
    """An RFC 3339 date-time (validated by the schema already) as an aware UTC datetime."""
    normalised = text.upper().replace("Z", "+00:00")
    # RFC 3339 allows leap seconds (":60"); Python does not, so they count as the second before.
    normalised = re.sub(r"(T\d\d:\d\d):60", r"\1:59", normalised)
    try:
        moment = datetime.fromisoformat(normalised)
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
        raw = canonical_json(representation)
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


def parse_bound(text: str) -> datetime:
    """A filter bound: like :func:`parse_instant`, but instants no calendar here represents
    (year 0, past year 9999) bound nothing (the earliest or latest instant)."""
    try:
        return parse_instant(text)
    except InvalidInstantError:
        extreme = datetime.min if text.startswith("0000") else datetime.max
        return extreme.replace(tzinfo=UTC)
