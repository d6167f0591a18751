"""The payment ledger other event-platform rules read: revenue, event refunds, privacy.

Implements :class:`~server.services.event_platform.ledger.PaymentLedger` over the stored
payments, so statistics, event cancellation and erasure see the same facts as the payment
operations.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from server.services.event_platform.ledger import Revenue
from server.services.event_platform.payments import (
    COLLECTED,
    REFUNDABLE,
    apply_refund,
    refunded_amount,
    stored_body,
)
from server.storage.event_platform.payments import SqlPaymentStore


class SqlPaymentLedger:
    """The payment facts events, statistics and privacy read, from the stored payments."""

    def __init__(self, base: str = "/api/v1") -> None:
        self.base = base

    def revenue(self, session: Session, event_id: str) -> Revenue:
        """Gross of the collected payments of the event and their completed refunds."""
        store = SqlPaymentStore(session)
        collected = [p for p in store.matching(event_id=event_id) if p.status in COLLECTED]
        refunds = store.refunds([p.id for p in collected])
        return Revenue(sum(p.amount for p in collected), refunded_amount(refunds))

    def refund_event(self, session: Session, event_id: str, reason: str) -> None:
        """Refund the remainder of every refundable payment of the event."""
        for payment in SqlPaymentStore(session).matching(event_id=event_id):
            if payment.status in REFUNDABLE:
                apply_refund(session, payment, None, "event_cancelled", reason, self.base)

    def payments_of(
        self, session: Session, registration_ids: Sequence[str]
    ) -> list[dict[str, Any]]:
        """The representations of those registrations' payments."""
        return [
            stored_body(session, p)
            for p in SqlPaymentStore(session).of_registrations(registration_ids)
        ]

    def anonymise(self, session: Session, registration_ids: Sequence[str]) -> bool:
        """Replace the billing details of those payments; True when any payment was kept."""
        payments = SqlPaymentStore(session).of_registrations(registration_ids)
        for payment in payments:
            payment.billing_details = {
                "name": "erased",
                "email": f"erased-{payment.registration_id}@invalid.example",
            }
            if payment.method.get("payerEmail"):
                payment.method = {k: v for k, v in payment.method.items() if k != "payerEmail"}
        return bool(payments)
