"""Handlers of ``/product/feedback``."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from server.apis.context import caller, runtime
from server.apis.cs_cross_domain.locations import location
from server.http.replies import json_reply
from server.services.cs_cross_domain.product import ProductService


def submit_feedback(body: dict[str, Any], token_info: dict[str, Any]) -> Response:
    """POST /product/feedback"""
    created = ProductService(runtime().database).submit(caller(token_info), body)
    where = location("product", "feedback", created["ticket_id"])
    return json_reply(created, 201, {"Location": where})


def get_feedback(ticket_id: str, token_info: dict[str, Any]) -> Response:
    """GET /product/feedback/{ticket_id}"""
    return json_reply(ProductService(runtime().database).ticket(ticket_id))
