"""Payments over HTTP: outcomes move registrations, refunds, invoices, history, reports."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import inspect

from server.settings import Settings
from server.storage.database import Database
from server.storage.migrate import heads, upgrade
from tests.server.conftest import Api
from tests.server.event_platform.conftest import BASE
from tests.server.event_platform.registering import (
    PRICE,
    assert_error,
    get,
    outbox,
    pay,
    register,
)

NewEvent = Callable[..., dict[str, Any]]
PAYMENTS = f"{BASE}/payments"


def refund(api: Api, headers: dict[str, str], payment_id: str, **body: Any) -> Any:
    return api.request(
        "POST",
        f"{PAYMENTS}/{payment_id}/refunds",
        json={"reason": "requested_by_customer", **body},
        headers=headers,
    )


def paid_registration(
    api: Api, headers: dict[str, str], new_event: NewEvent
) -> tuple[dict[str, Any], dict[str, Any]]:
    registration = register(api, headers, new_event(publish=True, price=PRICE)["id"])
    return registration, pay(api, headers, registration["id"])


def test_completed_payment_confirms_the_registration(
    api: Api, headers: dict[str, str], new_event: NewEvent
) -> None:
    registration, payment = paid_registration(api, headers, new_event)
    assert payment["status"] == "completed"
    assert payment["amount"] == PRICE["amount"] and payment["currency"] == "USD"
    assert payment["refundedAmount"] == 0 and payment["refunds"] == []
    assert payment["invoiceNumber"].startswith("INV-")
    assert payment["eventId"] == registration["eventId"]
    stored = get(api, headers, f"/registrations/{registration['id']}")
    assert stored["status"] == "confirmed"
    assert stored["paymentStatus"] == "completed"
    assert stored["paymentId"] == payment["id"]
    assert stored["ticketCode"].startswith("TKT-")
    assert outbox(api, "payment.completed", id=payment["id"])[0]["status"] == "completed"
    assert len(outbox(api, "registration.confirmed", id=registration["id"])) == 1


def test_failed_payment_leaves_the_registration_pending_and_may_be_retried(
    api: Api, headers: dict[str, str], new_event: NewEvent
) -> None:
    registration = register(api, headers, new_event(publish=True, price=PRICE)["id"])
    failed = pay(api, headers, registration["id"], token="tok_chargeDeclined")
    assert failed["status"] == "failed"
    assert failed["failureCode"] == "card_declined"
    assert "invoiceNumber" not in failed
    stored = get(api, headers, f"/registrations/{registration['id']}")
    assert stored["status"] == "pending" and stored["paymentStatus"] == "failed"
    assert outbox(api, "payment.failed", id=failed["id"])[0]["failureCode"] == "card_declined"
    invoice = api.request("GET", f"{PAYMENTS}/{failed['id']}/invoice", headers=headers)
    assert_error(invoice, 422, "BUSINESS_RULE_VIOLATION")
    retried = pay(api, headers, registration["id"])
    assert retried["status"] == "completed"
    assert get(api, headers, f"/registrations/{registration['id']}")["status"] == "confirmed"


def test_pending_payment_keeps_the_registration_pending(
    api: Api, headers: dict[str, str], new_event: NewEvent
) -> None:
    registration = register(api, headers, new_event(publish=True, price=PRICE)["id"])
    pending = pay(api, headers, registration["id"], token="tok_pending")
    assert pending["status"] == "pending"
    stored = get(api, headers, f"/registrations/{registration['id']}")
    assert stored["status"] == "pending" and stored["paymentStatus"] == "pending"


def test_paying_twice_is_409_and_a_free_registration_is_422(
    api: Api, headers: dict[str, str], new_event: NewEvent
) -> None:
    registration, _ = paid_registration(api, headers, new_event)
    body = {
        "registrationId": registration["id"],
        "paymentMethod": {"type": "card", "token": "tok_visa"},
        "billingDetails": {"name": "Maria Garcia", "email": "maria.garcia@example.com"},
    }
    assert_error(api.request("POST", PAYMENTS, json=body, headers=headers), 409, "CONFLICT")
    free = register(api, headers, new_event(publish=True)["id"])
    body["registrationId"] = free["id"]
    assert_error(
        api.request("POST", PAYMENTS, json=body, headers=headers), 422, "BUSINESS_RULE_VIOLATION"
    )
    body["registrationId"] = "00000000-0000-4000-8000-000000000000"
    assert_error(
        api.request("POST", PAYMENTS, json=body, headers=headers), 404, "RESOURCE_NOT_FOUND"
    )


def test_partial_then_full_refund_moves_payment_and_registration(
    api: Api, headers: dict[str, str], new_event: NewEvent
) -> None:
    registration, payment = paid_registration(api, headers, new_event)
    first = refund(api, headers, payment["id"], amount=4900, note="Partial")
    assert first.status_code == 201, first.text
    assert first.json()["amount"] == 4900 and first.json()["status"] == "completed"
    assert first.headers["location"] == f"{PAYMENTS}/{payment['id']}"
    partial = get(api, headers, f"/payments/{payment['id']}")
    assert partial["status"] == "partially_refunded" and partial["refundedAmount"] == 4900
    stored = get(api, headers, f"/registrations/{registration['id']}")
    assert stored["status"] == "confirmed" and stored["paymentStatus"] == "partially_refunded"
    rest = refund(api, headers, payment["id"])
    assert rest.status_code == 201 and rest.json()["amount"] == 10000
    full = get(api, headers, f"/payments/{payment['id']}")
    assert full["status"] == "refunded" and full["refundedAmount"] == PRICE["amount"]
    assert [r["amount"] for r in full["refunds"]] == [4900, 10000]
    stored = get(api, headers, f"/registrations/{registration['id']}")
    assert stored["status"] == "cancelled"
    assert stored["cancellationReason"] == "Payment refunded"
    assert stored["paymentStatus"] == "refunded"
    refunded = outbox(api, "payment.refunded")
    mine = [row for row in refunded if row["payment"]["id"] == payment["id"]]
    assert [row["refund"]["amount"] for row in mine] == [4900, 10000]
    cancelled = outbox(api, "registration.cancelled", id=registration["id"])
    assert cancelled[0]["cancellationReason"] == "Payment refunded"
    invoice = get(api, headers, f"/payments/{payment['id']}/invoice")
    assert invoice["status"] == "refunded" and invoice["refundedAmount"] == PRICE["amount"]


def test_refund_above_the_paid_amount_is_422_and_changes_nothing(
    api: Api, headers: dict[str, str], new_event: NewEvent
) -> None:
    _, payment = paid_registration(api, headers, new_event)
    error = assert_error(
        refund(api, headers, payment["id"], amount=PRICE["amount"] + 1),
        422,
        "BUSINESS_RULE_VIOLATION",
    )
    assert error["target"] == "/amount"
    assert get(api, headers, f"/payments/{payment['id']}")["status"] == "completed"
    refunded = [
        row for row in outbox(api, "payment.refunded") if row["payment"]["id"] == payment["id"]
    ]
    assert refunded == []
    refund(api, headers, payment["id"])
    assert_error(refund(api, headers, payment["id"], amount=1), 422, "BUSINESS_RULE_VIOLATION")


def test_refund_of_unknown_payment_is_404(api: Api, headers: dict[str, str]) -> None:
    response = refund(api, headers, "00000000-0000-4000-8000-000000000000")
    assert_error(response, 404, "RESOURCE_NOT_FOUND")


def test_event_statistics_revenue_is_derived_from_payments(
    api: Api, headers: dict[str, str], new_event: NewEvent
) -> None:
    event = new_event(publish=True, price=PRICE)
    for _ in range(2):
        pay(api, headers, register(api, headers, event["id"])["id"])
    payments = get(api, headers, f"/payments?eventId={event['id']}")["data"]
    refund(api, headers, payments[0]["id"], amount=900)
    revenue = get(api, headers, f"/events/{event['id']}/statistics")["revenue"]
    assert revenue == {"currency": "USD", "gross": 29800, "refunded": 900, "net": 28900}


def test_event_cancellation_refunds_its_payments(
    api: Api, headers: dict[str, str], new_event: NewEvent
) -> None:
    event = new_event(publish=True, price=PRICE)
    registration = register(api, headers, event["id"])
    payment = pay(api, headers, registration["id"])
    response = api.request(
        "POST", f"{BASE}/events/{event['id']}/cancel", json={"reason": "Venue"}, headers=headers
    )
    assert response.status_code == 200, response.text
    refunded = get(api, headers, f"/payments/{payment['id']}")
    assert refunded["status"] == "refunded"
    assert refunded["refunds"][0]["reason"] == "event_cancelled"
    stored = get(api, headers, f"/registrations/{registration['id']}")
    assert stored["status"] == "cancelled" and stored["cancellationReason"] == "Venue"


def test_get_payment_etag_and_404(api: Api, headers: dict[str, str], new_event: NewEvent) -> None:
    _, payment = paid_registration(api, headers, new_event)
    first = api.request("GET", f"{PAYMENTS}/{payment['id']}", headers=headers)
    assert first.status_code == 200 and first.json() == payment
    again = api.request(
        "GET",
        f"{PAYMENTS}/{payment['id']}",
        headers={**headers, "If-None-Match": first.headers["etag"]},
    )
    assert again.status_code == 304
    missing = api.request(
        "GET", f"{PAYMENTS}/00000000-0000-4000-8000-000000000000", headers=headers
    )
    assert_error(missing, 404, "RESOURCE_NOT_FOUND")


def test_history_filters_and_sorts_newest_first(
    api: Api, headers: dict[str, str], new_event: NewEvent
) -> None:
    event = new_event(publish=True, price=PRICE)
    registration = register(api, headers, event["id"])
    failed = pay(api, headers, registration["id"], token="tok_insufficientFunds")
    completed = pay(api, headers, registration["id"])
    history = get(api, headers, f"/payments?registrationId={registration['id']}&sort=status")
    assert [p["id"] for p in history["data"]] == [completed["id"], failed["id"]]
    only_failed = get(api, headers, f"/payments?eventId={event['id']}&status=failed")
    assert [p["id"] for p in only_failed["data"]] == [failed["id"]]
    assert only_failed["pagination"]["totalItems"] == 1


def test_invoice_json_and_pdf(api: Api, headers: dict[str, str], new_event: NewEvent) -> None:
    registration, payment = paid_registration(api, headers, new_event)
    invoice = get(api, headers, f"/payments/{payment['id']}/invoice")
    assert invoice["invoiceNumber"] == payment["invoiceNumber"]
    assert invoice["status"] == "paid"
    assert invoice["total"] == invoice["subtotal"] == invoice["amountPaid"] == PRICE["amount"]
    assert invoice["lineItems"][0]["amount"] == PRICE["amount"]
    assert invoice["billTo"] == payment["billingDetails"]
    assert invoice["registrationId"] == registration["id"]
    pdf = api.request(
        "GET",
        f"{PAYMENTS}/{payment['id']}/invoice",
        headers={**headers, "Accept": "application/pdf"},
    )
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF-") and payment["invoiceNumber"].encode() in pdf.content
    refused = api.request(
        "GET", f"{PAYMENTS}/{payment['id']}/invoice", headers={**headers, "Accept": "text/html"}
    )
    assert_error(refused, 406, "NOT_ACCEPTABLE")


def test_financial_report_totals_and_csv(
    api: Api, headers: dict[str, str], new_event: NewEvent
) -> None:
    event = new_event(publish=True, price=PRICE)
    paid = [pay(api, headers, register(api, headers, event["id"])["id"]) for _ in range(2)]
    pay(api, headers, register(api, headers, event["id"])["id"], token="tok_chargeDeclined")
    refund(api, headers, paid[0]["id"], amount=1000)
    today = datetime.now(UTC).date()
    params = {
        "from": today.isoformat(),
        "to": (today + timedelta(days=1)).isoformat(),
        "currency": "USD",
        "eventId": event["id"],
    }
    response = api.request("GET", f"{BASE}/reports/financial", params=params, headers=headers)
    assert response.status_code == 200, response.text
    report = response.json()
    assert report["totals"] == {
        "grossAmount": 29800,
        "refundedAmount": 1000,
        "netAmount": 28800,
        "paymentCount": 2,
        "failedPaymentCount": 1,
        "refundCount": 1,
    }
    assert report["byEvent"][0]["eventId"] == event["id"]
    as_csv = api.request(
        "GET", f"{BASE}/reports/financial", params=params, headers={**headers, "Accept": "text/csv"}
    )
    assert as_csv.headers["content-type"].startswith("text/csv")
    assert "attachment" in as_csv.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(as_csv.text)))
    assert rows == [
        {
            "eventId": event["id"],
            "title": event["title"],
            "grossAmount": "29800",
            "refundedAmount": "1000",
            "netAmount": "28800",
            "paymentCount": "2",
        }
    ]
    other_currency = get(
        api,
        headers,
        f"/reports/financial?from={params['from']}&to={params['to']}&currency=EUR"
        f"&eventId={event['id']}",
    )
    assert other_currency["totals"]["grossAmount"] == 0 and other_currency["byEvent"] == []


def test_financial_report_period_rules_are_422(api: Api, headers: dict[str, str]) -> None:
    for start, end in (("2025-04-01", "2025-04-01"), ("2025-01-01", "2026-01-03")):
        response = api.request(
            "GET",
            f"{BASE}/reports/financial",
            params={"from": start, "to": end, "currency": "USD"},
            headers=headers,
        )
        assert_error(response, 422, "BUSINESS_RULE_VIOLATION")


def test_financial_report_with_an_empty_date_is_400(api: Api, headers: dict[str, str]) -> None:
    response = api.request(
        "GET",
        f"{BASE}/reports/financial",
        params={"from": "2025-04-01", "to": "", "currency": "USD"},
        headers=headers,
    )
    assert_error(response, 400, "VALIDATION_ERROR")


def test_payment_scopes_are_enforced(api: Api) -> None:
    reader = api.bearer(["payments.read"])
    body = {
        "registrationId": "00000000-0000-4000-8000-000000000000",
        "paymentMethod": {"type": "card", "token": "tok_visa"},
        "billingDetails": {"name": "M", "email": "m@example.com"},
    }
    assert_error(api.request("POST", PAYMENTS, json=body, headers=reader), 403, "FORBIDDEN")


def test_revision_0002_creates_payment_ticket_and_webhook_tables(settings: Settings) -> None:
    database = Database(settings.effective_database_url)
    try:
        upgrade(database)
        assert any(head.startswith("event_platform_") for head in heads(database))
        tables = set(inspect(database.engine).get_table_names())
        assert {
            "ep_payments",
            "ep_refunds",
            "ep_tickets",
            "ep_webhook_subscriptions",
            "ep_webhook_deliveries",
        } <= tables
    finally:
        database.dispose()


def test_payment_moves_the_registration_onto_the_attendee_list_and_statistics(
    api: Api, headers: dict[str, str], new_event: NewEvent
) -> None:
    event = new_event(publish=True, price=PRICE)
    registration = register(api, headers, event["id"])
    attendees = f"/events/{event['id']}/attendees"
    assert get(api, headers, attendees)["data"] == []
    before = get(api, headers, f"/events/{event['id']}/statistics")["registrations"]
    assert (before["pending"], before["confirmed"]) == (1, 0)
    pay(api, headers, registration["id"])
    listed = get(api, headers, attendees)["data"]
    assert [a["registrationId"] for a in listed] == [registration["id"]]
    after = get(api, headers, f"/events/{event['id']}/statistics")["registrations"]
    assert (after["pending"], after["confirmed"]) == (0, 1)
    outbox_row = outbox(api, "payment.completed", registrationId=registration["id"])
    assert len(outbox_row) == 1
