"""A customer's journey history: opened at its creation, one entry per stage entered.

The customer service calls :func:`open_journey` when it creates a customer and
:func:`follow_stage` when a replace changes the stage; journey updates call
:func:`follow_stage` every time (a repeated touchpoint is an entry too).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from server.storage.cs_health import SqlJourneyStore
from server.storage.models.cs_domains import JourneyEntry
from server.storage.models.cs_integration import Customer


def open_journey(session: Session, customer: Customer) -> None:
    """Start the history of a customer just created (reason ``customer_created``)."""
    SqlJourneyStore(session).add(
        JourneyEntry(
            customer_id=customer.customer_id,
            stage=customer.lifecycle_stage,
            reason="customer_created",
            entered_at=customer.created_at,
        )
    )


def follow_stage(session: Session, customer_id: str, stage: str, reason: str, at: datetime) -> None:
    """Close the open entry and append one for ``stage`` entered at ``at``."""
    store = SqlJourneyStore(session)
    current = store.current(customer_id)
    if current is not None and current.exited_at is None:
        current.exited_at = at
    store.add(JourneyEntry(customer_id=customer_id, stage=stage, reason=reason, entered_at=at))
