"""Operations: simulated workflow executions and the CS team's capacity forecast."""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import datetime, timedelta
from fractions import Fraction
from typing import Any

from server.auth.principal import Principal
from server.services.cs_cross_domain.figures import percent, rounded_int
from server.services.cs_cross_domain.records import EXECUTION, public_id, seq_of, timestamp
from server.services.errors import ConflictError, NotFoundError
from server.storage.cs_cross_domain import SqlCrossDomainStore
from server.storage.database import Database
from server.storage.models.base import utcnow
from server.storage.models.cs_cross_domain import Execution

#: The workflow catalogue: base SLA hours and the effort (hours) of one execution at tier 1.
BASE_SLA_HOURS = {"wf_escalation": 8, "wf_onboarding": 72, "wf_renewal": 48, "wf_qbr": 120}
EFFORT_HOURS = {"wf_escalation": 6, "wf_onboarding": 20, "wf_renewal": 8, "wf_qbr": 4}
#: CS capacity per 30 days: three full-time CSMs.
MONTHLY_CAPACITY_HOURS = 480
TRAILING = timedelta(days=30)


def status_at(execution: Execution, now: datetime) -> str:
    """``in_progress`` before ``due_at``, ``completed`` from then on."""
    return "in_progress" if now < execution.due_at else "completed"


def execution_body(execution: Execution, now: datetime) -> dict[str, Any]:
    """The API's view of an execution, its status as of ``now``."""
    return {
        "execution_id": public_id(EXECUTION, execution.seq),
        "workflow_id": execution.workflow_id,
        "customer_id": execution.customer_id,
        "parameters": {"escalation_tier": execution.escalation_tier},
        "sla_target": f"{execution.sla_hours}h",
        "current_status": status_at(execution, now),
        "created_at": timestamp(execution.created_at),
        "due_at": timestamp(execution.due_at),
    }


def capacity(executions: list[Execution], period: str) -> dict[str, Any]:
    """Utilization projection, skill gaps and hiring triggers from recent executions."""
    effort = {e.seq: EFFORT_HOURS[e.workflow_id] * e.escalation_tier for e in executions}
    total = sum(effort.values())
    onboarding = sum(effort[e.seq] for e in executions if e.workflow_id == "wf_onboarding")
    utilization = min(999, rounded_int(Fraction(100 * total, MONTHLY_CAPACITY_HOURS)))
    gaps = []
    if any(e.escalation_tier == 3 for e in executions):
        gaps.append("enterprise_complexity")
    if total and Fraction(onboarding, total) > Fraction(1, 2):
        gaps.append("onboarding_bandwidth")
    hiring = ["urgent"] if utilization >= 80 else ["planned"] if utilization >= 65 else []
    return {
        "period": period,
        "utilization_projection": percent(utilization),
        "skill_gaps": gaps,
        "hiring_triggers": hiring,
    }


class OperationsService:
    """Executions and capacity over a database; every method is one transaction."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def execute(
        self, caller: Principal, workflow_id: str, customer_id: str, data: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Start the workflow for the customer; 409 while one is in progress."""
        tier = int(data.get("parameters", {}).get("escalation_tier", 1))
        now = utcnow()
        with self.database.session() as session:
            store = SqlCrossDomainStore(session)
            running = store.running_execution(workflow_id, customer_id, now)
            if running is not None:
                raise ConflictError(
                    "execution",
                    public_id(EXECUTION, running.seq),
                    f"Workflow {workflow_id} is already in progress for {customer_id} "
                    f"({public_id(EXECUTION, running.seq)}).",
                )
            hours = math.ceil(BASE_SLA_HOURS[workflow_id] / tier)
            execution = Execution(
                workflow_id=workflow_id,
                customer_id=customer_id,
                escalation_tier=tier,
                sla_hours=hours,
                created_by=caller.client_id,
                created_at=now,
                due_at=now + timedelta(hours=hours),
            )
            store.add(execution)
            return execution_body(execution, now)

    def execution(self, execution_id: str) -> dict[str, Any]:
        """The execution with its status now; 404 when unknown."""
        with self.database.session() as session:
            seq = seq_of(EXECUTION, execution_id)
            found = SqlCrossDomainStore(session).execution(seq) if seq is not None else None
            if found is None:
                raise NotFoundError("execution", execution_id)
            return execution_body(found, utcnow())

    def capacity_forecast(self, period: str) -> dict[str, Any]:
        """The capacity forecast from the executions of the trailing 30 days."""
        with self.database.session() as session:
            recent = SqlCrossDomainStore(session).executions_since(utcnow() - TRAILING)
            return capacity(list(recent), period)
