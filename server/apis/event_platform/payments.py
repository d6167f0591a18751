"""Handlers of ``/payments`` and ``/reports/financial``: payments, refunds, invoices, reports."""

from __future__ import annotations

from datetime import date
from typing import Any

from starlette.responses import Response

from server.apis.event_platform.caller import BASE_PATH, caller, database, paging
from server.apis.event_platform.documents import PDF, pdf_reply
from server.apis.event_platform.representations import (
    JSON,
    list_reply,
    negotiate,
    read_reply,
    text_reply,
    write_reply,
)
from server.services.event_platform.invoices import (
    InvalidDateError,
    InvoiceService,
    ReportPeriod,
    invoice_pdf,
    report_csv,
)
from server.services.event_platform.payments import PaymentQuery, PaymentService
from server.services.event_platform.values import tag_of

CSV = "text/csv"


def _service() -> PaymentService:
    return PaymentService(database(), BASE_PATH)


def list_payments(
    token_info: dict[str, Any],
    registration_id: str | None = None,
    event_id: str | None = None,
    user_id: str | None = None,
    status: str | None = None,
    created_after: str | None = None,
    created_before: str | None = None,
    sort: str | None = None,
    **_paging: Any,
) -> Response:
    """GET /payments (transaction history)."""
    request = paging()
    query = PaymentQuery(
        registration_id, event_id, user_id, status, created_after, created_before, sort
    )
    return list_reply(_service().list(caller(token_info), query, request.window), request)


def create_payment(body: dict[str, Any], token_info: dict[str, Any]) -> Response:
    """POST /payments: 201 whatever the gateway's outcome (see ``status``)."""
    created = _service().create(caller(token_info), body)
    location = f"{BASE_PATH}/payments/{created.body['id']}"
    return write_reply(created.body, 201, created.etag, {"Location": location})


def get_payment(payment_id: str, token_info: dict[str, Any]) -> Response:
    """GET /payments/{paymentId}"""
    found = _service().get(caller(token_info), payment_id)
    return read_reply(found.body, found.etag)


def create_refund(payment_id: str, body: dict[str, Any], token_info: dict[str, Any]) -> Response:
    """POST /payments/{paymentId}/refunds"""
    refund = _service().refund(caller(token_info), payment_id, body)
    # Refunds are read as part of their payment, so Location names the payment.
    location = f"{BASE_PATH}/payments/{refund['paymentId']}"
    return write_reply(refund, 201, headers={"Location": location})


def get_invoice(payment_id: str, token_info: dict[str, Any]) -> Response:
    """GET /payments/{paymentId}/invoice as JSON or PDF."""
    media = negotiate([JSON, PDF])
    invoice = InvoiceService(database()).invoice(caller(token_info), payment_id)
    if media == PDF:
        content = invoice_pdf(invoice)
        etag = tag_of(content.decode("latin-1"))
        return pdf_reply(content, etag, f"{invoice['invoiceNumber']}.pdf")
    return read_reply(invoice, tag_of(invoice))


def get_financial_report(
    from_: str,
    to: str,
    currency: str,
    token_info: dict[str, Any],
    event_id: str | None = None,
) -> Response:
    """GET /reports/financial as JSON or the per-event lines in CSV."""
    media = negotiate([JSON, CSV])
    period = ReportPeriod(_day(from_, "from"), _day(to, "to"), currency, event_id)
    report = InvoiceService(database()).report(caller(token_info), period)
    if media == CSV:
        disposition = f'attachment; filename="financial-report-{from_}-{to}.csv"'
        return text_reply(report_csv(report), CSV, headers={"Content-Disposition": disposition})
    return text_reply(report, JSON)


def _day(text: str, name: str) -> date:
    # Connexion lets an empty query value through its ``format: date`` check.
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise InvalidDateError(text, name) from exc
