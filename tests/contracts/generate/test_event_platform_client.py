"""The generated ``event_platform`` client runs an event's life against the reference server.

In-process over ASGI, with a token the client fetches from ``/auth/token`` itself: create,
read, publish, register, pay with a sandbox card, list the attendees page by page, and a
typed error carrying the API's ``{"error": {...}}`` body.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from .conftest import Connection, GeneratedApi, assert_shaped_as

PRICE = {"amount": 14900, "currency": "USD"}


@pytest.fixture(scope="module")
def api(generated_api: Callable[[str], GeneratedApi]) -> GeneratedApi:
    """The generated event-platform client and its bundle."""
    return generated_api("event-platform")


def _instant(days: int) -> str:
    moment = datetime.now(UTC).replace(microsecond=0) + timedelta(days=days)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _attendee() -> dict[str, str]:
    return {
        "firstName": "Maria",
        "lastName": "Garcia",
        "email": f"maria-{uuid.uuid4().hex[:10]}@example.com",
    }


def test_generated_client_runs_an_event_from_creation_to_paid_attendees(
    api: GeneratedApi, connect: Callable[..., Connection]
):
    event_platform, models = api.package, api.package.models
    connection = connect(api)
    client = connection.client
    # The spec's example, moved to the future (only future events can be published) and
    # rid of the references to a series and an organizer this fresh server does not hold.
    example = api.request_example("/events", "post")
    body = {
        **{k: v for k, v in example.items() if k not in {"seriesId", "organizerId"}},
        "startTime": _instant(30),
        "endTime": _instant(31),
        "price": PRICE,
    }

    async def flow() -> None:
        async with client:
            created = await client.create_event(body=body)
            assert created["status"] == "draft"
            event = await client.get_event(created["id"])
            assert_shaped_as(event, models.Event)
            assert (event["id"], event["title"], event["price"]) == (
                created["id"],
                body["title"],
                PRICE,
            )
            published = await client.publish_event(event["id"])
            assert published["status"] == "published"

            registrations = []
            for _ in range(3):
                attendee = _attendee()
                registration = await client.create_registration(
                    body={"eventId": event["id"], "attendee": attendee}
                )
                assert_shaped_as(registration, models.Registration)
                assert (registration["status"], registration["amountDue"]) == ("pending", PRICE)
                payment = await client.create_payment(
                    body={
                        "registrationId": registration["id"],
                        "paymentMethod": {"type": "card", "token": "tok_visa"},
                        "billingDetails": {"name": "Maria Garcia", "email": attendee["email"]},
                    }
                )
                assert_shaped_as(payment, models.Payment)
                assert (payment["status"], payment["amount"]) == ("completed", PRICE["amount"])
                paid = await client.get_registration(registration["id"])
                assert (paid["status"], paid["paymentId"]) == ("confirmed", payment["id"])
                registrations.append(paid)

            pages = [page async for page in client.iter_list_attendees_pages(event["id"], limit=2)]
            assert len(pages) == 2  # three attendees, two a page
            for page in pages:
                assert_shaped_as(page, models.AttendeeList)
            seen = [attendee["registrationId"] for page in pages for attendee in page["data"]]
            assert sorted(seen) == sorted(r["id"] for r in registrations)

            unknown = str(uuid.uuid4())
            with pytest.raises(event_platform.NotFoundError) as caught:
                await client.get_event(unknown)
            assert caught.value.status == 404
            assert_shaped_as(caught.value.body, models.Error)
            assert caught.value.body["error"]["code"] == "RESOURCE_NOT_FOUND"
            assert caught.value.body["error"]["status"] == 404

    asyncio.run(flow())
    wire = connection.wire
    assert wire.status_of("POST", "/auth/token") == [200]
    offsets = [
        a.request.url.params.get("offset")
        for a in wire.answers
        if "/attendees" in str(a.request.url)
    ]
    assert offsets == [None, "2"]  # the second page was asked for where the first one ended
