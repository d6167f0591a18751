"""Customer journeys: stage transitions, the journey status and next recommended actions.

The journey stage is the customer's ``lifecycle_stage``; its history is the customer's
journey entries (``server.storage.journeys``), opened by the customer's creation. An entry's
``exited_at`` is the next entry's ``entered_at``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from server.auth.principal import Principal
from server.services.cs_integration.customer_state import (
    CustomerState,
    customer_in_path,
    state_of,
)
from server.services.cs_integration.customers import API, representation
from server.services.cs_integration.wire import timestamp
from server.services.errors import NotFoundError
from server.services.outbox import record_event
from server.storage.customers import CoreCustomerStore
from server.storage.database import Database
from server.storage.journeys import JourneyRecord, SqlJourneyStore, journey_history
from server.storage.models.base import utcnow
from server.storage.models.cs_integration import JourneyEntry

#: Actions recommended in each stage, after ``schedule_check_in`` for risky customers.
STAGE_ACTIONS: Mapping[str, tuple[str, ...]] = {
    "onboarding": ("complete_onboarding_plan", "schedule_kickoff_call"),
    "adoption": ("review_feature_adoption", "assess_training_needs"),
    "expansion": ("share_success_evidence", "introduce_premium_features"),
    "renewal": ("schedule_renewal_review", "send_value_summary"),
    "advocacy": ("invite_to_reference_program", "request_case_study"),
    "churned": ("launch_win_back_campaign",),
}
DEFAULT_REASON = "journey_updated"


def next_actions(state: CustomerState) -> list[str]:
    """``schedule_check_in`` first for high or critical risk, then the stage's actions."""
    urgent = ["schedule_check_in"] if state.risk_level in ("high", "critical") else []
    return [*urgent, *STAGE_ACTIONS[state.lifecycle_stage]]


class JourneyService:
    """Journey updates and status; every method is one transaction."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def update(
        self, caller: Principal, customer_id: str, data: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Move the customer to ``stage`` (a new entry even when the stage is unchanged)."""
        with self.database.session() as session:
            customer, _ = customer_in_path(session, customer_id, for_update=True)
            now = utcnow()
            stage = str(data["stage"])
            reason = str(data.get("reason", DEFAULT_REASON))
            SqlJourneyStore(session).append(customer_id, stage, reason, now)
            customer.lifecycle_stage = stage
            customer.last_updated = now
            session.flush()
            record_event(
                session, API, "customer.updated", representation(customer), caller.client_id
            )
            return status_body(state_of(customer), SqlJourneyStore(session).history(customer_id))

    def status(self, customer_id: str) -> dict[str, Any]:
        """The current stage, next actions and the whole history; 404 when unknown."""
        # A read: a Core connection, no ORM unit of work and nothing to commit.
        with self.database.read() as connection:
            customer = CoreCustomerStore(connection).get(customer_id)
            if customer is None:
                raise NotFoundError("customer", customer_id)
            history = journey_history(connection, customer_id)
        return status_body(state_of(customer), history)


def status_body(
    state: CustomerState, history: Sequence[JourneyEntry | JourneyRecord]
) -> dict[str, Any]:
    """The journey status of a customer in ``state`` with this history (oldest first)."""
    customer_id = state.customer_id
    # Never empty: creation opens the history (revision 0003 opened it for older rows).
    return {
        "customer_id": customer_id,
        "current_stage": state.lifecycle_stage,
        "stage_entered_at": timestamp(history[-1].entered_at),
        "next_recommended_actions": next_actions(state),
        "history": history_body(history),
    }


def history_body(history: Sequence[JourneyEntry | JourneyRecord]) -> list[dict[str, Any]]:
    """The API's view of journey entries, oldest first."""
    entries = []
    for index, entry in enumerate(history):
        item = {
            "stage": entry.stage,
            "reason": entry.reason,
            "entered_at": timestamp(entry.entered_at),
        }
        if index + 1 < len(history):
            item["exited_at"] = timestamp(history[index + 1].entered_at)
        entries.append(item)
    return entries
