"""Handlers of ``/cs-finance/value/{customer_id}``: the value realization report."""

from __future__ import annotations

from starlette.responses import Response

from server.apis.context import runtime
from server.http.replies import json_reply
from server.services.cs_integration.finance import FinanceService


def get_value(customer_id: str) -> Response:
    """GET /cs-finance/value/{customer_id}"""
    return json_reply(FinanceService(runtime().database).value(customer_id))
