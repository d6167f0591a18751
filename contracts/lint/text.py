"""Keeping messages to one readable line."""

from __future__ import annotations

from typing import Any

LIMIT = 200


def shorten(message: str, limit: int = LIMIT) -> str:
    """``message`` on one line, cut to ``limit`` characters with an ellipsis."""
    flat = " ".join(message.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def describe_error(message: str, instance: Any, validator: object) -> str:
    """A jsonschema error message without the long value and schema lists it may quote."""
    quoted = repr(instance)
    if len(quoted) > 40 and message.startswith(quoted):
        message = "the value" + message[len(quoted) :]
    if validator in ("oneOf", "anyOf") and " is valid under each of " in message:
        message = message.split(" is valid under each of ")[0] + (
            f" matches more than one {validator} alternative"
        )
    return shorten(message)
