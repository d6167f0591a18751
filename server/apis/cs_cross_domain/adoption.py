"""Handlers of ``/product/adoption/{feature_id}``."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from server.apis.context import runtime
from server.http.replies import json_reply
from server.services.cs_cross_domain.product import ProductService


def get_feature_adoption(feature_id: str, token_info: dict[str, Any]) -> Response:
    """GET /product/adoption/{feature_id}"""
    return json_reply(ProductService(runtime().database).adoption(feature_id))
