"""Handlers of ``/cs-ops/workflows`` and ``/cs-ops/executions``: CS workflow executions."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from server.apis.context import caller, request_path, runtime
from server.http.replies import json_reply
from server.services.cs_integration.operations import OperationsService


def _service() -> OperationsService:
    return OperationsService(runtime().database)


def execute_workflow(
    customer_id: str, body: dict[str, Any], token_info: dict[str, Any]
) -> Response:
    """POST /cs-ops/workflows/{customer_id}"""
    created = _service().execute(caller(token_info), customer_id, body)
    # Executions are read at /cs-ops/executions/{id}, beside /cs-ops/workflows.
    base = request_path().rsplit("/workflows/", 1)[0]
    return json_reply(created, 201, {"Location": f"{base}/executions/{created['execution_id']}"})


def get_execution(execution_id: str) -> Response:
    """GET /cs-ops/executions/{execution_id}"""
    return json_reply(_service().get(execution_id))


def resolve_execution(
    execution_id: str, body: dict[str, Any], token_info: dict[str, Any]
) -> Response:
    """POST /cs-ops/executions/{execution_id}/resolution"""
    return json_reply(_service().resolve(caller(token_info), execution_id, body))
