"""Handlers of ``/finance/realization/{contract_id}``."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from server.apis.context import runtime
from server.http.replies import json_reply
from server.services.cs_cross_domain.finance import FinanceService


def get_value_realization(contract_id: str, token_info: dict[str, Any]) -> Response:
    """GET /finance/realization/{contract_id}"""
    return json_reply(FinanceService(runtime().database).realization(contract_id))
