"""The time every platform-integrations rule reads (one seam, so tests can move it)."""

from __future__ import annotations

from datetime import datetime

from server.storage.models.base import utcnow


def now() -> datetime:
    """The current time, UTC, whole seconds."""
    return utcnow()


def timestamp(moment: datetime) -> str:
    """RFC 3339 UTC, whole seconds."""
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
