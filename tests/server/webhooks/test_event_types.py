"""Every seed 003 event type reaches a subscribed receiver, signed and valid for its callback."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from openapi_schema_validator import OAS30Validator

from contracts.webhook_signature import verify_envelope, verify_signature
from contracts.workspace import bundle
from server.services.event_platform.outbox import EVENT_TYPES
from server.webhooks.dispatcher import Dispatcher
from tests.server.conftest import Api
from tests.server.event_platform.conftest import REPO_SPECS, instant
from tests.server.event_platform.registering import PRICE, attendee
from tests.server.webhooks.conftest import BASE
from tests.server.webhooks.receiver import Receiver


@pytest.fixture(scope="module")
def callback_schemas() -> dict[str, Any]:
    """Each event type's delivery schema, from the callbacks of ``webhooks.create_subscription``."""
    spec = bundle(REPO_SPECS / "event-platform.yaml")
    components = spec["components"]
    found = {}
    for name in EVENT_TYPES:
        callback = components["callbacks"][name]
        [item] = callback.values()
        found[name] = {**item["post"]["requestBody"]["content"]["application/json"]["schema"]}
    return {"components": components, "types": found}


def call(api: Api, headers: dict[str, str], method: str, path: str, **kwargs: Any) -> Any:
    response = api.request(method, f"{BASE}{path}", headers=headers, **kwargs)
    assert response.status_code in (200, 201), response.text
    return response


def patch(api: Api, headers: dict[str, str], path: str, body: dict[str, Any]) -> Any:
    etag = call(api, headers, "GET", path).headers["etag"]
    return call(api, {**headers, "If-Match": etag}, "PATCH", path, json=body)


def make_every_change(
    api: Api, headers: dict[str, str], new_event: Callable[..., dict[str, Any]]
) -> None:
    """Drive the API through one change of each of the 14 types."""
    event = new_event(price=PRICE)  # event.created
    path = f"/events/{event['id']}"
    patch(api, headers, path, {"title": "Renamed"})  # event.updated
    call(api, headers, "POST", f"{path}/publish")  # event.published
    session = call(
        api,
        headers,
        "POST",
        f"{path}/sessions",
        json={
            "title": "Webhooks",
            "type": "talk",
            "startTime": instant(30, 1),
            "endTime": instant(30, 2),
        },
    ).json()  # session.created
    session_path = f"{path}/sessions/{session['id']}"
    patch(api, headers, session_path, {"room": "Hall C"})  # session.updated
    call(api, headers, "POST", f"{session_path}/cancel", json={"reason": "ill"})
    payload = {"eventId": event["id"], "attendee": attendee()}
    registration = call(api, headers, "POST", "/registrations", json=payload).json()
    payment = {
        "registrationId": registration["id"],
        "paymentMethod": {"type": "card", "token": "tok_chargeDeclined"},
        "billingDetails": {"name": "Maria Garcia", "email": "maria.garcia@example.com"},
    }
    call(api, headers, "POST", "/payments", json=payment)  # payment.failed
    payment["paymentMethod"] = {"type": "card", "token": "tok_visa"}
    paid = call(api, headers, "POST", "/payments", json=payment).json()  # completed, confirmed
    call(api, headers, "POST", f"/registrations/{registration['id']}/check-in")
    refund = {"reason": "requested_by_customer", "amount": 1000}
    call(api, headers, "POST", f"/payments/{paid['id']}/refunds", json=refund)
    other = call(
        api, headers, "POST", "/registrations", json={**payload, "attendee": attendee()}
    ).json()
    call(api, headers, "POST", f"/registrations/{other['id']}/cancel", json={"reason": "x"})
    call(api, headers, "POST", f"{path}/cancel", json={"reason": "Venue closed"})


def test_each_event_type_is_delivered_signed_and_valid(
    api: Api,
    headers: dict[str, str],
    dispatcher: Dispatcher,
    receiver: Receiver,
    subscribe: Callable[..., dict[str, Any]],
    new_event: Callable[..., dict[str, Any]],
    callback_schemas: dict[str, Any],
) -> None:
    subscription = subscribe(receiver.url, sorted(EVENT_TYPES))
    make_every_change(api, headers, new_event)
    received = receiver.wait_for(
        lambda got: {r.envelope["event"] for r in got} >= EVENT_TYPES, timeout=15
    )
    assert {r.envelope["event"] for r in received} == EVENT_TYPES
    for request in received:
        envelope = request.envelope
        assert verify_signature(subscription["secret"], request.headers, request.body)
        assert verify_envelope(subscription["secret"], envelope)
        schema = {**callback_schemas["types"][envelope["event"]]}
        schema["components"] = callback_schemas["components"]
        errors = [e.message for e in OAS30Validator(schema).iter_errors(envelope)]
        assert errors == [], (envelope["event"], errors)
