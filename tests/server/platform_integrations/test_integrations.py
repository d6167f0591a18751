"""Connect, reconnect, read, list and disconnect; credentials stored but never returned."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from server.storage.models.platform_integrations import (
    Integration,
    IntegrationCredentials,
    SyncJob,
)
from tests.server.conftest import Api
from tests.server.platform_integrations.conftest import (
    BASE,
    CIO_SITE,
    CIO_TRACKING,
    ITERABLE_KEY,
    KEAP_ACCESS,
    KEAP_REFRESH,
    KEAP_SECRET,
    SECRETS,
    Clock,
    assert_error,
    connect,
)


def stored_secrets(api: Api, publisher: str, platform: str) -> dict[str, str]:
    with api.runtime.database.session() as session:
        credentials = session.scalars(
            select(IntegrationCredentials)
            .join(Integration, Integration.id == IntegrationCredentials.integration_id)
            .where(Integration.publisher_id == publisher, Integration.platform == platform)
        ).one()
        return dict(credentials.secrets)


def test_connect_is_201_with_location_and_hints_only(
    api: Api, operator: dict[str, str], publisher: str
) -> None:
    response = connect(api, operator, "iterable", publisher, config={"fromEmail": "n@example.com"})
    assert response.status_code == 201, response.text
    assert response.headers["location"] == f"{BASE}/{publisher}/iterable"
    data = response.json()["data"]
    assert data["credentials"] == {"apiKeyLast4": ITERABLE_KEY[-4:]}
    assert data["config"] == {"fromEmail": "n@example.com", "replyTo": None}
    assert data["status"] == "connected"
    assert data["lastSyncedAt"] is None
    assert data["connectedAt"] == data["updatedAt"]
    read = api.request("GET", response.headers["location"], headers=operator)
    assert read.json() == response.json()


def test_credentials_are_kept_for_the_connector_but_never_returned(
    api: Api, operator: dict[str, str], publisher: str
) -> None:
    responses = [
        connect(api, operator, "iterable", publisher),
        connect(api, operator, "customerio", publisher, trackingKey=CIO_TRACKING),
        connect(api, operator, "keap", publisher),
        api.request("GET", f"{BASE}/{publisher}", headers=operator),
        api.request("GET", f"{BASE}/{publisher}/keap", headers=operator),
        api.request("POST", f"{BASE}/{publisher}/keap/sync", headers=operator),
    ]
    for response in responses:
        assert response.status_code < 300, response.text
        assert not any(secret in response.text for secret in SECRETS), response.text
    assert stored_secrets(api, publisher, "keap") == {
        "clientSecret": KEAP_SECRET,
        "accessToken": KEAP_ACCESS,
        "refreshToken": KEAP_REFRESH,
    }
    assert stored_secrets(api, publisher, "customerio")["trackingKey"] == CIO_TRACKING


def test_reconnect_is_200_and_replaces_credentials_and_config(
    api: Api, operator: dict[str, str], publisher: str, frozen: Clock
) -> None:
    first = connect(api, operator, "iterable", publisher, config={"replyTo": "a@example.com"})
    frozen.current += timedelta(minutes=5)
    rotated = "a" * 31 + "9"
    again = connect(api, operator, "iterable", publisher, apiKey=rotated, region="eu")
    assert again.status_code == 200
    assert "location" not in again.headers
    data = again.json()["data"]
    assert data["credentials"] == {"apiKeyLast4": "aaa9"}
    assert data["region"] == "eu"
    assert data["config"] == {"fromEmail": None, "replyTo": None}
    assert data["connectedAt"] == first.json()["data"]["connectedAt"]
    assert data["updatedAt"] != data["connectedAt"]
    assert stored_secrets(api, publisher, "iterable") == {"apiKey": rotated}


def test_failed_check_stores_nothing(api: Api, operator: dict[str, str], publisher: str) -> None:
    assert_error(
        connect(api, operator, "iterable", publisher, apiKey="0" * 32), 422, "INVALID_CREDENTIALS"
    )
    assert_error(
        connect(api, operator, "keap", publisher, refreshToken="F" * 30), 424, "CONNECTION_FAILED"
    )
    response = api.request("GET", f"{BASE}/{publisher}", headers=operator)
    assert response.json()["data"] == []


def test_customerio_track_api_needs_a_tracking_key(
    api: Api, operator: dict[str, str], publisher: str
) -> None:
    without = connect(api, operator, "customerio", publisher).json()["data"]
    assert without["apiTypes"] == ["app", "cdp"]
    assert without["credentials"] == {
        "siteId": CIO_SITE,
        "apiKeyLast4": "1c0d",
        "trackingKeyLast4": None,
    }
    assert without["config"] == {"segmentIds": [], "journeyIds": []}
    with_key = connect(api, operator, "customerio", publisher, trackingKey=CIO_TRACKING)
    assert with_key.json()["data"]["apiTypes"] == ["track", "app", "cdp"]
    assert with_key.json()["data"]["credentials"]["trackingKeyLast4"] == "8796"


def test_keap_token_is_refreshed_when_read_after_24_hours(
    api: Api, operator: dict[str, str], publisher: str, frozen: Clock
) -> None:
    created = connect(api, operator, "keap", publisher, config={"leadSourceId": 7}).json()["data"]
    assert created["tokenRefreshedAt"] is None
    assert created["config"] == {"leadSourceId": 7, "campaignIds": []}
    assert created["credentials"] == {
        "clientId": "sharpsend-keap-client",
        "accessTokenLast4": KEAP_ACCESS[-4:],
    }
    url = f"{BASE}/{publisher}/keap"
    frozen.current += timedelta(hours=23)
    assert api.request("GET", url, headers=operator).json()["data"]["tokenRefreshedAt"] is None
    frozen.current += timedelta(hours=1)
    refreshed = api.request("GET", url, headers=operator).json()["data"]
    moment = frozen.current.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert refreshed["tokenRefreshedAt"] == moment
    expected = (frozen.current + timedelta(hours=24)).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert refreshed["tokenExpiresAt"] == expected


def test_list_orders_by_platform_and_paginates(
    api: Api, operator: dict[str, str], publisher: str
) -> None:
    for platform in ("keap", "iterable", "customerio"):
        connect(api, operator, platform, publisher)
    everything = api.request("GET", f"{BASE}/{publisher}", headers=operator).json()
    assert [item["platform"] for item in everything["data"]] == ["customerio", "iterable", "keap"]
    assert everything["pagination"] == {"limit": 50, "offset": 0, "total": 3}
    page = api.request("GET", f"{BASE}/{publisher}?limit=1&offset=1", headers=operator)
    assert [item["platform"] for item in page.json()["data"]] == ["iterable"]
    assert f'<{BASE}/{publisher}?limit=1&offset=2>; rel="next"' in page.headers["link"]
    assert f'<{BASE}/{publisher}?limit=1&offset=0>; rel="prev"' in page.headers["link"]


def test_disconnect_removes_everything_then_404(
    api: Api, operator: dict[str, str], publisher: str
) -> None:
    connect(api, operator, "keap", publisher)
    api.request("POST", f"{BASE}/{publisher}/keap/sync", headers=operator)
    with api.runtime.database.session() as session:
        integration_id = session.scalars(
            select(Integration.id).where(Integration.publisher_id == publisher)
        ).one()
    url = f"{BASE}/{publisher}/keap"
    gone = api.request("DELETE", url, headers=operator)
    assert gone.status_code == 200
    assert gone.json()["data"]["publisherId"] == publisher
    assert gone.json()["data"]["platform"] == "keap"
    for method, path in [
        ("GET", url),
        ("DELETE", url),
        ("GET", f"{BASE}/keap/{publisher}/contacts"),
    ]:
        message = assert_error(
            api.request(method, path, headers=operator), 404, "INTEGRATION_NOT_FOUND"
        )
        assert message == f"Publisher {publisher} has no keap integration."
    with api.runtime.database.session() as session:
        assert session.get(IntegrationCredentials, integration_id) is None
        jobs = select(SyncJob).where(SyncJob.integration_id == integration_id)
        assert session.scalars(jobs).all() == []
        assert session.get(Integration, integration_id) is None


@pytest.mark.parametrize("path", ["/pub_x/nowhere", "/bad_publisher/keap"])
def test_bad_path_values_are_400(api: Api, operator: dict[str, str], path: str) -> None:
    assert_error(api.request("GET", BASE + path, headers=operator), 400, "VALIDATION_ERROR")
