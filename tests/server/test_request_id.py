"""Request and correlation ids: echoed when acceptable, generated otherwise, in error bodies."""

from __future__ import annotations

import logging

import pytest

from tests.server.conftest import Api


def test_request_id_is_echoed(api: Api) -> None:
    response = api.request(
        "GET", "/api/v1/cs-integration/health", headers={"X-Request-ID": "abc-123"}
    )
    assert response.headers["x-request-id"] == "abc-123"
    assert response.headers["x-correlation-id"] == "abc-123"


def test_request_id_is_generated_when_absent(api: Api) -> None:
    first = api.request("GET", "/api/v1/cs-integration/health")
    second = api.request("GET", "/api/v1/cs-integration/health")
    assert len(first.headers["x-request-id"]) == 36
    assert first.headers["x-request-id"] != second.headers["x-request-id"]


def test_correlation_id_is_echoed_and_used_in_the_envelope(api: Api) -> None:
    response = api.request("GET", "/api/v1/probes", headers={"X-Correlation-ID": "corr-9"})
    assert response.status_code == 401
    assert response.headers["x-correlation-id"] == "corr-9"
    assert response.json()["error"]["correlationId"] == "corr-9"


def test_problem_carries_the_request_id(api: Api) -> None:
    response = api.request(
        "GET", "/api/v1/cs-integration/customers", headers={"X-Request-ID": "rid-7"}
    )
    assert response.json()["request_id"] == "rid-7"


def test_unprintable_request_id_is_replaced(api: Api) -> None:
    response = api.request("GET", "/api/v1/cs-integration/health", headers={"X-Request-ID": "a b"})
    assert response.headers["x-request-id"] != "a b"


def test_request_id_is_logged(api: Api, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="apikit.access"):
        api.request("GET", "/api/v1/cs-integration/health", headers={"X-Request-ID": "logged-1"})
    assert any("request_id=logged-1" in record.getMessage() for record in caplog.records)
