"""Responses handlers return: JSON with an explicit content type, or no body.

Connexion guesses the media type from the operation's responses and fails when an
operation mixes ``application/json`` with ``application/problem+json`` (connexion#1956), so
handlers always return a finished Starlette response.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from starlette.responses import Response

from server.jsonwire import encode_json

JSON = "application/json"


def json_reply(body: Any, status: int = 200, headers: Mapping[str, str] | None = None) -> Response:
    """A JSON response."""
    return JsonBytesResponse(encode_json(body), status, headers)


def json_bytes_reply(
    content: bytes, status: int = 200, headers: Mapping[str, str] | None = None
) -> Response:
    """A JSON response whose body is already encoded (by :func:`server.jsonwire.encode_json`)."""
    return JsonBytesResponse(content, status, headers)


class JsonBytesResponse(Response):
    """A finished JSON response with its raw header list built directly.

    Starlette's ``init_headers`` lower-cases and encodes every header, then scans the list
    for a content length and type it already knows are absent here: a tenth of a cached
    read's CPU. Handlers never pass ``Content-Type`` or ``Content-Length`` to a JSON reply.
    """

    media_type = JSON

    def __init__(self, content: bytes, status: int, headers: Mapping[str, str] | None) -> None:
        self.status_code = status
        self.background = None
        self.body = content
        raw = [
            (b"content-length", str(len(content)).encode("latin-1")),
            (b"content-type", b"application/json"),
        ]
        if headers:
            raw.extend(
                (name.lower().encode("latin-1"), value.encode("latin-1"))
                for name, value in headers.items()
            )
        self.raw_headers = raw


def empty_reply(status: int = 204, headers: Mapping[str, str] | None = None) -> Response:
    """A response without a body (204, 304)."""
    return Response(status_code=status, headers=dict(headers or {}))
