"""Handlers of ``/cs-marketing/journey/{customer_id}``: journey updates and status."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from server.apis.context import caller, runtime
from server.http.replies import json_reply
from server.services.cs_integration.journeys import JourneyService


def _service() -> JourneyService:
    return JourneyService(runtime().database)


def update_journey(customer_id: str, body: dict[str, Any], token_info: dict[str, Any]) -> Response:
    """POST /cs-marketing/journey/{customer_id}"""
    return json_reply(_service().update(caller(token_info), customer_id, body))


def get_journey_status(customer_id: str) -> Response:
    """GET /cs-marketing/journey/{customer_id}/status"""
    return json_reply(_service().status(customer_id))
