"""Handlers of ``/cs-integration/customers``: the reference pattern for every API's handlers.

A handler takes what Connexion validated (path and query parameters, ``body``, ``token_info``),
calls one service method, and shapes the response. Service errors propagate to
``server.apis.cs_integration.errors``; nothing here builds an error response.
"""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from server.apis.context import caller, header, request_path, request_query, runtime
from server.http.pagination import PageRequest
from server.http.replies import empty_reply, json_bytes_reply, json_reply
from server.services.cs_integration.customers import CustomerService
from server.services.etag import if_none_match_hit


def _service() -> CustomerService:
    return CustomerService(runtime().database)


def list_customers(
    token_info: dict[str, Any],
    limit: int = 50,
    offset: int = 0,
    risk_level: str | None = None,
    lifecycle_stage: str | None = None,
) -> Response:
    """GET /cs-integration/customers"""
    page_request = PageRequest(limit, offset)
    page = _service().list(caller(token_info), limit, offset, risk_level, lifecycle_stage)
    headers = {"Link": page_request.links(request_path(), request_query(), page.total) or ""}
    body = {"data": page.items, "pagination": page_request.body(page.total)}
    return json_reply(body, 200, headers)


async def create_customer(body: dict[str, Any], token_info: dict[str, Any]) -> Response:
    """POST /cs-integration/customers (its commit shared with concurrent writes)"""
    created = await _service().create_soon(caller(token_info), body)
    location = f"{request_path().rstrip('/')}/{created.body['customer_id']}"
    return json_reply(created.body, 201, {"Location": location, "ETag": created.etag})


def get_customer(customer_id: str, token_info: dict[str, Any]) -> Response:
    """GET /cs-integration/customers/{customer_id}"""
    found = _service().get(caller(token_info), customer_id)
    if if_none_match_hit(header("If-None-Match"), found.etag):
        return empty_reply(304, {"ETag": found.etag})
    return json_bytes_reply(found.encoded, 200, {"ETag": found.etag})


def replace_customer(
    customer_id: str, body: dict[str, Any], token_info: dict[str, Any]
) -> Response:
    """PUT /cs-integration/customers/{customer_id}"""
    replaced = _service().replace(caller(token_info), customer_id, body, header("If-Match"))
    return json_reply(replaced.body, 200, {"ETag": replaced.etag})


def delete_customer(customer_id: str, token_info: dict[str, Any]) -> Response:
    """DELETE /cs-integration/customers/{customer_id}"""
    _service().delete(caller(token_info), customer_id)
    return empty_reply(204)
