"""Payments and refunds, and how they move registrations (specs/event-platform.yaml ``Payment``).

The sandbox gateway decides a payment by its token: ``tok_chargeDeclined`` fails with
``card_declined``, ``tok_insufficientFunds`` with ``insufficient_funds``, ``tok_pending``
stays pending, anything else completes; refunds always complete. A completed payment
confirms its registration (and issues its ticket); a failed one leaves it pending; a payment
refunded in full cancels it with reason ``Payment refunded``. Each transition is written to
the outbox in its transaction.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from server.auth.principal import Principal
from server.services.errors import BusinessRuleError, ConflictError, NotFoundError
from server.services.event_platform.events import Versioned
from server.services.event_platform.listing import Page, Window, cut, sort_items
from server.services.event_platform.outbox import record_event
from server.services.event_platform.registrations import cancel, confirm
from server.services.event_platform.values import compact, iso, new_id, parse_instant, tag_of
from server.storage.database import Database
from server.storage.event_platform.payments import SqlPaymentStore
from server.storage.event_platform.registration_lookup import SqlRegistrationLookup
from server.storage.models.event_payments import Payment, Refund

PAYMENT = "payment"
REFUNDED_REASON = "Payment refunded"
#: Statuses of a payment whose money was collected (revenue counts them).
COLLECTED = ("completed", "partially_refunded", "refunded")
REFUNDABLE = ("completed", "partially_refunded")
DECLINES = {
    "tok_chargeDeclined": ("card_declined", "The card was declined."),
    "tok_insufficientFunds": ("insufficient_funds", "The card has insufficient funds."),
}
SORT_KEYS = {
    "createdAt": lambda p: p.created_at,
    "amount": lambda p: p.amount,
    "status": lambda p: p.status,
}


@dataclass(frozen=True)
class PaymentQuery:
    """Filters of ``GET /payments`` (None: not filtered)."""

    registration_id: str | None = None
    event_id: str | None = None
    user_id: str | None = None
    status: str | None = None
    created_after: str | None = None
    created_before: str | None = None
    sort: str | None = None


def refund_body(refund: Refund) -> dict[str, Any]:
    """The ``Refund`` schema's view of a stored refund."""
    return compact(
        {
            "id": refund.id,
            "paymentId": refund.payment_id,
            "amount": refund.amount,
            "currency": refund.currency,
            "reason": refund.reason,
            "note": refund.note,
            "status": refund.status,
            "createdAt": iso(refund.created_at),
            "completedAt": iso(refund.completed_at) if refund.completed_at else None,
        }
    )


def refunded_amount(refunds: Sequence[Refund]) -> int:
    """Sum of the completed refunds."""
    return sum(r.amount for r in refunds if r.status == "completed")


def payment_body(payment: Payment, refunds: Sequence[Refund]) -> dict[str, Any]:
    """The ``Payment`` schema's view of a stored payment and its refunds (oldest first)."""
    return compact(
        {
            "id": payment.id,
            "registrationId": payment.registration_id,
            "eventId": payment.event_id,
            "userId": payment.user_id,
            "amount": payment.amount,
            "currency": payment.currency,
            "status": payment.status,
            "method": payment.method,
            "provider": payment.provider,
            "providerReference": payment.provider_reference,
            "billingDetails": payment.billing_details,
            "failureCode": payment.failure_code,
            "failureReason": payment.failure_reason,
            "refundedAmount": refunded_amount(refunds),
            "refunds": [refund_body(r) for r in refunds],
            "invoiceNumber": payment.invoice_number,
            "createdAt": iso(payment.created_at),
            "completedAt": iso(payment.completed_at) if payment.completed_at else None,
            "updatedAt": iso(payment.updated_at),
        }
    )


def stored_body(session: Session, payment: Payment) -> dict[str, Any]:
    """The representation of ``payment`` with its refunds read from ``session``."""
    session.flush()
    return payment_body(payment, SqlPaymentStore(session).refunds([payment.id]))


