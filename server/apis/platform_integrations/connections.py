"""Handlers of ``/<platform>/test-connection`` and ``/<platform>/connect``."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from server.apis.context import caller, runtime
from server.apis.platform_integrations.locations import location
from server.http.replies import json_reply
from server.services.platform_integrations.integrations import IntegrationService


def _test(platform: str, body: dict[str, Any]) -> Response:
    result = IntegrationService(runtime().database).test(platform, body)
    return json_reply({"success": True, "data": result})


def _connect(platform: str, body: dict[str, Any], token_info: dict[str, Any]) -> Response:
    connected = IntegrationService(runtime().database).connect(caller(token_info), platform, body)
    envelope = {"success": True, "data": connected.body}
    if not connected.created:
        return json_reply(envelope, 200)
    where = location(connected.body["publisherId"], platform)
    return json_reply(envelope, 201, {"Location": where})


def test_iterable_connection(body: dict[str, Any], token_info: dict[str, Any]) -> Response:
    """POST /iterable/test-connection"""
    return _test("iterable", body)


def connect_iterable(body: dict[str, Any], token_info: dict[str, Any]) -> Response:
    """POST /iterable/connect"""
    return _connect("iterable", body, token_info)


def test_customerio_connection(body: dict[str, Any], token_info: dict[str, Any]) -> Response:
    """POST /customerio/test-connection"""
    return _test("customerio", body)


def connect_customerio(body: dict[str, Any], token_info: dict[str, Any]) -> Response:
    """POST /customerio/connect"""
    return _connect("customerio", body, token_info)


def test_keap_connection(body: dict[str, Any], token_info: dict[str, Any]) -> Response:
    """POST /keap/test-connection"""
    return _test("keap", body)


def connect_keap(body: dict[str, Any], token_info: dict[str, Any]) -> Response:
    """POST /keap/connect"""
    return _connect("keap", body, token_info)
