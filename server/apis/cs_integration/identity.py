"""The calling client of a cs-integration handler (every operation but health is secured)."""

from __future__ import annotations

from typing import Any

from server.apis.context import principal
from server.auth.principal import Principal


def caller(token_info: dict[str, Any]) -> Principal:
    """The principal behind ``token_info`` of a secured operation."""
    found = principal(token_info)
    assert found is not None, "only GET /cs-integration/health is public"
    return found
