"""Handlers of ``/cs-product/adoption/{feature_id}``: adoption insights."""

from __future__ import annotations

from starlette.responses import Response

from server.apis.context import runtime
from server.http.replies import json_reply
from server.services.cs_integration.product import ProductService


def get_adoption(feature_id: str) -> Response:
    """GET /cs-product/adoption/{feature_id}"""
    return json_reply(ProductService(runtime().database).adoption(feature_id))
