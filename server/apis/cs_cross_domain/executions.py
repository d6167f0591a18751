"""Handlers of ``/operations/execute/...`` and ``/operations/executions/{execution_id}``."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from server.apis.context import caller, runtime
from server.apis.cs_cross_domain.locations import location
from server.http.replies import json_reply
from server.services.cs_cross_domain.operations import OperationsService


def execute_workflow(
    workflow_id: str, customer_id: str, body: dict[str, Any], token_info: dict[str, Any]
) -> Response:
    """POST /operations/execute/{workflow_id}/{customer_id}"""
    service = OperationsService(runtime().database)
    created = service.execute(caller(token_info), workflow_id, customer_id, body)
    where = location("operations", "executions", created["execution_id"])
    return json_reply(created, 202, {"Location": where})


def get_execution(execution_id: str, token_info: dict[str, Any]) -> Response:
    """GET /operations/executions/{execution_id}"""
    return json_reply(OperationsService(runtime().database).execution(execution_id))
