"""Keeping messages to one readable line."""

from __future__ import annotations

LIMIT = 200


def shorten(message: str, limit: int = LIMIT) -> str:
    """``message`` on one line, cut to ``limit`` characters with an ellipsis."""
    flat = " ".join(message.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
