"""Handlers of ``/cs-product/usage``: feature usage records."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from server.apis.context import request_path, runtime
from server.http.replies import json_reply
from server.services.cs_integration.product import ProductService


def _service() -> ProductService:
    return ProductService(runtime().database)


def record_usage(body: dict[str, Any]) -> Response:
    """POST /cs-product/usage"""
    created = _service().record_usage(body)
    location = f"{request_path().rstrip('/')}/{created['usage_id']}"
    return json_reply(created, 201, {"Location": location})


def get_usage(usage_id: str) -> Response:
    """GET /cs-product/usage/{usage_id}"""
    return json_reply(_service().get_usage(usage_id))