class PaymentService:
    """Payments, refunds and their effects on registrations; each method is one transaction."""

    def __init__(self, database: Database, base: str) -> None:
        self.database = database
        self.base = base

    def list(self, caller: Principal, query: PaymentQuery, window: Window) -> Page[dict[str, Any]]:
        """A window of the payments matching ``query`` (newest first by default)."""
        with self.database.read_session() as session:
            store = SqlPaymentStore(session)
            rows = store.matching(
                registration_id=_lower(query.registration_id),
                event_id=_lower(query.event_id),
                user_id=_lower(query.user_id),
                status=query.status,
                created_after=_instant(query.created_after, "createdAfter"),
                created_before=_instant(query.created_before, "createdBefore"),
            )
            ordered = sort_items(rows, query.sort, "-createdAt", SORT_KEYS, lambda p: p.id)
            page = cut(ordered, window)
            refunds = store.refunds([p.id for p in page.items])
            return Page(
                [payment_body(p, [r for r in refunds if r.payment_id == p.id]) for p in page.items],
                page.total,
            )

    def get(self, caller: Principal, payment_id: str) -> Versioned:
        """One payment with its refunds."""
        with self.database.read_session() as session:
            body = stored_body(session, _existing(session, payment_id))
            return Versioned(body, tag_of(body))

    def create(self, caller: Principal, data: Mapping[str, Any]) -> Versioned:
        """Charge a pending registration's ``amountDue`` and move the registration."""
        now = precise_now()
        with self.database.session() as session:
            registration = SqlRegistrationLookup(session).registration(
                data["registrationId"].lower(), for_update=True
            )
            if registration is None:
                raise NotFoundError("registration", data["registrationId"])
            if registration.payment_status in ("completed", "partially_refunded", "pending") and (
                registration.payment_id is not None
            ):
                raise ConflictError(
                    PAYMENT,
                    registration.id,
                    f"The registration already has a {registration.payment_status} payment.",
                )
            if registration.status != "pending" or registration.amount_due <= 0:
                raise BusinessRuleError(
                    "registration_not_payable",
                    "Only pending registrations with an amount due can be paid; this one is "
                    f"{registration.status} with {registration.amount_due} due.",
                    "/registrationId",
                )
            method = data["paymentMethod"]
            payment = Payment(
                id=new_id(),
                registration_id=registration.id,
                event_id=registration.event_id,
                user_id=registration.user_id,
                amount=registration.amount_due,
                currency=registration.currency,
                status="pending",
                method=_reported_method(method["type"], data["billingDetails"]),
                provider="sandbox",
                provider_reference="sbx_" + secrets.token_hex(12),
                billing_details=dict(data["billingDetails"]),
                created_at=now,
                updated_at=now,
            )
            store = SqlPaymentStore(session)
            store.add(payment)
            registration.payment_id = payment.id
            registration.updated_at = now
            token = method["token"]
            if token in DECLINES:
                payment.failure_code, payment.failure_reason = DECLINES[token]
                payment.status = "failed"
                registration.payment_status = "failed"
                failed = stored_body(session, payment)
                record_event(session, "payment.failed", failed, caller.client_id)
            elif token == "tok_pending":
                registration.payment_status = "pending"
            else:
                payment.status = "completed"
                payment.completed_at = now
                payment.invoice_number = _next_invoice_number(store, now)
                registration.payment_status = "completed"
                completed = stored_body(session, payment)
                record_event(session, "payment.completed", completed, caller.client_id)
                confirm(session, registration, self.base, now, caller.client_id)
            body = stored_body(session, payment)
            return Versioned(body, tag_of(body))

    def refund(self, caller: Principal, payment_id: str, data: Mapping[str, Any]) -> dict[str, Any]:
        """Refund all or part of a collected payment; the payment and registration follow."""
        with self.database.session() as session:
            payment = _existing(session, payment_id, for_update=True)
            refund = apply_refund(
                session,
                payment,
                data.get("amount"),
                data["reason"],
                data.get("note"),
                self.base,
                caller.client_id,
            )
            return refund_body(refund)


def apply_refund(
    session: Session,
    payment: Payment,
    amount: int | None,
    reason: str,
    note: str | None,
    base: str,
    client_id: str | None = None,
) -> Refund:
    """Refund ``amount`` (default: the remainder) of ``payment``; the registration follows."""
    now = precise_now()
    store = SqlPaymentStore(session)
    if payment.status not in REFUNDABLE:
        raise BusinessRuleError(
            "payment_not_refundable",
            f"Only completed or partially refunded payments can be refunded; this one is "
            f"{payment.status}.",
            "status",
        )
    remainder = payment.amount - refunded_amount(store.refunds([payment.id]))
    amount = remainder if amount is None else amount
    if amount > remainder:
        raise BusinessRuleError(
            "refund_exceeds_payment",
            f"At most {remainder} can still be refunded; {amount} was asked.",
            "/amount",
        )
    refund = Refund(
        id=new_id(),
        payment_id=payment.id,
        amount=amount,
        currency=payment.currency,
        reason=reason,
        note=note,
        status="completed",
        created_at=now,
        completed_at=now,
    )
    store.add(refund)
    payment.status = "refunded" if amount == remainder else "partially_refunded"
    payment.updated_at = now
    registration = SqlRegistrationLookup(session).registration(payment.registration_id)
    assert registration is not None, "payments belong to registrations"
    if registration.payment_id == payment.id:
        registration.payment_status = payment.status
        registration.updated_at = now
    record_event(
        session,
        "payment.refunded",
        {"refund": refund_body(refund), "payment": stored_body(session, payment)},
        client_id,
    )
    if payment.status == "refunded" and registration.status != "cancelled":
        cancel(session, registration, REFUNDED_REASON, base, now, client_id)
    return refund


def precise_now() -> datetime:
    """Now with microseconds: payments, refunds and deliveries are listed in creation order,
    and several are often made within one second (representations still show seconds)."""
    return datetime.now(UTC)


def _reported_method(kind: str, billing: Mapping[str, Any]) -> dict[str, Any]:
    # What the sandbox gateway reports back: Stripe's test Visa for cards, the payer for PayPal.
    if kind == "card":
        return {"type": "card", "brand": "visa", "last4": "4242"}
    if kind == "paypal":
        return {"type": "paypal", "payerEmail": billing["email"]}
    return {"type": kind}


def _next_invoice_number(store: SqlPaymentStore, now: datetime) -> str:
    prefix = f"INV-{now.year:04d}-"
    last = store.last_invoice_number(prefix)
    number = int(last.removeprefix(prefix)) + 1 if last else 1
    return f"{prefix}{number:06d}"


def _existing(session: Session, payment_id: str, *, for_update: bool = False) -> Payment:
    found = SqlPaymentStore(session).get(payment_id.lower(), for_update=for_update)
    if found is None:
        raise NotFoundError(PAYMENT, payment_id)
    return found


def _lower(value: str | None) -> str | None:
    return value.lower() if value is not None else None


def _instant(text: str | None, target: str) -> datetime | None:
    return parse_instant(text, target) if text is not None else None
