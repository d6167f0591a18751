"""The event-platform's view of who calls and from where (links and pagination need the path)."""

from __future__ import annotations

from typing import Any

from server.apis.context import principal, request_path, request_query, runtime
from server.apis.event_platform import API
from server.apis.event_platform.pagination import Paging
from server.auth.principal import Principal
from server.storage.database import Database

#: Links in representations are absolute paths under the API's base path.
BASE_PATH = API.base_path


def caller(token_info: dict[str, Any]) -> Principal:
    """The principal of an operation that is never public."""
    found = principal(token_info)
    assert found is not None, "event-platform operations are never public"
    return found


def database() -> Database:
    """The database of the running server."""
    return runtime().database


def paging() -> Paging:
    """The pagination the current request asks for."""
    return Paging.from_request(request_path(), request_query())


def here() -> str:
    """The current request's path without a trailing slash (``Location`` of creates)."""
    return request_path().rstrip("/")
