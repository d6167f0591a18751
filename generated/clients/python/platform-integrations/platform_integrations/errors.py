"""Errors the client raises; each carries the HTTP status and the API's error body.

::

    ApiError                        any answer that is not a success
    ├── ClientError                 4xx
    │   ├── BadRequestError         400
    │   ├── UnauthorizedError       401
    │   ├── ForbiddenError          403
    │   ├── NotFoundError           404
    │   ├── ConflictError           409
    │   ├── PreconditionFailedError 412
    │   ├── UnprocessableEntityError 422
    │   └── RateLimitError          429 (after the retries ran out)
    ├── ServerError                 5xx
    └── UnexpectedStatusError       anything else (e.g. a 3xx that was not followed)

Error bodies follow ``ErrorResponse`` (see ``models``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class ApiError(Exception):
    """An answer with a non-success status; ``body`` is the decoded error body."""

    def __init__(
        self,
        *,
        status: int,
        body: Any,
        headers: Mapping[str, str] | None = None,
        method: str = "",
        url: str = "",
    ) -> None:
        super().__init__(f"{method} {url} answered {status}: {body!r}".strip())
        self.status = status
        self.body = body
        self.headers = dict(headers or {})
        self.method = method
        self.url = url


class ClientError(ApiError):
    """A 4xx answer: the request needs to change."""


class BadRequestError(ClientError):
    """400: the request violates the schema."""


class UnauthorizedError(ClientError):
    """401: missing or bad credentials."""


class ForbiddenError(ClientError):
    """403: valid credentials without the scope or the right to this object."""


class NotFoundError(ClientError):
    """404: no such resource."""


class ConflictError(ClientError):
    """409: conflicts with the current state (e.g. a duplicate)."""


class PreconditionFailedError(ClientError):
    """412: an ``If-Match`` precondition no longer holds."""


class UnprocessableEntityError(ClientError):
    """422: well-formed but breaks a business rule."""


class RateLimitError(ClientError):
    """429: over the rate limit, still after the client's bounded retries."""

    @property
    def retry_after(self) -> float | None:
        """The ``Retry-After`` seconds the last answer asked for."""
        value = {k.lower(): v for k, v in self.headers.items()}.get("retry-after")
        try:
            return float(value) if value is not None else None
        except ValueError:
            return None


class ServerError(ApiError):
    """A 5xx answer."""


class UnexpectedStatusError(ApiError):
    """A status that is neither success nor a 4xx/5xx error."""


_BY_STATUS: dict[int, type[ApiError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    409: ConflictError,
    412: PreconditionFailedError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_for(status: int) -> type[ApiError]:
    """The exception class of an HTTP status."""
    if status in _BY_STATUS:
        return _BY_STATUS[status]
    if 400 <= status < 500:
        return ClientError
    if 500 <= status < 600:
        return ServerError
    return UnexpectedStatusError
