"""Credential tests with the simulated connectors: shapes, sandbox verdicts, capabilities."""

from __future__ import annotations

from typing import Any

import pytest

from tests.server.conftest import Api
from tests.server.platform_integrations.conftest import (
    BASE,
    CIO_KEY,
    CIO_SITE,
    ITERABLE_KEY,
    KEAP_ACCESS,
    assert_error,
)

TESTS = {
    "iterable": {"apiKey": ITERABLE_KEY},
    "customerio": {"siteId": CIO_SITE, "apiKey": CIO_KEY},
    "keap": {"accessToken": KEAP_ACCESS},
}
CLAIMED = {
    "iterable": {
        "crossChannelMessaging", "advancedTemplates", "marketingAutomation",
        "behavioralTriggers", "analytics", "inAppMessaging", "smsAndPush",
        "realTimeDataFeeds", "segmentation", "webhooks", "emailCampaigns",
    },
    "customerio": {
        "crossChannelMessaging", "marketingAutomation", "behavioralTriggers", "analytics",
        "inAppMessaging", "smsAndPush", "realTimeEventTracking", "segmentation",
        "journeyManagement", "transactionalMessaging", "dataPipeline", "webhooks",
        "emailCampaigns",
    },
    "keap": {
        "marketingAutomation", "analytics", "webhooks", "emailCampaigns", "crm",
        "salesPipeline", "ecommerce", "customFields", "leadScoring",
    },
}  # fmt: skip


def check_connection(api: Api, headers: dict[str, str], platform: str, body: dict) -> Any:
    """POST a test-connection request."""
    return api.request("POST", f"{BASE}/{platform}/test-connection", json=body, headers=headers)


@pytest.mark.parametrize("platform", sorted(TESTS))
def test_well_shaped_credentials_connect_with_the_platforms_capabilities(
    api: Api, operator: dict[str, str], platform: str
) -> None:
    response = check_connection(api, operator, platform, TESTS[platform])
    assert response.status_code == 200, response.text
    data = response.json()["data"]
    assert response.json()["success"] is True
    assert data["platform"] == platform
    assert data["connected"] is True
    assert data["region"] == (None if platform == "keap" else "us")
    assert {name for name, claimed in data["capabilities"].items() if claimed} == CLAIMED[platform]
    assert len(data["capabilities"]) == 20


def test_region_is_echoed(api: Api, operator: dict[str, str]) -> None:
    body = {**TESTS["iterable"], "region": "eu"}
    assert check_connection(api, operator, "iterable", body).json()["data"]["region"] == "eu"


@pytest.mark.parametrize(
    ("platform", "field", "value"),
    [
        ("iterable", "apiKey", "f" * 32),
        ("customerio", "siteId", "f" * 20),
        ("customerio", "apiKey", "f" * 20),
        ("keap", "accessToken", "fFfF" * 6),
    ],
)
def test_all_f_credential_is_an_unreachable_platform(
    api: Api, operator: dict[str, str], platform: str, field: str, value: str
) -> None:
    body = {**TESTS[platform], field: value}
    message = assert_error(
        check_connection(api, operator, platform, body), 424, "CONNECTION_FAILED"
    )
    assert value not in message


@pytest.mark.parametrize(
    ("platform", "field", "value"),
    [
        ("iterable", "apiKey", "0" * 32),
        ("customerio", "apiKey", "0" * 20),
        ("keap", "accessToken", "0" * 40),
    ],
)
def test_all_zero_credential_is_refused(
    api: Api, operator: dict[str, str], platform: str, field: str, value: str
) -> None:
    body = {**TESTS[platform], field: value}
    assert_error(check_connection(api, operator, platform, body), 422, "INVALID_CREDENTIALS")


def test_unreachable_comes_before_refused(api: Api, operator: dict[str, str]) -> None:
    body = {"siteId": "0" * 20, "apiKey": "f" * 20}
    assert_error(check_connection(api, operator, "customerio", body), 424, "CONNECTION_FAILED")


@pytest.mark.parametrize(
    ("platform", "body"),
    [
        ("iterable", {"apiKey": "NOT-A-HEX-KEY-but-secret-1234567"}),
        ("customerio", {"siteId": CIO_SITE, "apiKey": "secretsecretsecret12"}),
        ("keap", {"accessToken": "short secret!"}),
    ],
)
def test_malformed_credential_is_400_without_echoing_it(
    api: Api, operator: dict[str, str], platform: str, body: dict
) -> None:
    message = assert_error(check_connection(api, operator, platform, body), 400, "VALIDATION_ERROR")
    assert "does not match" in message
    assert not any(value in message for value in body.values() if value != CIO_SITE)


def test_unknown_fields_and_missing_credentials_are_400(api: Api, operator: dict[str, str]) -> None:
    message = assert_error(
        check_connection(api, operator, "iterable", {"apiKey": ITERABLE_KEY, "x": 1}),
        400,
        "VALIDATION_ERROR",
    )
    assert "'x'" in message
    assert_error(check_connection(api, operator, "keap", {}), 400, "VALIDATION_ERROR")


def test_other_methods_on_literal_paths_are_405(api: Api, operator: dict[str, str]) -> None:
    for path in ("/iterable/connect", "/keap/test-connection"):
        response = api.request("GET", BASE + path, headers=operator)
        assert_error(response, 405, "VALIDATION_ERROR")
        assert response.headers["allow"] == "POST"
        assert api.request("DELETE", BASE + path, headers=operator).status_code == 405


def test_missing_token_is_401_invalid_credentials(api: Api) -> None:
    response = api.request("POST", f"{BASE}/iterable/test-connection", json=TESTS["iterable"])
    assert_error(response, 401, "INVALID_CREDENTIALS")


def test_read_scope_cannot_test_credentials(api: Api) -> None:
    reader = api.bearer(["integrations.read"])
    response = check_connection(api, reader, "iterable", TESTS["iterable"])
    assert_error(response, 403, "PERMISSION_DENIED")


def test_publisher_bound_token_may_test_credentials(api: Api) -> None:
    bound = api.bearer(["integrations.write"], publisher_id="pub_bound1")
    assert check_connection(api, bound, "keap", TESTS["keap"]).status_code == 200
