"""Handlers of ``/sales/expansion/{customer_id}``."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from server.apis.context import runtime
from server.http.replies import json_reply
from server.services.cs_cross_domain.sales import SalesService


def get_expansion_opportunity(customer_id: str, token_info: dict[str, Any]) -> Response:
    """GET /sales/expansion/{customer_id}"""
    return json_reply(SalesService(runtime().database).expansion(customer_id))
