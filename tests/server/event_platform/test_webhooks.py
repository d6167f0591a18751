"""Webhook subscriptions over HTTP: secret shown once, per-client isolation, log, test delivery."""

from __future__ import annotations

import hashlib
import hmac
import json
import uuid
from typing import Any

import pytest
from openapi_schema_validator import OAS30Validator

from contracts.workspace import bundle
from server.services.event_platform.outbox import EVENT_TYPES
from server.services.event_platform.samples import sample_data
from tests.server.conftest import Api
from tests.server.event_platform.conftest import BASE, EP_SCOPES, REPO_SPECS
from tests.server.event_platform.registering import assert_error, get

WEBHOOKS = f"{BASE}/webhooks"


def subscribe(api: Api, headers: dict[str, str], **changes: Any) -> Any:
    body = {
        "url": f"https://crm.partner.example/hooks/{uuid.uuid4().hex[:8]}",
        "eventTypes": ["registration.created", "payment.completed"],
        **changes,
    }
    return api.request("POST", WEBHOOKS, json=body, headers=headers)


def created(api: Api, headers: dict[str, str], **changes: Any) -> dict[str, Any]:
    response = subscribe(api, headers, **changes)
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def test_generated_secret_is_returned_only_on_create(api: Api, headers: dict[str, str]) -> None:
    response = subscribe(api, headers, description="CRM sync")
    assert response.status_code == 201, response.text
    subscription = response.json()
    assert subscription["secret"].startswith("whsec_") and len(subscription["secret"]) == 38
    assert subscription["enabled"] is True
    assert subscription["retryPolicy"] == {
        "maxAttempts": 5,
        "initialDelaySeconds": 60,
        "backoffMultiplier": 2,
    }
    assert response.headers["location"] == f"{WEBHOOKS}/{subscription['id']}"
    read = api.request("GET", f"{WEBHOOKS}/{subscription['id']}", headers=headers)
    assert "secret" not in read.json()
    assert read.headers["etag"] == response.headers["etag"]
    listed = get(api, headers, "/webhooks")["data"]
    assert all("secret" not in item for item in listed)
    assert subscription["id"] in [item["id"] for item in listed]


def test_given_secret_is_kept_and_signs_test_deliveries(api: Api, headers: dict[str, str]) -> None:
    secret = "my-own-secret-1234567890"
    subscription = created(api, headers, secret=secret)
    assert subscription["secret"] == secret
    response = api.request(
        "POST",
        f"{WEBHOOKS}/{subscription['id']}/test",
        json={"event": "payment.refunded"},
        headers=headers,
    )
    assert response.status_code == 200, response.text
    delivery = response.json()
    # The test delivery is really POSTed: crm.partner.example does not resolve, so it failed.
    assert delivery["test"] is True and delivery["status"] == "failed"
    assert delivery["attemptCount"] == 1 and "error" in delivery["attempts"][0]
    envelope = delivery["payload"]
    assert envelope["id"] == delivery["id"] and envelope["event"] == "payment.refunded"
    assert envelope["data"]["refund"]["amount"] == envelope["data"]["payment"]["refundedAmount"]
    signature = envelope["signature"]
    unsigned = {k: v for k, v in envelope.items() if k != "signature"}
    message = ".".join(
        [
            signature["timestamp"],
            signature["token"],
            json.dumps(unsigned, sort_keys=True, separators=(",", ":"), ensure_ascii=False),
        ]
    )
    expected = hmac.new(secret.encode(), message.encode(), hashlib.sha256).hexdigest()
    assert signature["signature"] == f"sha256={expected}"
    log = get(api, headers, f"/webhooks/{subscription['id']}/deliveries")
    assert [d["id"] for d in log["data"]] == [delivery["id"]]
    after = get(api, headers, f"/webhooks/{subscription['id']}")
    assert after["lastDeliveryStatus"] == "failed"
    assert after["lastDeliveryAt"] == delivery["createdAt"]


def test_delivery_log_filters_newest_first(api: Api, headers: dict[str, str]) -> None:
    subscription = created(api, headers, enabled=False)
    path = f"{WEBHOOKS}/{subscription['id']}"
    ids = []
    for event in ("event.created", "checkin.completed", "event.created"):
        response = api.request("POST", f"{path}/test", json={"event": event}, headers=headers)
        ids.append(response.json()["id"])
    log = get(api, headers, f"/webhooks/{subscription['id']}/deliveries")
    assert [d["id"] for d in log["data"]] == ids[::-1]
    only = get(api, headers, f"/webhooks/{subscription['id']}/deliveries?event=checkin.completed")
    assert [d["id"] for d in only["data"]] == [ids[1]]
    none = get(api, headers, f"/webhooks/{subscription['id']}/deliveries?status=succeeded")
    assert none["data"] == [] and none["pagination"]["totalItems"] == 0


