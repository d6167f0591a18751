"""The verified caller of a platform-integrations operation, and this API's URLs."""

from __future__ import annotations

from typing import Any

from server.apis.context import principal
from server.auth.principal import Principal

#: Where this API is mounted (``servers[0].url``), for ``Location`` headers.
BASE_PATH = "/api/integrations"


def caller(token_info: dict[str, Any]) -> Principal:
    """The principal behind Connexion's ``token_info``."""
    found = principal(token_info)
    assert found is not None, "platform-integrations operations are never public"
    return found


def location(*segments: str) -> str:
    """The URL of a resource of this API."""
    return "/".join((BASE_PATH, *segments))
