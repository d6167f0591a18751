"""SQL access to the cs-cross-domain records and audit log."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select, union
from sqlalchemy.orm import Session

from server.storage.models.cs_cross_domain import (
    AuditEntry,
    Execution,
    Feedback,
    Forecast,
    Handoff,
    Trigger,
)


class SqlCrossDomainStore:
    """Every cs-cross-domain table, through one session; lists come in recording order."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, record: Trigger | Handoff | Feedback | Forecast | Execution | AuditEntry) -> None:
        """Store a new record (its ``seq`` is assigned on flush)."""
        self.session.add(record)
        self.session.flush()

    # Customers exist from the first record that names one.

    def customer_known(self, customer_id: str) -> bool:
        """Whether any record names ``customer_id``."""
        for model in (Trigger, Handoff, Feedback, Forecast, Execution):
            found = self.session.scalar(
                select(model.seq).where(model.customer_id == customer_id).limit(1)
            )
            if found is not None:
                return True
        return False

    def known_customer_count(self) -> int:
        """How many distinct customers the records name."""
        named = union(
            *(
                select(model.customer_id).where(model.customer_id.is_not(None))
                for model in (Trigger, Handoff, Feedback, Forecast, Execution)
            )
        )
        return len(self.session.execute(named).all())

    # Triggers

    def trigger(self, seq: int) -> Trigger | None:
        """The trigger recorded as ``seq``."""
        return self.session.get(Trigger, seq)

    def triggers_of(self, customer_id: str, since_seq: int = 0) -> Sequence[Trigger]:
        """The customer's triggers from ``since_seq`` on, oldest first."""
        statement = (
            select(Trigger)
            .where(Trigger.customer_id == customer_id, Trigger.seq >= since_seq)
            .order_by(Trigger.seq)
        )
        return self.session.scalars(statement).all()

    def latest_trigger(self, customer_id: str) -> Trigger | None:
        """The customer's most recently recorded trigger."""
        statement = (
            select(Trigger)
            .where(Trigger.customer_id == customer_id)
            .order_by(Trigger.seq.desc())
            .limit(1)
        )
        return self.session.scalars(statement).first()

    # Handoffs

    def handoff(self, deal_id: str, *, for_update: bool = False) -> Handoff | None:
        """The handoff of ``deal_id``."""
        statement = select(Handoff).where(Handoff.deal_id == deal_id)
        if for_update:
            statement = statement.with_for_update()
        return self.session.scalars(statement).one_or_none()

    def handoff_by_contract(self, contract_id: str) -> Handoff | None:
        """The handoff that opened ``contract_id``."""
        return self.session.scalars(
            select(Handoff).where(Handoff.contract_id == contract_id)
        ).one_or_none()

    def handoffs_of(self, customer_id: str) -> Sequence[Handoff]:
        """The customer's handoffs (its contracts), oldest first."""
        return self.session.scalars(
            select(Handoff).where(Handoff.customer_id == customer_id).order_by(Handoff.seq)
        ).all()

    # Feedback

    def feedback(self, seq: int) -> Feedback | None:
        """The feedback recorded as ``seq``."""
        return self.session.get(Feedback, seq)

    def feedback_on(self, feature_id: str) -> Sequence[Feedback]:
        """Every feedback about ``feature_id``, oldest first."""
        return self.session.scalars(
            select(Feedback).where(Feedback.feature_id == feature_id).order_by(Feedback.seq)
        ).all()

    def features_of(self, customer_id: str) -> list[str]:
        """The features the customer gave feedback on, sorted."""
        statement = (
            select(Feedback.feature_id).where(Feedback.customer_id == customer_id).distinct()
        )
        return sorted(self.session.scalars(statement).all())

    # Forecasts

    def latest_forecast(self, customer_id: str) -> Forecast | None:
        """The customer's latest forecast version."""
        statement = (
            select(Forecast)
            .where(Forecast.customer_id == customer_id)
            .order_by(Forecast.version.desc())
            .limit(1)
        )
        return self.session.scalars(statement).first()

    # Executions

    def execution(self, seq: int) -> Execution | None:
        """The execution recorded as ``seq``."""
        return self.session.get(Execution, seq)

    def running_execution(
        self, workflow_id: str, customer_id: str, now: datetime
    ) -> Execution | None:
        """An execution of the workflow for the customer still due after ``now``."""
        statement = (
            select(Execution)
            .where(
                Execution.workflow_id == workflow_id,
                Execution.customer_id == customer_id,
                Execution.due_at > now,
            )
            .order_by(Execution.seq)
            .limit(1)
        )
        return self.session.scalars(statement).first()

    def executions_since(self, start: datetime) -> Sequence[Execution]:
        """Executions created at or after ``start``."""
        return self.session.scalars(
            select(Execution).where(Execution.created_at >= start).order_by(Execution.seq)
        ).all()

    # Audit log

    def audit_entry(self, audit_id: str) -> AuditEntry | None:
        """The audit entry ``audit_id``."""
        return self.session.get(AuditEntry, audit_id)
