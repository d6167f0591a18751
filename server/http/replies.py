"""Responses handlers return: JSON with an explicit content type, or no body.

Connexion guesses the media type from the operation's responses and fails when an
operation mixes ``application/json`` with ``application/problem+json`` (connexion#1956), so
handlers always return a finished Starlette response.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from starlette.responses import Response

JSON = "application/json"


def json_reply(body: Any, status: int = 200, headers: Mapping[str, str] | None = None) -> Response:
    """A JSON response."""
    content = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()
    return Response(content, status_code=status, headers=dict(headers or {}), media_type=JSON)


def empty_reply(status: int = 204, headers: Mapping[str, str] | None = None) -> Response:
    """A response without a body (204, 304)."""
    return Response(status_code=status, headers=dict(headers or {}))
