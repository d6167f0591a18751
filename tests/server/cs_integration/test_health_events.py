"""``POST /cs-integration/events/health-change``: recorded, applied, and the rules derived."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from server.storage.models.outbox import OutboxEvent
from tests.server.cs_integration.conftest import CsClient, assert_problem

EVENTS = "/cs-integration/events/health-change"


def change(customer_id: str, previous: int, new: int, **extra: object) -> dict[str, object]:
    return {
        "customer_id": customer_id,
        "previous_score": previous,
        "new_score": new,
        "change_reason": "decreased_usage",
        "timestamp": "2025-12-05T08:20:00Z",
        **extra,
    }


def test_three_events_set_score_trend_and_risk_from_the_last(cs: CsClient) -> None:
    customer_id = cs.customer(85)
    cs.ok(cs.post(EVENTS, change(customer_id, 85, 70)), 201)  # medium, declining
    cs.ok(cs.post(EVENTS, change(customer_id, 70, 40)), 201)  # high, declining
    cs.ok(cs.post(EVENTS, change(customer_id, 40, 60)), 201)  # medium, improving
    customer = cs.ok(cs.get(f"/cs-integration/customers/{customer_id}"))
    assert (customer["health_score"], customer["health_trend"], customer["risk_level"]) == (
        60,
        "improving",
        "medium",
    )


@pytest.mark.parametrize(
    ("previous", "new", "trend", "risk"),
    [
        (80, 65, "declining", "medium"),
        (20, 75, "improving", "low"),
        (30, 30, "stable", "high"),
        (50, 24, "declining", "critical"),
        (10, 49, "improving", "high"),
        (49, 50, "improving", "medium"),
    ],
)
def test_trend_and_risk_rules(cs: CsClient, previous: int, new: int, trend: str, risk: str) -> None:
    customer_id = cs.customer(90)
    cs.ok(cs.post(EVENTS, change(customer_id, previous, new)), 201)
    health = cs.ok(cs.get(f"/cs-marketing/health/{customer_id}"))
    assert (health["health_score"], health["health_trend"], health["risk_level"]) == (
        new,
        trend,
        risk,
    )


def test_previous_score_is_stored_as_reported_not_checked(cs: CsClient) -> None:
    customer_id = cs.customer(85)
    event = cs.ok(cs.post(EVENTS, change(customer_id, 10, 20)), 201)
    assert event["previous_score"] == 10
    customer = cs.ok(cs.get(f"/cs-integration/customers/{customer_id}"))
    assert customer["health_trend"] == "improving"  # from the event, not from 85 -> 20


def test_recorded_event_reads_back_with_location_and_defaults(cs: CsClient) -> None:
    customer_id = cs.customer()
    response = cs.post(EVENTS, change(customer_id, 80, 65, timestamp="2025-12-05T10:20:00+02:00"))
    event = cs.ok(response, 201)
    assert event["event_id"].startswith("hce_") and len(event["event_id"]) == 20
    assert event["trigger_events"] == [] and event["recommended_actions"] == []
    assert event["timestamp"] == "2025-12-05T08:20:00Z"
    assert response.headers["location"] == f"/api/v1{EVENTS}/{event['event_id']}"
    assert cs.ok(cs.get(f"{EVENTS}/{event['event_id']}")) == event


def test_event_moves_last_updated_and_the_etag(cs: CsClient) -> None:
    customer_id = cs.customer(85)
    before = cs.get(f"/cs-integration/customers/{customer_id}")
    event = cs.ok(cs.post(EVENTS, change(customer_id, 85, 86)), 201)
    after = cs.get(f"/cs-integration/customers/{customer_id}")
    assert after.json()["last_updated"] == event["recorded_at"]
    assert before.headers["etag"] != after.headers["etag"]


def test_events_are_queued_for_webhooks(cs: CsClient) -> None:
    customer_id = cs.customer(80)
    cs.ok(cs.post(EVENTS, change(customer_id, 80, 79)), 201)  # still low
    cs.ok(cs.post(EVENTS, change(customer_id, 79, 30)), 201)  # low -> high
    with cs.api.runtime.database.session() as session:
        events = [
            (row.event_type, row.payload["health_score"])
            for row in session.scalars(select(OutboxEvent).order_by(OutboxEvent.id))
            if row.payload.get("customer_id") == customer_id
            and row.event_type.startswith("customer.")
            and row.event_type != "customer.created"
        ]
    assert events == [
        ("customer.health_changed", 79),
        ("customer.health_changed", 30),
        ("customer.risk_level_changed", 30),
    ]


def test_unknown_customer_is_422(cs: CsClient) -> None:
    body = assert_problem(
        cs.post(EVENTS, change("cust_nobody", 80, 65)), 422, "/business-rule-violation"
    )
    assert body["errors"][0]["location"] == "body/customer_id"


def test_timestamp_more_than_five_minutes_ahead_is_422(cs: CsClient) -> None:
    customer_id = cs.customer()
    ahead = datetime.now(UTC) + timedelta(minutes=10)
    body = change(customer_id, 80, 65, timestamp=ahead.strftime("%Y-%m-%dT%H:%M:%SZ"))
    problem = assert_problem(cs.post(EVENTS, body), 422)
    assert problem["errors"][0]["location"] == "body/timestamp"
    soon = datetime.now(UTC) + timedelta(minutes=2)
    body = change(customer_id, 80, 65, timestamp=soon.strftime("%Y-%m-%dT%H:%M:%SZ"))
    cs.ok(cs.post(EVENTS, body), 201)


def test_schema_violations_are_400_listing_each(cs: CsClient) -> None:
    customer_id = cs.customer()
    body = change(customer_id, 80, 150)
    del body["timestamp"]
    problem = assert_problem(cs.post(EVENTS, body), 400, "/validation-error")
    locations = {item["location"] for item in problem["errors"]}
    assert {"body/new_score", "body/timestamp"} <= locations


def test_unknown_event_is_404(cs: CsClient) -> None:
    assert_problem(cs.get(f"{EVENTS}/hce_doesnotexist"), 404, "/not-found")


def test_recording_needs_the_write_scope(cs: CsClient, client_with) -> None:
    customer_id = cs.customer()
    reader = client_with(["cs-integration.read"])
    assert_problem(reader.post(EVENTS, change(customer_id, 80, 65)), 403, "/forbidden")
