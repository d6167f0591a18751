"""CS operational performance computed from workflow executions (spec ``Performance``).

"Closed" executions are ``resolved`` or ``failed``; the window is the 30 days before now,
by ``resolved_at`` for closed executions. The team is the distinct ``handled_by`` of closed
executions in the window, at least one member. Ratios are rounded to 2 decimals,
averages to 1.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from server.services.cs_integration.operations import executions
from server.services.cs_integration.wire import round_half_up
from server.storage.database import Database
from server.storage.models.base import utcnow
from server.storage.models.cs_domains import WorkflowExecution

WINDOW = timedelta(days=30)
WEEK = timedelta(days=7)
#: Executions one team member handles at once.
MEMBER_CAPACITY = 5


def _ratio(part: float, whole: float) -> float:
    return round_half_up(part / whole, 2) if whole else 0.0


def workload_balancing(closed: Sequence[WorkflowExecution]) -> str:
    """``optimal`` / ``acceptable`` / ``imbalanced`` from closed executions per member."""
    counts = Counter(e.handled_by for e in closed)
    if not counts:
        return "optimal"
    mean = sum(counts.values()) / len(counts)
    largest = max(counts.values())
    if largest <= 1.25 * mean:
        return "optimal"
    if largest <= 1.5 * mean:
        return "acceptable"
    return "imbalanced"


def performance_of(rows: Sequence[WorkflowExecution], now: datetime) -> dict[str, Any]:
    """The performance report over ``rows`` (every stored execution) at ``now``."""
    start = now - WINDOW
    closed = [
        e
        for e in rows
        if e.status in ("resolved", "failed")
        and e.resolved_at is not None
        and e.resolved_at >= start
    ]
    resolved = [e for e in closed if e.status == "resolved"]
    team = max(1, len({e.handled_by for e in closed}))
    hours = (
        sum(((e.resolved_at or e.started_at) - e.started_at).total_seconds() for e in resolved)
        / len(resolved)
        / 3600
        if resolved
        else 0.0
    )
    average_hours = round_half_up(hours, 1)
    rated = [e.customer_satisfaction for e in closed if e.customer_satisfaction is not None]
    skill_accuracy = _ratio(sum(1 for e in closed if e.skill_match), len(closed))
    week_resolved = sum(
        1
        for e in rows
        if e.status == "resolved" and e.resolved_at is not None and e.resolved_at >= now - WEEK
    )
    in_progress = sum(1 for e in rows if e.status == "in_progress")
    balancing = workload_balancing(closed)
    opportunities = [
        name
        for name, holds in (
            ("increase_automation_coverage", average_hours > 1.0),
            ("improve_skill_matching_algorithms", bool(closed) and skill_accuracy < 0.95),
            (
                "expand_predictive_capabilities",
                any(
                    e.started_at >= start
                    and int(e.trigger_conditions.get("health_score_drop", 0)) >= 20
                    for e in rows
                ),
            ),
            ("rebalance_workloads", balancing != "optimal"),
        )
        if holds
    ]
    return {
        "performance_metrics": {
            "workflow_execution_rate": _ratio(len(resolved), len(closed)),
            "average_resolution_time": f"{average_hours:.1f}_hours",
            "customer_satisfaction": round_half_up(sum(rated) / len(rated), 1) if rated else 0,
            "team_productivity": _ratio(week_resolved, team * 7),
        },
        "resource_utilization": {
            "capacity_usage": min(1.0, _ratio(in_progress, MEMBER_CAPACITY * team)),
            "skill_matching_accuracy": skill_accuracy,
            "workload_balancing": balancing,
        },
        "optimization_opportunities": opportunities,
    }


class PerformanceService:
    """Operational performance; one read transaction."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def get(self) -> dict[str, Any]:
        """The current performance report."""
        with self.database.session() as session:
            return performance_of(executions(session).where(), utcnow())
