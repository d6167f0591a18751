"""A page of a list operation: ``{"success", "data", "pagination"}`` and its ``Link`` header."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from server.apis.context import request_path, request_query
from server.http.pagination import PageRequest
from server.http.replies import json_reply


def page_reply(items: list[dict[str, Any]], total: int, limit: int, offset: int) -> Response:
    """The list response for one page of ``total`` items."""
    page = PageRequest(limit, offset)
    headers = {"Link": page.links(request_path(), request_query(), total) or ""}
    body = {"success": True, "data": items, "pagination": page.body(total)}
    return json_reply(body, 200, headers)
