"""Handlers of ``/cs-integration/events/health-change``: record and read health changes."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from server.apis.context import caller, request_path, runtime
from server.http.replies import json_reply
from server.services.cs_integration.health_events import HealthEventService


def _service() -> HealthEventService:
    return HealthEventService(runtime().database)


def record_health_change(body: dict[str, Any], token_info: dict[str, Any]) -> Response:
    """POST /cs-integration/events/health-change"""
    event = _service().record(caller(token_info), body)
    location = f"{request_path().rstrip('/')}/{event['event_id']}"
    return json_reply(event, 201, {"Location": location})


def get_health_change(event_id: str) -> Response:
    """GET /cs-integration/events/health-change/{event_id}"""
    return json_reply(_service().get(event_id))
