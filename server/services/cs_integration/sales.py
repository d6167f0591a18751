"""Sales-to-CS handoffs and success milestones."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from server.auth.principal import Principal
from server.services.cs_integration.customer_state import customer_in_path
from server.services.cs_integration.customers import API, representation
from server.services.cs_integration.ids import new_id
from server.services.cs_integration.periods import utc_today
from server.services.cs_integration.scoring import company_segment
from server.services.cs_integration.wire import day, parse_day, timestamp
from server.services.errors import BusinessRuleError, ConflictError, NotFoundError
from server.services.outbox import record_event
from server.storage.cs_records import SqlRecordStore
from server.storage.database import Database
from server.storage.models.base import utcnow
from server.storage.models.cs_domains import Handoff, Milestone


class SalesService:
    """Handoffs and milestones; every method is one transaction."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def create_handoff(
        self, caller: Principal, customer_id: str, data: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Complete the handoff: store it, snapshot the baseline, mark sales ``handed_off``."""
        with self.database.session() as session:
            customer, state = customer_in_path(session, customer_id, for_update=True)
            if data["customer_id"] != customer_id:
                raise BusinessRuleError(
                    "customer_id_matches_path",
                    "The body's customer_id differs from the path's.",
                    "body/customer_id",
                )
            initiation = data["success_initiation"]
            onboarding_start = parse_day(str(initiation["onboarding_start"]))
            if parse_day(str(initiation["first_check_in"])) < onboarding_start:
                raise BusinessRuleError(
                    "first_check_in_after_start",
                    "first_check_in is before onboarding_start.",
                    "body/success_initiation/first_check_in",
                )
            store = handoffs(session)
            if store.count(Handoff.customer_id == customer_id):
                raise ConflictError(
                    "handoff", customer_id, f"The customer {customer_id} already has a handoff."
                )
            now = utcnow()
            handoff = store.add(
                Handoff(
                    handoff_id=new_id("hoff"),
                    customer_id=customer_id,
                    deal_value=float(data["handoff_data"]["deal_value"]),
                    handoff_data=dict(data["handoff_data"]),
                    success_initiation=dict(initiation),
                    onboarding_start=onboarding_start,
                    baseline_metrics={
                        "health_score": state.health_score,
                        "adoption_rate": state.adoption_rate,
                        "engagement_score": state.engagement_score,
                        "nps_score": state.nps_score,
                    },
                    completed_at=now,
                )
            )
            customer.integration_status = {**state.integration_status, "sales": "handed_off"}
            customer.last_updated = now
            session.flush()
            body = handoff_body(handoff)
            record_event(session, API, "handoff.completed", body, caller.client_id)
            record_event(
                session, API, "customer.updated", representation(customer), caller.client_id
            )
            return body

    def get_handoff(self, customer_id: str) -> dict[str, Any]:
        """The customer's handoff; 404 when the customer or its handoff does not exist."""
        with self.database.read_session() as session:
            customer_in_path(session, customer_id)
            handoff = handoff_of(session, customer_id)
            if handoff is None:
                raise NotFoundError("handoff", customer_id)
            return handoff_body(handoff)

    def record_milestone(self, customer_id: str, data: Mapping[str, Any]) -> dict[str, Any]:
        """Record a milestone; 422 when achieved after today, 409 when its kind is recorded."""
        with self.database.session() as session:
            customer_in_path(session, customer_id, for_update=True)
            achieved_on = parse_day(str(data["achieved_on"]))
            if achieved_on > utc_today():
                raise BusinessRuleError(
                    "achieved_on_not_future", "achieved_on is after today.", "body/achieved_on"
                )
            store = milestones(session)
            kind = str(data["milestone"])
            if store.count(Milestone.customer_id == customer_id, Milestone.milestone == kind):
                raise ConflictError("milestone", kind, f"The milestone {kind} is already recorded.")
            milestone = store.add(
                Milestone(
                    milestone_id=new_id("ms"),
                    customer_id=customer_id,
                    milestone=kind,
                    achieved_on=achieved_on,
                    notes=data.get("notes"),
                    recorded_at=utcnow(),
                )
            )
            return milestone_body(milestone)

    def get_milestone(self, customer_id: str, milestone_id: str) -> dict[str, Any]:
        """A milestone of the customer; 404 when it belongs to another customer."""
        with self.database.read_session() as session:
            return milestone_body(_milestone(session, customer_id, milestone_id))

    def delete_milestone(self, customer_id: str, milestone_id: str) -> None:
        """Withdraw a milestone recorded in error."""
        with self.database.session() as session:
            milestones(session).delete(_milestone(session, customer_id, milestone_id))


def handoffs(session: Session) -> SqlRecordStore[Handoff]:
    """Handoffs addressed by id."""
    return SqlRecordStore(session, Handoff, Handoff.handoff_id)


def milestones(session: Session) -> SqlRecordStore[Milestone]:
    """Milestones addressed by id."""
    return SqlRecordStore(session, Milestone, Milestone.milestone_id)


def handoff_of(session: Session, customer_id: str) -> Handoff | None:
    """The customer's handoff, if it has one."""
    found = handoffs(session).where(Handoff.customer_id == customer_id)
    return found[0] if found else None


def handoff_body(handoff: Handoff) -> dict[str, Any]:
    """The API's view of a handoff."""
    return {
        "handoff_id": handoff.handoff_id,
        "customer_id": handoff.customer_id,
        "status": "completed",
        "customer_segment": company_segment(handoff.deal_value),
        "handoff_data": dict(handoff.handoff_data),
        "success_initiation": dict(handoff.success_initiation),
        "baseline_metrics": dict(handoff.baseline_metrics),
        "completed_at": timestamp(handoff.completed_at),
    }


def milestone_body(milestone: Milestone) -> dict[str, Any]:
    """The API's view of a milestone."""
    body: dict[str, Any] = {
        "milestone_id": milestone.milestone_id,
        "customer_id": milestone.customer_id,
        "milestone": milestone.milestone,
        "achieved_on": day(milestone.achieved_on),
    }
    if milestone.notes is not None:
        body["notes"] = milestone.notes
    body["recorded_at"] = timestamp(milestone.recorded_at)
    return body


def _milestone(session: Session, customer_id: str, milestone_id: str) -> Milestone:
    customer_in_path(session, customer_id)
    milestone = milestones(session).get(milestone_id)
    if milestone is None or milestone.customer_id != customer_id:
        raise NotFoundError("milestone", milestone_id)
    return milestone
