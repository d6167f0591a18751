"""Handlers of ``/cs-sales/expansion/{customer_id}``: the expansion pipeline."""

from __future__ import annotations

from starlette.responses import Response

from server.apis.context import runtime
from server.http.replies import json_reply
from server.services.cs_integration.expansion import ExpansionService


def get_expansion(customer_id: str) -> Response:
    """GET /cs-sales/expansion/{customer_id}"""
    return json_reply(ExpansionService(runtime().database).get(customer_id))
