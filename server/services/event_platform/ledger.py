"""The payments seam: what events, statistics and privacy need to know about payments.

Payments are stored by the payment operations; until they exist, :class:`NoPayments` answers
for an API without payments (no revenue, nothing to refund, export or anonymise).
:func:`default_ledger` is the one place that decides which ledger the services use.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy.orm import Session


@dataclass(frozen=True)
class Revenue:
    """Money collected for one event, in minor units."""

    gross: int
    refunded: int


class PaymentLedger(Protocol):
    """Payment facts the event, statistics and privacy rules read or change."""

    def revenue(self, session: Session, event_id: str) -> Revenue:
        """Gross (completed, partially refunded, refunded payments) and completed refunds."""
        ...

    def refund_event(self, session: Session, event_id: str, reason: str) -> None:
        """Refund in full every completed payment of the event's registrations."""
        ...

    def payments_of(
        self, session: Session, registration_ids: Sequence[str]
    ) -> list[dict[str, Any]]:
        """The ``Payment`` representations of those registrations' payments."""
        ...

    def anonymise(self, session: Session, registration_ids: Sequence[str]) -> bool:
        """Replace the billing details of those payments; True when any payment was kept."""
        ...


class NoPayments:
    """The ledger of a server that stores no payments."""

    def revenue(self, session: Session, event_id: str) -> Revenue:
        """Nothing was collected."""
        return Revenue(0, 0)

    def refund_event(self, session: Session, event_id: str, reason: str) -> None:
        """Nothing to refund."""

    def payments_of(
        self, session: Session, registration_ids: Sequence[str]
    ) -> list[dict[str, Any]]:
        """No payments."""
        return []

    def anonymise(self, session: Session, registration_ids: Sequence[str]) -> bool:
        """Nothing retained."""
        return False


def default_ledger() -> PaymentLedger:
    """The ledger services use unless given another: the stored payments."""
    # Imported here: the payments service itself depends on this module's Revenue.
    from server.services.event_platform.payment_ledger import SqlPaymentLedger

    return SqlPaymentLedger()
