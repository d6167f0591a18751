"""Invoices and financial reports, derived from payments and refunds on every read.

An invoice exists for a payment that completed (also once refunded); its number is fixed at
completion. The financial report counts a payment in the period when its ``createdAt`` falls
in [from, to) and a refund when its ``completedAt`` does, in one currency.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from server.auth.principal import Principal
from server.services.errors import BusinessRuleError, NotFoundError, ServiceError
from server.services.event_platform.payments import COLLECTED, refunded_amount
from server.services.event_platform.pdf import render_pdf
from server.services.event_platform.values import iso
from server.storage.database import Database
from server.storage.event_platform.events import SqlEventStore
from server.storage.event_platform.payments import SqlPaymentStore
from server.storage.models.base import utcnow
from server.storage.models.event_payments import Payment

#: The issuer printed on every invoice.
SELLER = {"name": "Event Management Platform Inc.", "taxId": "US-94-1234567"}
INVOICE_STATUS = {"completed": "paid", "partially_refunded": "partially_refunded"}
REPORT_COLUMNS = ("eventId", "title", "grossAmount", "refundedAmount", "netAmount", "paymentCount")
MAX_REPORT_DAYS = 366


class InvalidDateError(ServiceError):
    """A report bound that is not a calendar date (400)."""

    def __init__(self, text: str, target: str) -> None:
        super().__init__(f"{text!r} is not a date (YYYY-MM-DD).")
        self.text = text
        self.target = target


@dataclass(frozen=True)
class ReportPeriod:
    """The query of a financial report."""

    start: date
    end: date
    currency: str
    event_id: str | None = None


class InvoiceService:
    """Invoices (JSON and PDF) and financial reports (JSON and CSV); reads only."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def invoice(self, caller: Principal, payment_id: str) -> dict[str, Any]:
        """The invoice of a completed (or refunded) payment; 422 for pending or failed ones."""
        with self.database.session() as session:
            store = SqlPaymentStore(session)
            payment = store.get(payment_id.lower())
            if payment is None:
                raise NotFoundError("payment", payment_id)
            if payment.status not in COLLECTED or payment.invoice_number is None:
                raise BusinessRuleError(
                    "no_invoice",
                    f"A {payment.status} payment has no invoice.",
                    "status",
                )
            event = SqlEventStore(session).get(payment.event_id)
            title = event.title if event is not None else "Event"
            return _invoice_body(payment, title, refunded_amount(store.refunds([payment.id])))

    def report(self, caller: Principal, period: ReportPeriod) -> dict[str, Any]:
        """Gross, refunded and net per event over the period, in one currency."""
        if period.end <= period.start:
            raise BusinessRuleError("empty_period", "`to` must be after `from`.", "to")
        if (period.end - period.start).days > MAX_REPORT_DAYS:
            raise BusinessRuleError(
                "period_too_long", f"A report covers at most {MAX_REPORT_DAYS} days.", "to"
            )
        start = datetime.combine(period.start, time(), UTC)
        end = datetime.combine(period.end, time(), UTC)
        event_id = period.event_id.lower() if period.event_id else None
        with self.database.session() as session:
            store = SqlPaymentStore(session)
            payments = [
                p
                for p in store.matching(event_id=event_id, created_after=start, created_before=end)
                if p.currency == period.currency
            ]
            refunds = store.refunds_completed_between(start, end)
            refunded_payments = {
                p.id: p for p in _payments_of(store, [r.payment_id for r in refunds])
            }
            figures: dict[str, dict[str, int]] = defaultdict(
                lambda: {"grossAmount": 0, "refundedAmount": 0, "paymentCount": 0, "failed": 0}
            )
            refund_count = 0
            for payment in payments:
                if payment.status in COLLECTED:
                    figures[payment.event_id]["grossAmount"] += payment.amount
                    figures[payment.event_id]["paymentCount"] += 1
                elif payment.status == "failed":
                    figures[payment.event_id]["failed"] += 1
            for refund in refunds:
                owner = refunded_payments.get(refund.payment_id)
                if owner is None or refund.currency != period.currency:
                    continue
                if event_id is not None and owner.event_id != event_id:
                    continue
                figures[owner.event_id]["refundedAmount"] += refund.amount
                refund_count += 1
            events = SqlEventStore(session)
            by_event: list[dict[str, Any]] = []
            for key, values in figures.items():
                if not (
                    values["grossAmount"] or values["refundedAmount"] or values["paymentCount"]
                ):
                    continue
                event = events.get(key)
                by_event.append(
                    {
                        "eventId": key,
                        "title": event.title if event is not None else "",
                        "grossAmount": values["grossAmount"],
                        "refundedAmount": values["refundedAmount"],
                        "netAmount": values["grossAmount"] - values["refundedAmount"],
                        "paymentCount": values["paymentCount"],
                    }
                )
            by_event.sort(key=lambda line: (-line["grossAmount"], line["eventId"]))
            gross = sum(v["grossAmount"] for v in figures.values())
            refunded = sum(v["refundedAmount"] for v in figures.values())
            body: dict[str, Any] = {
                "generatedAt": iso(utcnow()),
                "from": period.start.isoformat(),
                "to": period.end.isoformat(),
                "currency": period.currency,
                "totals": {
                    "grossAmount": gross,
                    "refundedAmount": refunded,
                    "netAmount": gross - refunded,
                    "paymentCount": sum(v["paymentCount"] for v in figures.values()),
                    "failedPaymentCount": sum(v["failed"] for v in figures.values()),
                    "refundCount": refund_count,
                },
                "byEvent": by_event,
            }
            if event_id is not None:
                body["eventId"] = event_id
            return body


