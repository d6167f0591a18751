"""Sync jobs: queued, running, succeeded by the clock; their import applied on the next read."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.server.conftest import Api
from tests.server.platform_integrations.conftest import (
    BASE,
    Clock,
    assert_error,
    connect,
)


def stamp(clock: Clock, seconds: int = 0) -> str:
    return (clock.current + timedelta(seconds=seconds)).strftime("%Y-%m-%dT%H:%M:%SZ")


def test_job_is_queued_then_running_then_succeeded(
    api: Api, operator: dict[str, str], publisher: str, frozen: Clock
) -> None:
    connect(api, operator, "iterable", publisher)
    started = api.request("POST", f"{BASE}/{publisher}/iterable/sync", headers=operator)
    assert started.status_code == 202
    job = started.json()["data"]
    requested = stamp(frozen)
    assert job["status"] == "queued"
    assert job["requestedAt"] == requested
    assert (job["startedAt"], job["finishedAt"], job["recordsSynced"]) == (None, None, None)
    url = started.headers["location"]
    assert url == f"{BASE}/{publisher}/iterable/sync/{job['syncId']}"
    integration = api.request("GET", f"{BASE}/{publisher}/iterable", headers=operator)
    assert integration.json()["data"]["status"] == "syncing"

    frozen.current += timedelta(seconds=1)
    running = api.request("GET", url, headers=operator).json()["data"]
    assert running["status"] == "running"
    assert running["startedAt"] == stamp(frozen)
    assert running["finishedAt"] is None

    frozen.current += timedelta(seconds=1)
    done = api.request("GET", url, headers=operator).json()["data"]
    assert done["status"] == "succeeded"
    assert done["finishedAt"] == stamp(frozen)
    assert done["recordsSynced"] == 3
    integration = api.request("GET", f"{BASE}/{publisher}/iterable", headers=operator)
    assert integration.json()["data"]["status"] == "connected"
    assert integration.json()["data"]["lastSyncedAt"] == done["finishedAt"]


def test_sync_while_one_is_active_returns_that_job(
    api: Api, operator: dict[str, str], publisher: str, frozen: Clock
) -> None:
    connect(api, operator, "keap", publisher)
    url = f"{BASE}/{publisher}/keap/sync"
    first = api.request("POST", url, headers=operator).json()["data"]
    frozen.current += timedelta(seconds=1)
    second = api.request("POST", url, headers=operator).json()["data"]
    assert second["syncId"] == first["syncId"]
    assert second["status"] == "running"
    frozen.current += timedelta(seconds=1)
    third = api.request("POST", url, headers=operator).json()["data"]
    assert third["syncId"] != first["syncId"]
    assert third["status"] == "queued"


def test_campaigns_appear_after_the_sync_finishes(
    api: Api, operator: dict[str, str], publisher: str, frozen: Clock
) -> None:
    connect(api, operator, "iterable", publisher)
    campaigns = f"{BASE}/iterable/{publisher}/campaigns"
    empty = api.request("GET", campaigns, headers=operator).json()
    assert empty["data"] == []
    assert empty["pagination"] == {"limit": 50, "offset": 0, "total": 0}
    api.request("POST", f"{BASE}/{publisher}/iterable/sync", headers=operator)
    frozen.current += timedelta(seconds=1)
    assert api.request("GET", campaigns, headers=operator).json()["data"] == []
    frozen.current += timedelta(minutes=10)
    listed = api.request("GET", campaigns, headers=operator).json()
    finished = stamp(frozen, -599)  # the job finished 2 s after the request, not at this read
    assert [
        (c["id"], c["name"], c["type"], c["campaignState"], c["messageMedium"])
        for c in listed["data"]
    ] == [
        (1001, "Welcome series", "Triggered", "Running", "Email"),
        (1002, "Weekly newsletter", "Blast", "Recurring", "Email"),
        (1003, "Re-engagement push", "Triggered", "Ready", "Push"),
    ]
    assert {c["createdAt"] for c in listed["data"]} == {finished}
    assert {c["updatedAt"] for c in listed["data"]} == {finished}
    assert listed["pagination"]["total"] == 3


def test_keap_sync_imports_120_contacts_with_the_lead_source(
    api: Api, operator: dict[str, str], publisher: str, frozen: Clock
) -> None:
    connect(api, operator, "keap", publisher, config={"leadSourceId": 123})
    api.request("POST", f"{BASE}/{publisher}/keap/sync", headers=operator)
    frozen.current += timedelta(seconds=2)
    url = f"{BASE}/keap/{publisher}/contacts?limit=2&offset=118"
    page = api.request("GET", url, headers=operator)
    body = page.json()
    assert body["pagination"] == {"limit": 2, "offset": 118, "total": 120}
    assert body["data"] == [
        {
            "id": 1000 + n,
            "givenName": "Contact",
            "familyName": str(n),
            "email": f"contact{n}@example.com",
            "leadSourceId": 123,
            "dateCreated": stamp(frozen),
        }
        for n in (119, 120)
    ]
    assert 'rel="next"' not in page.headers["link"]
    assert (
        f'<{BASE}/keap/{publisher}/contacts?limit=2&offset=116>; rel="prev"' in page.headers["link"]
    )


def test_customerio_sync_counts_segments_and_journeys(
    api: Api, operator: dict[str, str], publisher: str, frozen: Clock
) -> None:
    config = {"segmentIds": ["s1", "s2"], "journeyIds": ["j1"]}
    connect(api, operator, "customerio", publisher, config=config)
    job = api.request("POST", f"{BASE}/{publisher}/customerio/sync", headers=operator).json()[
        "data"
    ]
    frozen.current += timedelta(seconds=2)
    url = f"{BASE}/{publisher}/customerio/sync/{job['syncId']}"
    assert api.request("GET", url, headers=operator).json()["data"]["recordsSynced"] == 3


@pytest.mark.parametrize("platform", ["iterable", "keap"])
def test_sync_of_a_missing_integration_or_job_is_404(
    api: Api, operator: dict[str, str], publisher: str, platform: str
) -> None:
    assert_error(
        api.request("POST", f"{BASE}/{publisher}/{platform}/sync", headers=operator),
        404,
        "INTEGRATION_NOT_FOUND",
    )
    connect(api, operator, platform, publisher)
    assert_error(
        api.request("GET", f"{BASE}/{publisher}/{platform}/sync/sync_nothere", headers=operator),
        404,
        "INTEGRATION_NOT_FOUND",
    )


def test_a_job_is_not_found_under_another_platform(
    api: Api, operator: dict[str, str], publisher: str
) -> None:
    connect(api, operator, "iterable", publisher)
    connect(api, operator, "keap", publisher)
    job = api.request("POST", f"{BASE}/{publisher}/iterable/sync", headers=operator).json()["data"]
    url = f"{BASE}/{publisher}/keap/sync/{job['syncId']}"
    assert_error(api.request("GET", url, headers=operator), 404, "INTEGRATION_NOT_FOUND")
