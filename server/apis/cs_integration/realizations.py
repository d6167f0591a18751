"""Handlers of ``/cs-finance/value/{customer_id}/realizations``: realized value records."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from server.apis.context import request_path, runtime
from server.http.replies import json_reply
from server.services.cs_integration.finance import FinanceService


def _service() -> FinanceService:
    return FinanceService(runtime().database)


def record_realization(customer_id: str, body: dict[str, Any]) -> Response:
    """POST /cs-finance/value/{customer_id}/realizations"""
    created = _service().record_realization(customer_id, body)
    location = f"{request_path().rstrip('/')}/{created['realization_id']}"
    return json_reply(created, 201, {"Location": location})


def get_realization(customer_id: str, realization_id: str) -> Response:
    """GET /cs-finance/value/{customer_id}/realizations/{realization_id}"""
    return json_reply(_service().get_realization(customer_id, realization_id))