def _payments_of(store: SqlPaymentStore, payment_ids: Sequence[str]) -> list[Payment]:
    found = [store.get(payment_id) for payment_id in set(payment_ids)]
    return [p for p in found if p is not None]


def _invoice_body(payment: Payment, title: str, refunded: int) -> dict[str, Any]:
    assert payment.completed_at is not None and payment.invoice_number is not None
    return {
        "invoiceNumber": payment.invoice_number,
        "paymentId": payment.id,
        "registrationId": payment.registration_id,
        "eventId": payment.event_id,
        "status": INVOICE_STATUS.get(payment.status, "refunded"),
        "issuedAt": iso(payment.completed_at),
        "currency": payment.currency,
        "seller": dict(SELLER),
        "billTo": payment.billing_details,
        "lineItems": [
            {
                "description": f"{title} - registration"[:300],
                "quantity": 1,
                "unitAmount": payment.amount,
                "amount": payment.amount,
            }
        ],
        "subtotal": payment.amount,
        "tax": 0,
        "total": payment.amount,
        "amountPaid": payment.amount,
        "refundedAmount": refunded,
    }


def invoice_pdf(body: dict[str, Any]) -> bytes:
    """The invoice as a one-page PDF."""
    currency = body["currency"]
    lines = [
        f"Issued: {body['issuedAt']}    Status: {body['status']}",
        f"Seller: {body['seller']['name']} ({body['seller'].get('taxId', '')})",
        f"Bill to: {body['billTo']['name']} <{body['billTo']['email']}>",
        "",
    ]
    for item in body["lineItems"]:
        lines.append(
            f"{item['quantity']} x {item['description']}: {_money(item['amount'], currency)}"
        )
    lines += [
        "",
        f"Subtotal: {_money(body['subtotal'], currency)}",
        f"Tax: {_money(body['tax'], currency)}",
        f"Total: {_money(body['total'], currency)}",
        f"Paid: {_money(body['amountPaid'], currency)}",
        f"Refunded: {_money(body['refundedAmount'], currency)}",
    ]
    return render_pdf(f"Invoice {body['invoiceNumber']}", lines)


def report_csv(body: dict[str, Any]) -> str:
    """The ``byEvent`` lines as CSV after a header row."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(REPORT_COLUMNS)
    for line in body["byEvent"]:
        writer.writerow([line[column] for column in REPORT_COLUMNS])
    return out.getvalue()


def _money(amount: int, currency: str) -> str:
    # Minor units shown with two decimals (every currency the sandbox takes has two).
    return f"{amount / 100:,.2f} {currency}"
