"""Handlers of ``/cs-product/feedback``: prioritized customer feedback."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from server.apis.context import caller, request_path, runtime
from server.http.replies import json_reply
from server.services.cs_integration.product import ProductService


def _service() -> ProductService:
    return ProductService(runtime().database)


def submit_feedback(body: dict[str, Any], token_info: dict[str, Any]) -> Response:
    """POST /cs-product/feedback"""
    created = _service().submit_feedback(caller(token_info), body)
    location = f"{request_path().rstrip('/')}/{created['feedback_id']}"
    return json_reply(created, 201, {"Location": location})


def get_feedback(feedback_id: str) -> Response:
    """GET /cs-product/feedback/{feedback_id}"""
    return json_reply(_service().get_feedback(feedback_id))
