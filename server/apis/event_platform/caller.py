"""The event-platform's view of who calls and from where (links and pagination need the path)."""

from __future__ import annotations

from server.apis.context import caller, request_path, request_query, runtime
from server.apis.event_platform import API
from server.apis.event_platform.pagination import Paging
from server.storage.database import Database

#: Links in representations are absolute paths under the API's base path.
BASE_PATH = API.base_path


def database() -> Database:
    """The database of the running server."""
    return runtime().database


def paging() -> Paging:
    """The pagination the current request asks for."""
    return Paging.from_request(request_path(), request_query())


def here() -> str:
    """The current request's path without a trailing slash (``Location`` of creates)."""
    return request_path().rstrip("/")


__all__ = ["BASE_PATH", "caller", "database", "here", "paging"]
