"""The generated ``platform_integrations`` client connects, syncs and disconnects Iterable.

In-process over ASGI, with a token the client fetches from ``/auth/token`` itself for a
client bound to one publisher: test the credentials, connect, list, sync (202) until the job
succeeds, disconnect, and a typed error carrying the seed's ``{"success": false, "code"}``
body. No answer the client received holds a credential.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Callable

import pytest

from .conftest import Connection, GeneratedApi, assert_shaped_as

BASE = "/api/integrations"
SYNC_DEADLINE = 15.0  # seconds; a job is queued, running, then succeeded a second apart


@pytest.fixture(scope="module")
def api(generated_api: Callable[[str], GeneratedApi]) -> GeneratedApi:
    """The generated platform-integrations client and its bundle."""
    return generated_api("platform-integrations")


def test_generated_client_connects_syncs_and_disconnects_iterable(
    api: GeneratedApi, connect: Callable[..., Connection]
):
    platform_integrations, models = api.package, api.package.models
    publisher = f"pub_{uuid.uuid4().hex[:12]}"
    connection = connect(api, publisher_id=publisher)
    client = connection.client
    api_key = uuid.uuid4().hex  # 32 lowercase hex digits: well shaped, not a sandbox failure
    config = api.request_example("/iterable/connect", "post")["config"]

    async def flow() -> None:
        async with client:
            tested = await client.test_iterable_connection(body={"apiKey": api_key, "region": "us"})
            assert_shaped_as(tested, models.ConnectionTestEnvelope)
            assert tested["data"]["connected"] is True

            connected = await client.connect_iterable(
                body={"publisherId": publisher, "apiKey": api_key, "region": "us", "config": config}
            )
            assert_shaped_as(connected, models.IterableIntegrationEnvelope)
            assert connected["data"]["credentials"]["apiKeyLast4"] == api_key[-4:]

            listed = await client.list_integrations(publisher)
            assert_shaped_as(listed, models.IntegrationList)
            assert [i["platform"] for i in listed["data"]] == ["iterable"]

            job = (await client.start_sync(publisher, "iterable"))["data"]
            assert_shaped_as(job, models.SyncJob)
            assert (job["publisherId"], job["status"]) == (publisher, "queued")
            deadline = time.monotonic() + SYNC_DEADLINE
            while job["status"] != "succeeded" and time.monotonic() < deadline:
                await asyncio.sleep(0.25)
                job = (await client.get_sync(publisher, "iterable", job["syncId"]))["data"]
            assert (job["status"], job["recordsSynced"]) == ("succeeded", 3)
            campaigns = await client.list_iterable_campaigns(publisher)
            assert [c["id"] for c in campaigns["data"]] == [1001, 1002, 1003]

            gone = await client.disconnect_integration(publisher, "iterable")
            assert (gone["data"]["publisherId"], gone["data"]["platform"]) == (
                publisher,
                "iterable",
            )
            with pytest.raises(platform_integrations.NotFoundError) as caught:
                await client.get_integration(publisher, "iterable")
            assert caught.value.status == 404
            assert_shaped_as(caught.value.body, models.ErrorResponse)
            assert caught.value.body["success"] is False
            assert caught.value.body["code"] == "INTEGRATION_NOT_FOUND"

    asyncio.run(flow())
    wire = connection.wire
    assert wire.status_of("POST", f"{BASE}/iterable/connect") == [201]
    assert wire.status_of("POST", f"{BASE}/{publisher}/iterable/sync") == [202]
    token = next(a for a in wire.answers if a.request.url.path == "/auth/token")
    secrets = [api_key, connection.client_secret, token.json()["access_token"]]
    for answer in wire.answers:
        if answer.request.url.path == "/auth/token":
            continue
        text = answer.text + " ".join(f"{k}: {v}" for k, v in answer.headers.items())
        leaked = [secret for secret in secrets if secret in text]
        assert not leaked, f"{answer.request.method} {answer.request.url} returned a credential"
