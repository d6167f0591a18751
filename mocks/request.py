"""The incoming request as the mock sees it, built once from the ASGI scope and body."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from http.cookies import CookieError, SimpleCookie
from typing import Any
from urllib.parse import parse_qs


@dataclass
class MockRequest:
    """Method, path, decoded query/headers/cookies and the raw body of one request."""

    method: str
    path: str
    query_string: str
    headers: dict[str, str]
    body: bytes
    path_params: dict[str, str] = field(default_factory=dict)
    _query: dict[str, list[str]] | None = None
    _cookies: dict[str, str] | None = None

    @classmethod
    def from_scope(cls, scope: Mapping[str, Any], body: bytes) -> MockRequest:
        """Build from an ASGI HTTP scope; repeated headers are joined with ", "."""
        headers: dict[str, str] = {}
        for raw_name, raw_value in scope.get("headers", ()):
            name = raw_name.decode("latin-1").lower()
            value = raw_value.decode("latin-1")
            headers[name] = f"{headers[name]}, {value}" if name in headers else value
        return cls(
            method=scope["method"].upper(),
            path=scope["path"],
            query_string=scope.get("query_string", b"").decode("latin-1"),
            headers=headers,
            body=body,
        )

    @property
    def query(self) -> dict[str, list[str]]:
        """Query parameters, every value kept (blank values too)."""
        if self._query is None:
            self._query = parse_qs(self.query_string, keep_blank_values=True)
        return self._query

    @property
    def cookies(self) -> dict[str, str]:
        """Cookies from the ``Cookie`` header."""
        if self._cookies is None:
            jar: SimpleCookie = SimpleCookie()
            try:
                jar.load(self.headers.get("cookie", ""))
            except CookieError:
                pass
            self._cookies = {name: morsel.value for name, morsel in jar.items()}
        return self._cookies

    @property
    def media_type(self) -> str:
        """The body's media type without parameters, lower-cased ("" when absent)."""
        return self.headers.get("content-type", "").split(";")[0].strip().lower()
