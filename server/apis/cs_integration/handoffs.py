"""Handlers of ``/cs-sales/handoff/{customer_id}``: the sales-to-CS handoff."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from server.apis.context import caller, request_path, runtime
from server.http.replies import json_reply
from server.services.cs_integration.sales import SalesService


def _service() -> SalesService:
    return SalesService(runtime().database)


def create_handoff(customer_id: str, body: dict[str, Any], token_info: dict[str, Any]) -> Response:
    """POST /cs-sales/handoff/{customer_id}"""
    created = _service().create_handoff(caller(token_info), customer_id, body)
    # The handoff is read back at the same URL.
    return json_reply(created, 201, {"Location": request_path()})


def get_handoff(customer_id: str) -> Response:
    """GET /cs-sales/handoff/{customer_id}"""
    return json_reply(_service().get_handoff(customer_id))
