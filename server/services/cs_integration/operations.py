"""Automated CS workflow executions and their resolution.

An execution is escalated when the customer's risk level is ``high`` or ``critical`` as it
starts; while the customer has an escalated execution in progress its
``integration_status.operations`` is ``escalated``, and ``supported`` again once the last
one is closed.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from server.auth.principal import Principal
from server.services.cs_integration.customer_state import customer_in_path
from server.services.cs_integration.customers import API, representation
from server.services.cs_integration.ids import new_id
from server.services.cs_integration.wire import number, timestamp
from server.services.errors import BusinessRuleError, ConflictError, NotFoundError
from server.services.outbox import record_event
from server.storage.cs_records import SqlRecordStore
from server.storage.database import Database
from server.storage.models.base import utcnow
from server.storage.models.cs_domains import WorkflowExecution
from server.storage.models.cs_integration import Customer

RESOURCE = "workflow execution"


class OperationsService:
    """Workflow executions; every method is one transaction."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def execute(
        self, caller: Principal, customer_id: str, data: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Run the automation steps in order and keep the execution ``in_progress``."""
        with self.database.session() as session:
            customer, state = customer_in_path(session, customer_id, for_update=True)
            if data["customer_id"] != customer_id:
                raise BusinessRuleError(
                    "customer_id_matches_path",
                    "The body's customer_id differs from the path's.",
                    "body/customer_id",
                )
            started = utcnow()
            steps = [str(step) for step in data["automation_steps"]]
            execution = executions(session).add(
                WorkflowExecution(
                    execution_id=new_id("exec"),
                    customer_id=customer_id,
                    workflow_type=str(data["workflow_type"]),
                    trigger_conditions=dict(data["trigger_conditions"]),
                    automation_steps=steps,
                    step_results=[_run_step(step) for step in steps],
                    status="in_progress",
                    escalated=state.risk_level in ("high", "critical"),
                    started_at=started,
                )
            )
            body = execution_body(execution)
            record_event(session, API, "workflow.executed", body, caller.client_id)
            _sync_operations_status(session, caller, customer, started)
            return body

    def get(self, execution_id: str) -> dict[str, Any]:
        """One execution; 404 when unknown."""
        with self.database.read_session() as session:
            return execution_body(_existing(session, execution_id))

    def resolve(
        self, caller: Principal, execution_id: str, data: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Close an ``in_progress`` execution with its outcome; 409 when already closed."""
        with self.database.session() as session:
            execution = _existing(session, execution_id, for_update=True)
            if execution.status != "in_progress":
                raise ConflictError(
                    RESOURCE, execution_id, f"The execution {execution_id} is already closed."
                )
            now = utcnow()
            execution.status = execution.outcome = str(data["outcome"])
            execution.handled_by = str(data["handled_by"])
            execution.skill_match = bool(data["skill_match"])
            satisfaction = data.get("customer_satisfaction")
            execution.customer_satisfaction = None if satisfaction is None else float(satisfaction)
            execution.resolved_at = now
            session.flush()
            body = execution_body(execution)
            record_event(session, API, "workflow.resolved", body, caller.client_id)
            customer = session.get(Customer, execution.customer_id, with_for_update=True)
            if customer is not None:
                _sync_operations_status(session, caller, customer, now)
            return body


def executions(session: Session) -> SqlRecordStore[WorkflowExecution]:
    """Executions addressed by id."""
    return SqlRecordStore(session, WorkflowExecution, WorkflowExecution.execution_id)


def execution_body(execution: WorkflowExecution) -> dict[str, Any]:
    """The API's view of an execution."""
    body: dict[str, Any] = {
        "execution_id": execution.execution_id,
        "workflow_type": execution.workflow_type,
        "customer_id": execution.customer_id,
        "trigger_conditions": dict(execution.trigger_conditions),
        "automation_steps": list(execution.automation_steps),
        "step_results": [dict(result) for result in execution.step_results],
        "status": execution.status,
        "escalated": execution.escalated,
        "started_at": timestamp(execution.started_at),
    }
    if execution.resolved_at is not None:
        resolution: dict[str, Any] = {
            "outcome": execution.outcome,
            "handled_by": execution.handled_by,
            "skill_match": execution.skill_match,
        }
        if execution.customer_satisfaction is not None:
            resolution["customer_satisfaction"] = number(execution.customer_satisfaction)
        resolution["resolved_at"] = timestamp(execution.resolved_at)
        body["resolution"] = resolution
    return body


def _run_step(step: str) -> dict[str, Any]:
    # Steps are synchronous in this version and always complete; each records its own time.
    return {"step": step, "status": "completed", "completed_at": timestamp(utcnow())}


def _existing(
    session: Session, execution_id: str, *, for_update: bool = False
) -> WorkflowExecution:
    execution = executions(session).get(execution_id, for_update=for_update)
    if execution is None:
        raise NotFoundError(RESOURCE, execution_id)
    return execution


def _sync_operations_status(
    session: Session, caller: Principal, customer: Customer, at: datetime
) -> None:
    """``escalated`` while an escalated execution is in progress, else ``supported``."""
    open_escalations = executions(session).count(
        WorkflowExecution.customer_id == customer.customer_id,
        WorkflowExecution.status == "in_progress",
        WorkflowExecution.escalated.is_(True),
    )
    status = dict(customer.integration_status or {})
    current = status.get("operations", "supported")
    wanted = "escalated" if open_escalations else "supported"
    if current == wanted or (not open_escalations and current != "escalated"):
        return
    customer.integration_status = {**status, "operations": wanted}
    customer.last_updated = at
    session.flush()
    record_event(session, API, "customer.updated", representation(customer), caller.client_id)
