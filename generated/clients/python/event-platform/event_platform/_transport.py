"""Blocking and non-blocking transports: client-credentials tokens, 401 renewal, 429 retries."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import quote_plus

import httpx

from ._core import (
    Paging,
    Request,
    RetryPolicy,
    decode,
    encode_content,
    encode_headers,
    encode_query,
    next_request,
    raise_for_status,
    retry_wait,
)

DEFAULT_TIMEOUT = 30.0


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
        headers = {**self.headers, **encode_headers(request.headers)}
        headers.update(self._auth_headers(request, token))
        options: dict[str, Any] = {"headers": headers, **encode_content(request)}
        query = encode_query(request.query)
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