def test_update_disables_rotates_and_honours_if_match(api: Api, headers: dict[str, str]) -> None:
    subscription = created(api, headers)
    path = f"{WEBHOOKS}/{subscription['id']}"
    stale = api.request(
        "PATCH", path, json={"enabled": False}, headers={**headers, "If-Match": '"old"'}
    )
    assert_error(stale, 412, "PRECONDITION_FAILED")
    etag = api.request("GET", path, headers=headers).headers["etag"]
    response = api.request(
        "PATCH",
        path,
        json={
            "enabled": False,
            "secret": "rotated-secret-0123456789",
            "eventTypes": ["event.created"],
        },
        headers={**headers, "If-Match": etag},
    )
    assert response.status_code == 200, response.text
    updated = response.json()
    assert updated["enabled"] is False and updated["eventTypes"] == ["event.created"]
    assert "secret" not in updated
    disabled = get(api, headers, "/webhooks?enabled=false")["data"]
    assert subscription["id"] in [s["id"] for s in disabled]
    enabled = api.request("PATCH", path, json={"enabled": True}, headers=headers)
    assert enabled.json()["enabled"] is True


def test_plain_http_is_only_for_loopback(api: Api, headers: dict[str, str]) -> None:
    assert_error(
        subscribe(api, headers, url="http://crm.partner.example/hooks"),
        422,
        "BUSINESS_RULE_VIOLATION",
    )
    local = subscribe(api, headers, url=f"http://127.0.0.1:8080/{uuid.uuid4().hex}")
    assert local.status_code == 201, local.text


def test_same_url_twice_is_409_for_one_client_only(api: Api, headers: dict[str, str]) -> None:
    url = f"https://crm.partner.example/{uuid.uuid4().hex}"
    created(api, headers, url=url)
    assert_error(subscribe(api, headers, url=url), 409, "CONFLICT")
    other = api.bearer(EP_SCOPES)
    assert subscribe(api, other, url=url).status_code == 201


def test_another_clients_subscription_is_404(api: Api, headers: dict[str, str]) -> None:
    subscription = created(api, headers)
    other = api.bearer(EP_SCOPES)
    path = f"{WEBHOOKS}/{subscription['id']}"
    assert_error(api.request("GET", path, headers=other), 404, "RESOURCE_NOT_FOUND")
    assert_error(
        api.request("PATCH", path, json={"enabled": False}, headers=other),
        404,
        "RESOURCE_NOT_FOUND",
    )
    assert_error(api.request("DELETE", path, headers=other), 404, "RESOURCE_NOT_FOUND")
    assert_error(api.request("GET", f"{path}/deliveries", headers=other), 404, "RESOURCE_NOT_FOUND")
    assert get(api, other, "/webhooks")["data"] == []
    assert api.request("GET", path, headers=headers).status_code == 200


def test_delete_removes_subscription_and_its_log(api: Api, headers: dict[str, str]) -> None:
    subscription = created(api, headers)
    path = f"{WEBHOOKS}/{subscription['id']}"
    api.request("POST", f"{path}/test", json={"event": "event.created"}, headers=headers)
    response = api.request("DELETE", path, headers=headers)
    assert response.status_code == 204
    assert_error(api.request("GET", path, headers=headers), 404, "RESOURCE_NOT_FOUND")
    assert_error(
        api.request("GET", f"{path}/deliveries", headers=headers), 404, "RESOURCE_NOT_FOUND"
    )
    assert_error(api.request("DELETE", path, headers=headers), 404, "RESOURCE_NOT_FOUND")


def test_unknown_event_type_is_400(api: Api, headers: dict[str, str]) -> None:
    response = subscribe(api, headers, eventTypes=["order.created"])
    assert_error(response, 400, "VALIDATION_ERROR")


def test_webhook_scopes_are_enforced(api: Api) -> None:
    reader = api.bearer(["webhooks.read"])
    assert_error(subscribe(api, reader), 403, "FORBIDDEN")


@pytest.fixture(scope="module")
def callback_schemas() -> dict[str, Any]:
    """The ``data`` schema of each event type's callback, from the bundled spec."""
    spec = bundle(REPO_SPECS / "event-platform.yaml")
    callbacks = spec["paths"]["/webhooks"]["post"]["callbacks"]
    found = {}
    for event_type, reference in callbacks.items():
        callback = _resolve(reference, spec["components"], "callbacks")
        (operation,) = [item["post"] for item in callback.values()]
        envelope = operation["requestBody"]["content"]["application/json"]["schema"]
        found[event_type] = {"envelope": envelope, "components": spec["components"]}
    return found


@pytest.mark.parametrize("event_type", sorted(EVENT_TYPES))
def test_sample_data_follows_the_callback_schema(
    event_type: str, callback_schemas: dict[str, Any]
) -> None:
    schema = callback_schemas[event_type]
    data_schema = _resolve(schema["envelope"], schema["components"])["properties"]["data"]
    validator = OAS30Validator(
        {**data_schema, "components": schema["components"]},
        format_checker=OAS30Validator.FORMAT_CHECKER,
    )
    errors = [e.message for e in validator.iter_errors(sample_data(event_type, BASE))]
    assert errors == []


def _resolve(
    node: dict[str, Any], components: dict[str, Any], kind: str = "schemas"
) -> dict[str, Any]:
    ref = node.get("$ref")
    if ref is None:
        return node
    name = ref.rsplit("/", 1)[-1]
    found: dict[str, Any] = components[kind][name]
    return found
