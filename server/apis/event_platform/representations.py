"""What event-platform handlers send: content negotiation, cache directives, conditional reads.

Operations offering JSON and ``text/calendar``/``text/csv`` pick one from ``Accept`` (406 when
none fits) and always set ``Content-Type`` themselves. Reads are ``private, max-age=60``;
writes and personal data ``no-store`` (the spec's ``Cache-Control`` rule).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from starlette.exceptions import HTTPException
from starlette.responses import Response

from server.apis.context import header
from server.apis.event_platform.pagination import Paging
from server.http.replies import empty_reply, json_reply
from server.services.etag import if_none_match_hit
from server.services.event_platform.listing import Page

READ = "private, max-age=60"
NO_STORE = "no-store"
JSON = "application/json"


def negotiate(offered: Sequence[str]) -> str:
    """The offered media type the request's ``Accept`` prefers (the first when absent); 406."""
    accept = header("Accept")
    if not accept or not accept.strip():
        return offered[0]
    best: tuple[float, int, str] | None = None
    for rank, media in enumerate(offered):
        quality = _quality(accept, media)
        if quality > 0 and (best is None or (quality, -rank) > (best[0], best[1])):
            best = (quality, -rank, media)
    if best is None:
        raise HTTPException(406, f"None of {', '.join(offered)} is acceptable.")
    return best[2]


def _quality(accept: str, media: str) -> float:
    # Hand-written: Starlette has no Accept parser, and this needs only type/subtype and q.
    kind = media.partition("/")[0]
    found = -1.0
    specificity = -1
    for item in accept.split(","):
        parts = [p.strip() for p in item.split(";")]
        rng = parts[0].lower()
        quality = 1.0
        for param in parts[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        rkind, _, rsub = rng.partition("/")
        if rng == media:
            level = 2
        elif rkind == kind and rsub == "*":
            level = 1
        elif rng in ("*/*", "*"):
            level = 0
        else:
            continue
        if level > specificity:
            specificity, found = level, quality
    return max(found, 0.0)


def read_reply(
    body: Any, etag: str | None = None, headers: Mapping[str, str] | None = None
) -> Response:
    """A JSON read: 304 when ``If-None-Match`` names ``etag``."""
    return text_reply(body, JSON, etag, headers)


def text_reply(
    body: Any,
    media_type: str,
    etag: str | None = None,
    headers: Mapping[str, str] | None = None,
    cache: str = READ,
) -> Response:
    """A read in ``media_type`` (JSON bodies are encoded here), honouring ``If-None-Match``."""
    out = {"Cache-Control": cache, **(headers or {})}
    if etag is not None:
        out["ETag"] = etag
        if if_none_match_hit(header("If-None-Match"), etag):
            return empty_reply(304, out)
    if media_type == JSON:
        return json_reply(body, 200, out)
    return Response(
        body,
        status_code=200,
        headers=out,
        media_type=f"{media_type}; charset=utf-8",
    )


def write_reply(
    body: Any, status: int = 200, etag: str | None = None, headers: Mapping[str, str] | None = None
) -> Response:
    """The JSON answer of a write (never cached)."""
    out = {"Cache-Control": NO_STORE, **(headers or {})}
    if etag is not None:
        out["ETag"] = etag
    return json_reply(body, status, out)


def deleted_reply() -> Response:
    """204 of a delete."""
    return empty_reply(204, {"Cache-Control": NO_STORE})


def list_reply(page: Page[Any], paging: Paging, extra: Mapping[str, Any] | None = None) -> Response:
    """A paginated JSON list with its ``Link`` header."""
    body = {"data": page.items, "pagination": paging.body(page), **(extra or {})}
    return json_reply(body, 200, {"Cache-Control": READ, "Link": paging.links(page.total)})
