"""Every 4xx in the API's own format: 404, 405 + Allow, 413, 400 malformed JSON, 401, 501."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from tests.server.conftest import Api


def problem(body: dict[str, Any], status: int) -> None:
    assert body["status"] == status
    assert body["type"].startswith(("/problems/", "https://api.penguinmails.com/errors/"))
    assert {"title", "detail", "instance", "request_id"} <= set(body)


def envelope(body: dict[str, Any], status: int) -> None:
    error = body["error"]
    assert error["status"] == status
    assert {"code", "message", "timestamp", "correlationId", "documentation"} <= set(error)


def flat(body: dict[str, Any], status: int) -> None:
    assert body["success"] is False
    assert isinstance(body["error"], str)
    assert body["code"] in {
        "VALIDATION_ERROR",
        "INVALID_CREDENTIALS",
        "PERMISSION_DENIED",
        "INTEGRATION_NOT_FOUND",
        "RATE_LIMIT_EXCEEDED",
        "CONNECTION_FAILED",
    }


@dataclass(frozen=True)
class Case:
    name: str
    collection: str
    media_type: str
    check: Callable[[dict[str, Any], int], None]
    write_scope: str

    def __str__(self) -> str:
        return self.name


CASES = [
    Case(
        "cs-integration",
        "/api/v1/cs-integration/customers",
        "application/problem+json",
        problem,
        "customers.write",
    ),
    Case(
        "cs-cross-domain",
        "/v1/cs-integrations/marketing/probes",
        "application/problem+json",
        problem,
        "cs-marketing.write",
    ),
    Case("event-platform", "/api/v1/probes", "application/json", envelope, "events.write"),
    Case(
        "platform-integrations",
        "/api/integrations/probes",
        "application/json",
        flat,
        "integrations.write",
    ),
]


def assert_format(case: Case, response: Any, status: int) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].split(";")[0] == case.media_type
    case.check(response.json(), status)


@pytest.mark.parametrize("case", CASES, ids=str)
def test_unknown_route_is_404(api: Api, case: Case) -> None:
    assert_format(case, api.request("GET", case.collection + "/x/y/z"), 404)


@pytest.mark.parametrize("case", CASES, ids=str)
def test_undeclared_method_is_405_with_allow(api: Api, case: Case) -> None:
    response = api.request("PATCH", case.collection)
    assert_format(case, response, 405)
    assert set(response.headers["allow"].split(", ")) == {"GET", "HEAD", "POST"}


@pytest.mark.parametrize("case", CASES, ids=str)
def test_oversized_body_is_413(api: Api, case: Case) -> None:
    headers = api.bearer([case.write_scope])
    body = b'{"name": "' + b"x" * 5000 + b'"}'
    response = api.request(
        "POST",
        case.collection,
        content=body,
        headers={**headers, "Content-Type": "application/json"},
    )
    assert_format(case, response, 413)


@pytest.mark.parametrize("case", CASES, ids=str)
def test_oversized_streamed_body_is_413(api: Api, case: Case) -> None:
    headers = api.bearer([case.write_scope])

    async def chunks() -> Any:
        for _ in range(10):
            yield b"x" * 1000

    response = api.request(
        "POST",
        case.collection,
        content=chunks(),
        headers={**headers, "Content-Type": "application/json"},
    )
    assert_format(case, response, 413)


@pytest.mark.parametrize("case", CASES, ids=str)
@pytest.mark.parametrize(
    "raw", [b'{"name": ', b"\xff\xfe{", b"[1, 2"], ids=["truncated", "utf16", "array"]
)
def test_malformed_json_is_400(api: Api, case: Case, raw: bytes) -> None:
    headers = api.bearer([case.write_scope])
    response = api.request(
        "POST",
        case.collection,
        content=raw,
        headers={**headers, "Content-Type": "application/json"},
    )
    assert_format(case, response, 400)


@pytest.mark.parametrize("case", CASES, ids=str)
@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_400_not_numbers(api: Api, case: Case, literal: str) -> None:
    headers = api.bearer([case.write_scope])
    response = api.request(
        "POST",
        case.collection,
        content=f'{{"health_score": {literal}, "size": {literal}}}'.encode(),
        headers={**headers, "Content-Type": "application/json"},
    )
    assert_format(case, response, 400)
    assert f"{literal} is not a JSON number" in response.text


@pytest.mark.parametrize("case", CASES, ids=str)
def test_schema_violations_are_400_listing_each_one(api: Api, case: Case) -> None:
    headers = api.bearer([case.write_scope])
    body = {"name": "x" * 60, "size": 99, "extra": True}
    if case.name == "cs-integration":
        body = {"customer_id": "nope", "health_score": 101, "extra": True}
    response = api.request("POST", case.collection, json=body, headers=headers)
    assert_format(case, response, 400)
    text = response.text
    assert "extra" in text
    assert ("101" in text) or ("99" in text)


@pytest.mark.parametrize("case", CASES, ids=str)
def test_missing_credentials_is_401(api: Api, case: Case) -> None:
    assert_format(case, api.request("GET", case.collection), 401)


def test_problem_lists_every_violation_with_its_location(api: Api) -> None:
    headers = api.bearer(["customers.write"])
    response = api.request(
        "POST",
        "/api/v1/cs-integration/customers",
        json={"customer_id": "nope", "health_score": 101, "extra": 1},
        headers=headers,
    )
    locations = {error["location"] for error in response.json()["errors"]}
    # Missing properties are located at the property itself.
    assert locations == {
        "body",
        "body/customer_id",
        "body/health_score",
        "body/lifecycle_stage",
        "body/success_metrics",
    }


def test_bad_query_parameters_are_all_reported(api: Api) -> None:
    response = api.request(
        "GET",
        "/api/v1/cs-integration/customers?limit=0&offset=-1",
        headers=api.bearer(["customers.read"]),
    )
    assert response.status_code == 400
    locations = [error["location"] for error in response.json()["errors"]]
    assert locations == ["query.limit", "query.offset"]


def test_unimplemented_operation_is_501_after_auth(api: Api) -> None:
    response = api.request(
        "GET", "/api/integrations/probes", headers=api.bearer(["integrations.read"])
    )
    assert response.status_code == 501


def test_path_outside_every_api_is_a_problem_404(api: Api) -> None:
    response = api.request("GET", "/nowhere")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"


def test_envelope_details_and_target_name_the_violations(api: Api) -> None:
    headers = api.bearer(["events.write"])
    response = api.request("POST", "/api/v1/probes", json={"size": 99}, headers=headers)
    error = response.json()["error"]
    assert error["code"] == "VALIDATION_ERROR"
    assert error["target"] in {"/name", "/size"}
    assert "/name:" in error["details"] and "/size:" in error["details"]
