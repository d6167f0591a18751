"""HTTP plumbing shared by the sync and async clients: auth, 429 retries, errors, paging."""

from __future__ import annotations

import asyncio
import email.utils
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any, Literal
from urllib.parse import quote, quote_plus

import httpx

from .errors import error_for

DEFAULT_TIMEOUT = 30.0


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


def _query(query: Mapping[str, Any]) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for name, value in query.items():
        if value is None:
            continue
        for item in value if isinstance(value, (list, tuple)) else [value]:
            pairs.append((name, _text(item)))
    return pairs


def _headers(headers: Mapping[str, Any]) -> dict[str, str]:
    return {name: _text(value) for name, value in headers.items() if value is not None}


def _content(request: Request) -> dict[str, Any]:
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


@dataclass
class _Token:
    value: str | None = None
    expires_at: float = 0.0

    def valid(self) -> bool:
        return self.value is not None and time.monotonic() < self.expires_at


class _Base:
    """Configuration shared by :class:`SyncTransport` and :class:`AsyncTransport`."""

    default_base_url = "http://localhost:8000"
    default_token_url = "/auth/token"
    api_key_header = "X-API-Key"

    def __init__(
        self,
        base_url: str | None = None,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        scope: str | None = None,
        token_url: str | None = None,
        token_auth: Literal["client_secret_basic", "client_secret_post"] = "client_secret_basic",
        access_token: str | None = None,
        api_key: str | None = None,
        retry: RetryPolicy | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.base_url = (base_url or self.default_base_url).rstrip("/")
        self.client_id = client_id
        self.client_secret = client_secret
        self.scope = scope
        self.token_url = token_url or self.default_token_url
        self.token_auth = token_auth
        self.api_key = api_key
        self.retry = retry or RetryPolicy()
        self.timeout = timeout
        self.headers = dict(headers or {})
        self._token = _Token(access_token, float("inf")) if access_token else _Token()

    def _token_request(self) -> dict[str, Any]:
        data = {"grant_type": "client_credentials"}
        if self.scope:
            data["scope"] = self.scope
        options: dict[str, Any] = {"data": data}
        if self.token_auth == "client_secret_basic":
            # RFC 6749 section 2.3.1: both parts are form-urlencoded before Basic encoding.
            options["auth"] = (
                quote_plus(self.client_id or ""),
                quote_plus(self.client_secret or ""),
            )
        else:
            data.update(client_id=self.client_id or "", client_secret=self.client_secret or "")
        return options

    def _store_token(self, response: httpx.Response) -> str:
        raise_for_status(response)
        body = response.json()
        lifetime = float(body.get("expires_in") or 300)
        # Renew a little early so a token never expires between check and use.
        self._token = _Token(str(body["access_token"]), time.monotonic() + max(lifetime - 30, 1))
        return self._token.value or ""

    def _fetches_tokens(self) -> bool:
        return self.client_id is not None and self.client_secret is not None

    def _renews(self, request: Request) -> bool:
        """Whether a 401 on ``request`` is worth one retry with a fresh token."""
        return request.auth and self._fetches_tokens()

    def _auth_headers(self, request: Request, token: str | None) -> dict[str, str]:
        if not request.auth:
            return {}
        if token:
            return {"Authorization": f"Bearer {token}"}
        if self.api_key:
            return {self.api_key_header: self.api_key}
        return {}

    def _options(self, request: Request, token: str | None) -> dict[str, Any]:
        headers = {**self.headers, **_headers(request.headers)}
        headers.update(self._auth_headers(request, token))
        options: dict[str, Any] = {"headers": headers, **_content(request)}
        query = _query(request.query)
        if query:
            # Only when there is one: httpx replaces the query of the URL (a followed ``Link``)
            # with ``params``, even an empty list.
            options["params"] = query
        return options


class SyncTransport(_Base):
    """Blocking calls over an :class:`httpx.Client`."""

    def __init__(
        self,
        base_url: str | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        **options: Any,
    ) -> None:
        super().__init__(base_url, **options)
        self._sleep = sleep
        self._http = httpx.Client(base_url=self.base_url, timeout=self.timeout, transport=transport)

    def __enter__(self) -> SyncTransport:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()

    def _access_token(self, refresh: bool = False) -> str | None:
        if self._token.valid() and not refresh:
            return self._token.value
        if not self._fetches_tokens():
            return self._token.value
        return self._store_token(self._http.post(self.token_url, **self._token_request()))

    def _response(self, request: Request) -> httpx.Response:
        token = self._access_token() if request.auth else None
        refreshed = False
        attempt = 0
        while True:
            response = self._http.request(
                request.method, request.path, **self._options(request, token)
            )
            if response.status_code == 401 and self._renews(request) and not refreshed:
                refreshed = True
                token = self._access_token(refresh=True)
                continue
            wait = retry_wait(response, attempt, self.retry)
            if wait is None:
                raise_for_status(response)
                return response
            attempt += 1
            self._sleep(wait)

    def _call(self, request: Request) -> Any:
        return decode(self._response(request))

    def _pages(self, request: Request, paging: Paging) -> Iterator[Any]:
        current: Request | None = request
        while current is not None:
            response = self._response(current)
            body = decode(response)
            yield body
            current = next_request(current, response, body, paging)


class AsyncTransport(_Base):
    """Non-blocking calls over an :class:`httpx.AsyncClient`."""

    def __init__(
        self,
        base_url: str | None = None,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        **options: Any,
    ) -> None:
        super().__init__(base_url, **options)
        self._sleep = sleep
        self._http = httpx.AsyncClient(
            base_url=self.base_url, timeout=self.timeout, transport=transport
        )

    async def __aenter__(self) -> AsyncTransport:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._http.aclose()

    async def _access_token(self, refresh: bool = False) -> str | None:
        if self._token.valid() and not refresh:
            return self._token.value
        if not self._fetches_tokens():
            return self._token.value
        response = await self._http.post(self.token_url, **self._token_request())
        return self._store_token(response)

    async def _response(self, request: Request) -> httpx.Response:
        token = await self._access_token() if request.auth else None
        refreshed = False
        attempt = 0
        while True:
            response = await self._http.request(
                request.method, request.path, **self._options(request, token)
            )
            if response.status_code == 401 and self._renews(request) and not refreshed:
                refreshed = True
                token = await self._access_token(refresh=True)
                continue
            wait = retry_wait(response, attempt, self.retry)
            if wait is None:
                raise_for_status(response)
                return response
            attempt += 1
            await self._sleep(wait)

    async def _call(self, request: Request) -> Any:
        return decode(await self._response(request))

    async def _pages(self, request: Request, paging: Paging) -> AsyncIterator[Any]:
        current: Request | None = request
        while current is not None:
            response = await self._response(current)
            body = decode(response)
            yield body
            current = next_request(current, response, body, paging)
