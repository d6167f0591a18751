"""Requests as values and the rules both transports share: encoding, errors, 429 waits, paging."""

from __future__ import annotations

import email.utils
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any, Literal
from urllib.parse import quote

import httpx

from .errors import error_for


class _NoBody:
    """Marks a request without a body (``None`` is a valid JSON body)."""

    def __repr__(self) -> str:
        return "NO_BODY"


NO_BODY: Any = _NoBody()


@dataclass(frozen=True)
class RetryPolicy:
    """How ``429 Too Many Requests`` is retried: bounded in attempts and in each wait."""

    max_retries: int = 3
    max_wait: float = 60.0
    default_wait: float = 1.0


@dataclass(frozen=True)
class Paging:
    """How an operation pages: which query parameters move, and the default page size."""

    style: Literal["offset", "page", "cursor", "link"]
    position: str = ""
    size: str = ""
    default_size: int = 0


@dataclass(frozen=True)
class Request:
    """One call, built by the generated operation functions."""

    method: str
    path: str
    query: Mapping[str, Any] = field(default_factory=dict)
    headers: Mapping[str, Any] = field(default_factory=dict)
    body: Any = NO_BODY
    content_type: str = "application/json"
    auth: bool = True


def expand(template: str, values: Mapping[str, Any]) -> str:
    """``/customers/{id}`` with each value percent-encoded as one path segment."""
    path = template
    for name, value in values.items():
        path = path.replace("{" + name + "}", quote(_text(value), safe=""))
    return path


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def encode_query(query: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Query pairs: ``None`` left out, lists repeated, booleans as ``true``/``false``."""
    pairs: list[tuple[str, str]] = []
    for name, value in query.items():
        if value is None:
            continue
        for item in value if isinstance(value, (list, tuple)) else [value]:
            pairs.append((name, _text(item)))
    return pairs


def encode_headers(headers: Mapping[str, Any]) -> dict[str, str]:
    """Header values as text, ``None`` left out."""
    return {name: _text(value) for name, value in headers.items() if value is not None}


def encode_content(request: Request) -> dict[str, Any]:
    """The httpx keyword (``json``, ``data`` or ``content``) that carries the body."""
    if request.body is NO_BODY:
        return {}
    if "json" in request.content_type:
        return {"json": request.body}
    if request.content_type == "application/x-www-form-urlencoded":
        return {"data": request.body}
    return {"content": request.body}


def decode(response: httpx.Response) -> Any:
    """The response body: parsed JSON, text for other media types, ``None`` when empty."""
    if not response.content:
        return None
    if "json" in response.headers.get("content-type", "json"):
        try:
            return response.json()
        except ValueError:
            return response.text
    return response.text


def raise_for_status(response: httpx.Response) -> None:
    """Raise the :class:`ApiError` subclass of the response's status, carrying its body."""
    if response.status_code < 400:
        return
    raise error_for(response.status_code)(
        status=response.status_code,
        body=decode(response),
        headers=dict(response.headers),
        method=response.request.method,
        url=str(response.request.url),
    )


def retry_wait(response: httpx.Response, attempt: int, policy: RetryPolicy) -> float | None:
    """Seconds to wait before retrying a 429, or ``None`` when it must not be retried."""
    if response.status_code != 429 or attempt >= policy.max_retries:
        return None
    wait = parse_retry_after(response.headers.get("retry-after"))
    if wait is None:
        wait = policy.default_wait * 2**attempt
    return max(0.0, min(wait, policy.max_wait))


def parse_retry_after(value: str | None) -> float | None:
    """``Retry-After`` as seconds: a number of seconds or an HTTP date (RFC 9110 10.2.3)."""
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return (when - datetime.now(UTC)).total_seconds()


def next_request(
    request: Request, response: httpx.Response, body: Any, paging: Paging
) -> Request | None:
    """The request for the page after ``response``: ``Link: rel="next"`` first, else paging."""
    link = response.links.get("next", {}).get("url")
    if link:
        target = response.url.join(link)
        # A server that links a page to itself would otherwise be paged forever.
        return None if target == response.url else replace(request, path=str(target), query={})
    items = page_items(body)
    query = dict(request.query)
    if paging.style == "offset":
        size = int(query.get(paging.size) or paging.default_size or len(items))
        if not items or len(items) < size:
            return None
        query[paging.position] = int(query.get(paging.position) or 0) + len(items)
    elif paging.style == "page":
        size = int(query.get(paging.size) or paging.default_size or len(items))
        if not items or len(items) < size:
            return None
        query[paging.position] = int(query.get(paging.position) or 1) + 1
    elif paging.style == "cursor":
        cursor = _next_cursor(body)
        if not cursor or not items:
            return None
        query[paging.position] = cursor
    else:
        return None
    return replace(request, query=query)


def page_items(body: Any) -> list[Any]:
    """The items of one page: the body itself, or its ``data`` (or first list) member."""
    if isinstance(body, list):
        return body
    if isinstance(body, dict):
        for key in ("data", "items", "results"):
            if isinstance(body.get(key), list):
                return list(body[key])
        for value in body.values():
            if isinstance(value, list):
                return value
    return []


def _next_cursor(body: Any) -> str | None:
    if not isinstance(body, dict):
        return None
    for holder in (body, body.get("pagination"), body.get("meta")):
        if isinstance(holder, dict):
            for key in ("nextCursor", "next_cursor"):
                if holder.get(key):
                    return str(holder[key])
    return None
