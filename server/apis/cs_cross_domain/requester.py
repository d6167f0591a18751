"""The verified caller of a cs-cross-domain operation (every operation requires a token)."""

from __future__ import annotations

from typing import Any

from server.apis.context import principal
from server.auth.principal import Principal


def caller(token_info: dict[str, Any]) -> Principal:
    """The principal behind Connexion's ``token_info``."""
    found = principal(token_info)
    assert found is not None, "cs-cross-domain operations are never public"
    return found


#: Where this API is mounted (``servers[0].url``), for ``Location`` headers.
BASE_PATH = "/v1/cs-integrations"


def location(*segments: str) -> str:
    """The URL of a resource of this API."""
    return "/".join((BASE_PATH, *segments))
