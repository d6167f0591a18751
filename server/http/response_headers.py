"""Headers the middleware adds to a response as it starts, in one pass over the raw list.

Starlette's ``MutableHeaders.__setitem__`` scans and rebuilds the raw header list once per
header set; the request-id and rate-limit layers set five headers on every response, so they
append the encoded pairs at once and fall back to ``MutableHeaders`` only for a name the
response already carries (which must then be replaced, as ``__setitem__`` does).
"""

from __future__ import annotations

from collections.abc import Iterable

from starlette.datastructures import MutableHeaders
from starlette.types import Message


def set_headers(message: Message, headers: Iterable[tuple[bytes, bytes]]) -> None:
    """Set each ``(lower-case name, value)`` on the ``http.response.start`` ``message``."""
    raw: list[tuple[bytes, bytes]] = list(message.get("headers", []))
    present = {name.lower() for name, _ in raw}
    replaced: list[tuple[bytes, bytes]] = []
    for name, value in headers:
        if name in present:
            replaced.append((name, value))
        else:
            raw.append((name, value))
    message["headers"] = raw
    if replaced:
        out = MutableHeaders(scope=message)
        for name, value in replaced:
            out[name.decode("latin-1")] = value.decode("latin-1")
