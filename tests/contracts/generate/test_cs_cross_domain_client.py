"""The generated ``cs_cross_domain`` client runs marketing and product flows against the server.

In-process over ASGI, with a token the client fetches from ``/auth/token`` itself: trigger a
campaign (202) and read it back, submit feedback (201) and read it back, and a typed error
carrying the API's RFC 7807 problem.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable

import pytest

from .conftest import Connection, GeneratedApi, assert_shaped_as

BASE = "/v1/cs-integrations"


@pytest.fixture(scope="module")
def api(generated_api: Callable[[str], GeneratedApi]) -> GeneratedApi:
    """The generated cs-cross-domain client and its bundle."""
    return generated_api("cs-cross-domain")


def test_generated_client_runs_a_campaign_and_a_feedback_ticket(
    api: GeneratedApi, connect: Callable[..., Connection]
):
    cs_cross_domain, models = api.package, api.package.models
    connection = connect(api)
    client = connection.client
    customer_id = f"cust_{uuid.uuid4().hex[:12]}"
    trigger = api.request_example("/marketing/triggers/{customer_id}", "post")
    feedback = {**api.request_example("/product/feedback", "post"), "customer_id": customer_id}

    async def flow() -> None:
        async with client:
            started = await client.create_trigger(customer_id, body=trigger)
            assert_shaped_as(started, models.Trigger)
            assert started["customer_id"] == customer_id
            assert started["health_score"] == trigger["health_score"]
            campaign = await client.get_campaign(started["campaign_id"])
            assert campaign == started

            ticket = await client.submit_feedback(body=feedback)
            assert_shaped_as(ticket, models.Feedback)
            assert (ticket["customer_id"], ticket["feature_id"]) == (
                customer_id,
                feedback["feature_id"],
            )
            assert await client.get_feedback(ticket["ticket_id"]) == ticket

            with pytest.raises(cs_cross_domain.NotFoundError) as caught:
                await client.get_campaign("camp_doesnotexist")
            problem = caught.value
            assert problem.status == 404
            assert problem.headers["content-type"].startswith("application/problem+json")
            assert_shaped_as(problem.body, models.Problem)
            assert problem.body["status"] == 404
            assert problem.body["type"].endswith("/not-found")
            assert problem.body["instance"] == f"{BASE}/marketing/campaigns/camp_doesnotexist"

    asyncio.run(flow())
    wire = connection.wire
    assert wire.status_of("POST", f"{BASE}/marketing/triggers/{customer_id}") == [202]
    assert wire.status_of("POST", f"{BASE}/product/feedback") == [201]
    assert wire.status_of("POST", "/auth/token") == [200]
