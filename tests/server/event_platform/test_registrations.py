"""Registrations over HTTP: create, read, list, update, cancel, check-in, batch, outbox rows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.server.conftest import Api
from tests.server.event_platform.conftest import BASE, instant
from tests.server.event_platform.registering import (
    PRICE,
    assert_error,
    attendee,
    get,
    outbox,
    pay,
    register,
)

REGISTRATIONS = f"{BASE}/registrations"
NewEvent = Callable[..., dict[str, Any]]


def test_free_event_confirms_at_once_with_a_ticket_and_both_webhooks(
    api: Api, headers: dict[str, str], new_event: NewEvent
) -> None:
    event = new_event(publish=True)
    response = api.request(
        "POST",
        REGISTRATIONS,
        json={"eventId": event["id"], "attendee": attendee(), "notes": "Vegetarian"},
        headers=headers,
    )
    assert response.status_code == 201, response.text
    created = response.json()
    assert created["status"] == "confirmed"
    assert created["paymentStatus"] == "not_required"
    assert created["amountDue"] == {"amount": 0, "currency": "USD"}
    assert created["ticketCode"].startswith("TKT-")
    assert "confirmedAt" in created
    assert response.headers["location"] == f"{REGISTRATIONS}/{created['id']}"
    assert response.headers["etag"] == get_etag(api, headers, created["id"])
    assert len(outbox(api, "registration.created", id=created["id"])) == 1
    confirmed = outbox(api, "registration.confirmed", id=created["id"])
    assert confirmed and confirmed[0]["status"] == "confirmed"


def get_etag(api: Api, headers: dict[str, str], registration_id: str) -> str:
    response = api.request("GET", f"{REGISTRATIONS}/{registration_id}", headers=headers)
    assert response.status_code == 200
    return response.headers["etag"]


def test_priced_event_stays_pending_until_paid(
    api: Api, headers: dict[str, str], new_event: NewEvent
) -> None:
    event = new_event(publish=True, price=PRICE)
    created = register(api, headers, event["id"])
    assert created["status"] == "pending"
    assert created["paymentStatus"] == "pending"
    assert created["amountDue"] == PRICE
    assert "ticketCode" not in created
    assert outbox(api, "registration.confirmed", id=created["id"]) == []


def test_unknown_event_is_404_and_draft_or_full_event_is_422(
    api: Api, headers: dict[str, str], new_event: NewEvent
) -> None:
    unknown = {"eventId": "00000000-0000-4000-8000-000000000000", "attendee": attendee()}
    assert_error(
        api.request("POST", REGISTRATIONS, json=unknown, headers=headers), 404, "RESOURCE_NOT_FOUND"
    )
    draft = new_event()
    body = {"eventId": draft["id"], "attendee": attendee()}
    assert_error(
        api.request("POST", REGISTRATIONS, json=body, headers=headers),
        422,
        "BUSINESS_RULE_VIOLATION",
    )
    full = new_event(publish=True, capacity=1)
    register(api, headers, full["id"])
    body = {"eventId": full["id"], "attendee": attendee()}
    error = assert_error(
        api.request("POST", REGISTRATIONS, json=body, headers=headers),
        422,
        "BUSINESS_RULE_VIOLATION",
    )
    assert "seat" in error["message"]


def test_cancelled_registration_frees_its_seat(
    api: Api, headers: dict[str, str], new_event: NewEvent
) -> None:
    event = new_event(publish=True, capacity=1)
    first = register(api, headers, event["id"])
    cancelled = api.request(
        "POST", f"{REGISTRATIONS}/{first['id']}/cancel", json={"reason": "x"}, headers=headers
    )
    assert cancelled.status_code == 200
    register(api, headers, event["id"])


def test_same_email_twice_is_409_but_allowed_after_cancelling(
    api: Api, headers: dict[str, str], new_event: NewEvent
) -> None:
    event = new_event(publish=True)
    person = attendee()
    first = register(api, headers, event["id"], attendee=person)
    shouted = {**person, "email": person["email"].upper()}
    again = api.request(
        "POST", REGISTRATIONS, json={"eventId": event["id"], "attendee": shouted}, headers=headers
    )
    error = assert_error(again, 409, "CONFLICT")
    assert error["target"] == "/attendee/email"
    api.request(
        "POST", f"{REGISTRATIONS}/{first['id']}/cancel", json={"reason": "x"}, headers=headers
    )
    register(api, headers, event["id"], attendee=person)


def test_unknown_user_is_422(api: Api, headers: dict[str, str], new_event: NewEvent) -> None:
    event = new_event(publish=True)
    body = {
        "eventId": event["id"],
        "userId": "00000000-0000-4000-8000-000000000001",
        "attendee": attendee(),
    }
    assert_error(
        api.request("POST", REGISTRATIONS, json=body, headers=headers),
        422,
        "BUSINESS_RULE_VIOLATION",
    )


def test_unknown_fields_are_400(api: Api, headers: dict[str, str], new_event: NewEvent) -> None:
    event = new_event(publish=True)
    body = {"eventId": event["id"], "attendee": attendee(), "seat": "A1"}
    assert_error(
        api.request("POST", REGISTRATIONS, json=body, headers=headers), 400, "VALIDATION_ERROR"
    )


def test_get_supports_conditional_reads_and_unknown_is_404(
    api: Api, headers: dict[str, str], new_event: NewEvent
) -> None:
    created = register(api, headers, new_event(publish=True)["id"])
    etag = get_etag(api, headers, created["id"])
    again = api.request(
        "GET", f"{REGISTRATIONS}/{created['id']}", headers={**headers, "If-None-Match": etag}
    )
    assert again.status_code == 304
    missing = api.request(
        "GET", f"{REGISTRATIONS}/00000000-0000-4000-8000-000000000000", headers=headers
    )
    assert_error(missing, 404, "RESOURCE_NOT_FOUND")


def test_update_merges_attendee_and_honours_if_match(
    api: Api, headers: dict[str, str], new_event: NewEvent
) -> None:
    created = register(api, headers, new_event(publish=True)["id"])
    path = f"{REGISTRATIONS}/{created['id']}"
    stale = api.request(
        "PATCH", path, json={"notes": "x"}, headers={**headers, "If-Match": '"stale"'}
    )
    assert_error(stale, 412, "PRECONDITION_FAILED")
    etag = get_etag(api, headers, created["id"])
    response = api.request(
        "PATCH",
        path,
        json={"attendee": {"jobTitle": "Lead Integration Engineer"}},
        headers={**headers, "If-Match": etag},
    )
    assert response.status_code == 200, response.text
    updated = response.json()
    assert updated["attendee"]["jobTitle"] == "Lead Integration Engineer"
    assert updated["attendee"]["email"] == created["attendee"]["email"]
    assert response.headers["etag"] != etag


def test_update_to_a_taken_email_is_409_and_of_a_cancelled_one_is_422(
    api: Api, headers: dict[str, str], new_event: NewEvent
) -> None:
    event = new_event(publish=True)
    first = register(api, headers, event["id"])
    second = register(api, headers, event["id"])
    taken = {"attendee": {"email": first["attendee"]["email"]}}
    assert_error(
        api.request("PATCH", f"{REGISTRATIONS}/{second['id']}", json=taken, headers=headers),
        409,
        "CONFLICT",
    )
    api.request(
        "POST", f"{REGISTRATIONS}/{second['id']}/cancel", json={"reason": "x"}, headers=headers
    )
    assert_error(
        api.request(
            "PATCH", f"{REGISTRATIONS}/{second['id']}", json={"notes": "n"}, headers=headers
        ),
        422,
        "BUSINESS_RULE_VIOLATION",
    )


def test_cancel_records_reason_voids_ticket_and_writes_the_outbox(
    api: Api, headers: dict[str, str], new_event: NewEvent
) -> None:
    created = register(api, headers, new_event(publish=True)["id"])
    response = api.request(
        "POST",
        f"{REGISTRATIONS}/{created['id']}/cancel",
        json={"reason": "Cannot travel on those dates."},
        headers=headers,
    )
    assert response.status_code == 200, response.text
    cancelled = response.json()
    assert cancelled["status"] == "cancelled"
    assert cancelled["cancellationReason"] == "Cannot travel on those dates."
    assert "cancelledAt" in cancelled
    ticket = get(api, headers, f"/registrations/{created['id']}/ticket")
    assert ticket["status"] == "void"
    rows = outbox(api, "registration.cancelled", id=created["id"])
    assert rows and rows[0]["cancellationReason"] == "Cannot travel on those dates."
    again = api.request(
        "POST", f"{REGISTRATIONS}/{created['id']}/cancel", json={"reason": "x"}, headers=headers
    )
    assert_error(again, 422, "BUSINESS_RULE_VIOLATION")


def test_check_in_moves_confirmed_to_checked_in_once(
    api: Api, headers: dict[str, str], new_event: NewEvent
) -> None:
    created = register(api, headers, new_event(publish=True)["id"])
    path = f"{REGISTRATIONS}/{created['id']}/check-in"
    response = api.request(
        "POST", path, json={"method": "manual", "location": "Hall A"}, headers=headers
    )
    assert response.status_code == 200, response.text
    check_in = response.json()
    assert check_in["method"] == "manual"
    assert check_in["ticketCode"] == created["ticketCode"]
    stored = get(api, headers, f"/registrations/{created['id']}")
    assert stored["status"] == "checked_in"
    assert stored["checkIn"]["location"] == "Hall A"
    assert get(api, headers, f"/registrations/{created['id']}/ticket")["status"] == "used"
    assert outbox(api, "checkin.completed", registrationId=created["id"]) == [check_in]
    assert_error(api.request("POST", path, json={}, headers=headers), 409, "CONFLICT")
    cancel = api.request(
        "POST", f"{REGISTRATIONS}/{created['id']}/cancel", json={"reason": "x"}, headers=headers
    )
    assert_error(cancel, 422, "BUSINESS_RULE_VIOLATION")


def test_check_in_without_body_uses_api_method(
    api: Api, headers: dict[str, str], new_event: NewEvent
) -> None:
    created = register(api, headers, new_event(publish=True)["id"])
    response = api.request("POST", f"{REGISTRATIONS}/{created['id']}/check-in", headers=headers)
    assert response.status_code == 200, response.text
    assert response.json()["method"] == "api"


def test_check_in_of_pending_or_in_the_future_is_422(
    api: Api, headers: dict[str, str], new_event: NewEvent
) -> None:
    pending = register(api, headers, new_event(publish=True, price=PRICE)["id"])
    response = api.request(
        "POST", f"{REGISTRATIONS}/{pending['id']}/check-in", json={}, headers=headers
    )
    assert_error(response, 422, "BUSINESS_RULE_VIOLATION")
    confirmed = register(api, headers, new_event(publish=True)["id"])
    future = {"checkedInAt": instant(hours=2)}
    response = api.request(
        "POST", f"{REGISTRATIONS}/{confirmed['id']}/check-in", json=future, headers=headers
    )
    assert_error(response, 422, "BUSINESS_RULE_VIOLATION")


def test_list_filters_by_event_and_status_and_paginates(
    api: Api, headers: dict[str, str], new_event: NewEvent
) -> None:
    event = new_event(publish=True)
    made = [register(api, headers, event["id"]) for _ in range(3)]
    api.request(
        "POST", f"{REGISTRATIONS}/{made[0]['id']}/cancel", json={"reason": "x"}, headers=headers
    )
    page = api.request(
        "GET", REGISTRATIONS, params={"eventId": event["id"], "pageSize": 2}, headers=headers
    )
    assert page.status_code == 200, page.text
    body = page.json()
    assert body["pagination"]["totalItems"] == 3
    assert len(body["data"]) == 2
    assert 'rel="next"' in page.headers["link"]
    cancelled = get(api, headers, f"/registrations?eventId={event['id']}&status=cancelled")
    assert [r["id"] for r in cancelled["data"]] == [made[0]["id"]]
    by_email = api.request(
        "GET",
        REGISTRATIONS,
        params={"eventId": event["id"], "email": made[1]["attendee"]["email"].upper()},
        headers=headers,
    )
    assert [r["id"] for r in by_email.json()["data"]] == [made[1]["id"]]


def test_batch_reports_each_item_and_keeps_the_successes(
    api: Api, headers: dict[str, str], new_event: NewEvent
) -> None:
    event = new_event(publish=True)
    person = attendee()
    body = {
        "registrations": [
            {"eventId": event["id"], "attendee": person},
            {"eventId": event["id"], "attendee": person},
            {"eventId": "00000000-0000-4000-8000-000000000000", "attendee": attendee()},
        ]
    }
    response = api.request("POST", f"{REGISTRATIONS}/batch", json=body, headers=headers)
    assert response.status_code == 200, response.text
    result = response.json()
    assert result["summary"] == {"total": 3, "succeeded": 1, "failed": 2}
    first, second, third = result["results"]
    assert first["status"] == 201 and first["registration"]["status"] == "confirmed"
    assert second["status"] == 409 and second["error"]["error"]["code"] == "CONFLICT"
    assert second["error"]["error"]["target"] == "/registrations/1/attendee/email"
    assert third["status"] == 404
    assert third["error"]["error"]["code"] == "RESOURCE_NOT_FOUND"
    get(api, headers, f"/registrations/{first['registration']['id']}")


def test_batch_violating_the_schema_is_400_and_creates_nothing(
    api: Api, headers: dict[str, str], new_event: NewEvent
) -> None:
    event = new_event(publish=True)
    body = {
        "registrations": [
            {"eventId": event["id"], "attendee": attendee()},
            {"eventId": event["id"], "attendee": {"firstName": "No email"}},
        ]
    }
    response = api.request("POST", f"{REGISTRATIONS}/batch", json=body, headers=headers)
    assert_error(response, 400, "VALIDATION_ERROR")
    assert get(api, headers, f"/registrations?eventId={event['id']}")["data"] == []


def test_bulk_check_in_by_id_and_ticket_code_reports_each_item(
    api: Api, headers: dict[str, str], new_event: NewEvent
) -> None:
    event = new_event(publish=True)
    by_id = register(api, headers, event["id"])
    by_code = register(api, headers, event["id"])
    body = {
        "checkIns": [
            {"registrationId": by_id["id"]},
            {"ticketCode": by_code["ticketCode"], "checkedInAt": instant(hours=-1)},
            {"registrationId": by_id["id"]},
            {"registrationId": by_id["id"], "ticketCode": by_code["ticketCode"]},
            {"ticketCode": "TKT-000000000000"},
        ],
        "method": "qr_scan",
        "location": "Hall A entrance",
    }
    response = api.request("POST", f"{REGISTRATIONS}/bulk-check-in", json=body, headers=headers)
    assert response.status_code == 200, response.text
    result = response.json()
    assert [item["status"] for item in result["results"]] == [200, 200, 409, 400, 404]
    assert result["summary"] == {"total": 5, "succeeded": 2, "failed": 3}
    assert result["results"][1]["checkIn"]["ticketCode"] == by_code["ticketCode"]
    assert result["results"][0]["checkIn"]["method"] == "qr_scan"
    assert len(outbox(api, "checkin.completed", registrationId=by_code["id"])) == 1


def test_paid_registration_shows_payment_in_list(
    api: Api, headers: dict[str, str], new_event: NewEvent
) -> None:
    event = new_event(publish=True, price=PRICE)
    created = register(api, headers, event["id"])
    payment = pay(api, headers, created["id"])
    listed = get(api, headers, f"/registrations?eventId={event['id']}")["data"]
    assert listed[0]["paymentId"] == payment["id"]
    assert listed[0]["paymentStatus"] == "completed"


def test_registration_scopes_are_enforced(api: Api, new_event: NewEvent) -> None:
    reader = api.bearer(["registrations.read"])
    body = {"eventId": "00000000-0000-4000-8000-000000000000", "attendee": attendee()}
    assert_error(api.request("POST", REGISTRATIONS, json=body, headers=reader), 403, "FORBIDDEN")
    assert_error(api.request("GET", REGISTRATIONS), 401, "UNAUTHORIZED")
