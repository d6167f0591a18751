"""Tickets over HTTP: issuing, derived status, validation verdicts, the PDF representation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.server.conftest import Api
from tests.server.event_platform.conftest import BASE
from tests.server.event_platform.registering import PRICE, assert_error, get, pay, register

NewEvent = Callable[..., dict[str, Any]]
VALIDATE = f"{BASE}/tickets/validate"


def validate(api: Api, headers: dict[str, str], code: str, event_id: str) -> dict[str, Any]:
    response = api.request(
        "POST", VALIDATE, json={"code": code, "eventId": event_id}, headers=headers
    )
    assert response.status_code == 200, response.text
    verdict: dict[str, Any] = response.json()
    return verdict


def test_ticket_of_a_confirmed_registration_is_valid(
    api: Api, headers: dict[str, str], new_event: NewEvent
) -> None:
    event = new_event(publish=True)
    created = register(api, headers, event["id"])
    ticket = get(api, headers, f"/registrations/{created['id']}/ticket")
    assert ticket["code"] == created["ticketCode"]
    assert ticket["status"] == "valid"
    assert ticket["qrPayload"] == f"EMP1:{ticket['code']}:{event['id']}"
    assert ticket["eventTitle"] == event["title"]
    verdict = validate(api, headers, ticket["code"], event["id"])
    assert verdict["valid"] is True and verdict["reason"] == "ok"
    assert verdict["registrationId"] == created["id"]


def test_pending_registration_has_no_ticket_until_paid(
    api: Api, headers: dict[str, str], new_event: NewEvent
) -> None:
    created = register(api, headers, new_event(publish=True, price=PRICE)["id"])
    path = f"{BASE}/registrations/{created['id']}/ticket"
    assert_error(api.request("GET", path, headers=headers), 404, "RESOURCE_NOT_FOUND")
    assert_error(api.request("POST", path, headers=headers), 422, "BUSINESS_RULE_VIOLATION")
    pay(api, headers, created["id"])
    assert get(api, headers, f"/registrations/{created['id']}/ticket")["status"] == "valid"


def test_issuing_a_new_ticket_voids_the_previous_one(
    api: Api, headers: dict[str, str], new_event: NewEvent
) -> None:
    event = new_event(publish=True)
    created = register(api, headers, event["id"])
    response = api.request("POST", f"{BASE}/registrations/{created['id']}/ticket", headers=headers)
    assert response.status_code == 201, response.text
    fresh = response.json()
    assert fresh["code"] != created["ticketCode"]
    assert response.headers["location"] == f"{BASE}/registrations/{created['id']}/ticket"
    assert get(api, headers, f"/registrations/{created['id']}")["ticketCode"] == fresh["code"]
    assert validate(api, headers, created["ticketCode"], event["id"])["reason"] == "void"
    assert validate(api, headers, fresh["code"], event["id"])["reason"] == "ok"


def test_validation_reasons_for_cancelled_used_unknown_and_wrong_event(
    api: Api, headers: dict[str, str], new_event: NewEvent
) -> None:
    event, other = new_event(publish=True), new_event(publish=True)
    cancelled = register(api, headers, event["id"])
    api.request(
        "POST",
        f"{BASE}/registrations/{cancelled['id']}/cancel",
        json={"reason": "x"},
        headers=headers,
    )
    verdict = validate(api, headers, cancelled["ticketCode"], event["id"])
    assert verdict == {**verdict, "valid": False, "reason": "registration_cancelled"}
    assert verdict["ticket"]["status"] == "void"
    used = register(api, headers, event["id"])
    api.request("POST", f"{BASE}/registrations/{used['id']}/check-in", json={}, headers=headers)
    verdict = validate(api, headers, used["ticketCode"], event["id"])
    assert verdict["reason"] == "already_used" and "checkedInAt" in verdict
    assert verdict["ticket"]["status"] == "used"
    assert validate(api, headers, used["ticketCode"], other["id"])["reason"] == "wrong_event"
    unknown = validate(api, headers, "TKT-000000000000", event["id"])
    assert unknown == {"valid": False, "reason": "unknown_code"}


def test_ticket_pdf_is_a_real_pdf_with_its_own_etag(
    api: Api, headers: dict[str, str], new_event: NewEvent
) -> None:
    created = register(api, headers, new_event(publish=True)["id"])
    path = f"{BASE}/registrations/{created['id']}/ticket"
    pdf = api.request("GET", path, headers={**headers, "Accept": "application/pdf"})
    assert pdf.status_code == 200
    assert pdf.headers["content-type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF-1.7") and pdf.content.rstrip().endswith(b"%%EOF")
    assert created["ticketCode"].encode() in pdf.content
    as_json = api.request("GET", path, headers=headers)
    assert as_json.headers["content-type"].startswith("application/json")
    assert pdf.headers["etag"] != as_json.headers["etag"]
    cached = api.request(
        "GET",
        path,
        headers={**headers, "Accept": "application/pdf", "If-None-Match": pdf.headers["etag"]},
    )
    assert cached.status_code == 304


def test_unsupported_accept_is_406(api: Api, headers: dict[str, str], new_event: NewEvent) -> None:
    created = register(api, headers, new_event(publish=True)["id"])
    response = api.request(
        "GET",
        f"{BASE}/registrations/{created['id']}/ticket",
        headers={**headers, "Accept": "text/csv"},
    )
    assert_error(response, 406, "NOT_ACCEPTABLE")
