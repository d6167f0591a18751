"""Handlers of ``/cs-sales/milestones/{customer_id}``: success milestones."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from server.apis.context import request_path, runtime
from server.http.replies import empty_reply, json_reply
from server.services.cs_integration.sales import SalesService


def _service() -> SalesService:
    return SalesService(runtime().database)


def record_milestone(customer_id: str, body: dict[str, Any]) -> Response:
    """POST /cs-sales/milestones/{customer_id}"""
    created = _service().record_milestone(customer_id, body)
    location = f"{request_path().rstrip('/')}/{created['milestone_id']}"
    return json_reply(created, 201, {"Location": location})


def get_milestone(customer_id: str, milestone_id: str) -> Response:
    """GET /cs-sales/milestones/{customer_id}/{milestone_id}"""
    return json_reply(_service().get_milestone(customer_id, milestone_id))


def delete_milestone(customer_id: str, milestone_id: str) -> Response:
    """DELETE /cs-sales/milestones/{customer_id}/{milestone_id}"""
    _service().delete_milestone(customer_id, milestone_id)
    return empty_reply(204)
