"""cs-ops: workflow executions, their resolution, and performance computed from them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from server.services.cs_integration.operations import executions
from server.services.cs_integration.performance import performance_of
from server.storage.models.cs_domains import WorkflowExecution
from tests.server.cs_integration.conftest import CsClient, assert_problem, own_database


def workflow(customer_id: str, drop: int = 20, steps: list[str] | None = None) -> dict:
    return {
        "workflow_type": "health_decline_intervention",
        "customer_id": customer_id,
        "trigger_conditions": {"health_score_drop": drop, "usage_decline": 0.3},
        "automation_steps": steps or ["send_immediate_alert", "notify_account_team"],
    }


def resolution(outcome: str = "resolved", who: str = "sarah@example.com", **extra: object) -> dict:
    return {"outcome": outcome, "handled_by": who, "skill_match": True, **extra}


def operations_status(cs: CsClient, customer_id: str) -> str:
    customer = cs.ok(cs.get(f"/cs-integration/customers/{customer_id}"))
    return str(customer["integration_status"]["operations"])


def test_execution_runs_steps_in_order_and_awaits_resolution(cs: CsClient) -> None:
    customer_id = cs.customer(85)
    response = cs.post(f"/cs-ops/workflows/{customer_id}", workflow(customer_id))
    execution = cs.ok(response, 201)
    assert [r["step"] for r in execution["step_results"]] == execution["automation_steps"]
    assert {r["status"] for r in execution["step_results"]} == {"completed"}
    assert execution["status"] == "in_progress" and execution["escalated"] is False
    assert "resolution" not in execution
    url = f"/cs-ops/executions/{execution['execution_id']}"
    assert response.headers["location"] == f"/api/v1{url}"
    assert cs.ok(cs.get(url)) == execution
    resolved = cs.ok(cs.post(f"{url}/resolution", resolution(customer_satisfaction=4.6)))
    assert resolved["status"] == "resolved"
    assert resolved["resolution"]["customer_satisfaction"] == 4.6
    assert cs.ok(cs.get(url)) == resolved
    assert_problem(cs.post(f"{url}/resolution", resolution("failed")), 409, "/conflict")


def test_escalation_holds_operations_status_until_the_last_is_closed(cs: CsClient) -> None:
    customer_id = cs.customer(40)  # high risk
    first = cs.ok(cs.post(f"/cs-ops/workflows/{customer_id}", workflow(customer_id)), 201)
    second = cs.ok(cs.post(f"/cs-ops/workflows/{customer_id}", workflow(customer_id)), 201)
    assert first["escalated"] and second["escalated"]
    assert operations_status(cs, customer_id) == "escalated"
    cs.ok(cs.post(f"/cs-ops/executions/{first['execution_id']}/resolution", resolution()))
    assert operations_status(cs, customer_id) == "escalated"
    cs.ok(cs.post(f"/cs-ops/executions/{second['execution_id']}/resolution", resolution("failed")))
    assert operations_status(cs, customer_id) == "supported"


def test_execution_body_must_name_the_path_customer(cs: CsClient) -> None:
    customer_id = cs.customer()
    problem = assert_problem(
        cs.post(f"/cs-ops/workflows/{customer_id}", workflow("cust_other")), 422
    )
    assert problem["errors"][0]["location"] == "body/customer_id"
    assert_problem(cs.post("/cs-ops/workflows/cust_nobody", workflow("cust_nobody")), 404)
    assert_problem(cs.get("/cs-ops/executions/exec_nothing"), 404)
    assert_problem(cs.post("/cs-ops/executions/exec_nothing/resolution", resolution()), 404)


def test_repeated_steps_are_400(cs: CsClient) -> None:
    customer_id = cs.customer()
    body = workflow(customer_id, steps=["send_immediate_alert", "send_immediate_alert"])
    assert_problem(cs.post(f"/cs-ops/workflows/{customer_id}", body), 400)


def row(
    status: str,
    started: datetime,
    hours: float | None,
    who: str | None = None,
    skill: bool = True,
    csat: float | None = None,
    drop: int = 0,
) -> WorkflowExecution:
    return WorkflowExecution(
        execution_id="exec_x",
        customer_id="cust_x",
        workflow_type="health_decline_intervention",
        trigger_conditions={"health_score_drop": drop},
        automation_steps=[],
        step_results=[],
        status=status,
        escalated=False,
        started_at=started,
        outcome=None,
        handled_by=who,
        skill_match=skill if who else None,
        customer_satisfaction=csat,
        resolved_at=started + timedelta(hours=hours) if hours is not None else None,
    )


def test_performance_rules_over_stored_executions() -> None:
    now = datetime(2025, 12, 5, 12, tzinfo=UTC)
    day = timedelta(days=1)
    rows = [
        row("resolved", now - 2 * day, 2, "a@x.com", csat=5.0, drop=25),
        row("resolved", now - 3 * day, 3, "a@x.com", csat=4.0),
        row("resolved", now - 20 * day, 1, "a@x.com", skill=False),
        row("failed", now - 4 * day, 1, "b@x.com", csat=3.0),
        row("resolved", now - 40 * day, 1, "c@x.com"),  # outside the window
        row("in_progress", now - 1 * day, None),
        row("in_progress", now - 50 * day, None),
    ]
    report = performance_of(rows, now)
    assert report["performance_metrics"] == {
        "workflow_execution_rate": 0.75,  # 3 resolved / 4 closed
        "average_resolution_time": "2.0_hours",  # (2 + 3 + 1) / 3
        "customer_satisfaction": 4.0,  # (5 + 4 + 3) / 3
        "team_productivity": 0.14,  # 2 resolved in 7 days / (2 members * 7)
    }
    assert report["resource_utilization"] == {
        "capacity_usage": 0.2,  # 2 in progress (any age) / (5 * 2 members)
        "skill_matching_accuracy": 0.75,  # 3 of 4 closed
        "workload_balancing": "acceptable",  # a closed 3, b 1: 3 = 1.5 x the mean of 2
    }
    assert report["optimization_opportunities"] == [
        "increase_automation_coverage",
        "improve_skill_matching_algorithms",
        "expand_predictive_capabilities",
        "rebalance_workloads",
    ]


def test_performance_with_nothing_closed() -> None:
    report = performance_of([], datetime(2025, 12, 5, tzinfo=UTC))
    assert report == {
        "performance_metrics": {
            "workflow_execution_rate": 0,
            "average_resolution_time": "0.0_hours",
            "customer_satisfaction": 0,
            "team_productivity": 0,
        },
        "resource_utilization": {
            "capacity_usage": 0,
            "skill_matching_accuracy": 0,
            "workload_balancing": "optimal",
        },
        "optimization_opportunities": [],
    }


@own_database
def test_performance_endpoint_reads_stored_executions(fresh_cs: CsClient) -> None:
    cs = fresh_cs
    customer_id = cs.customer(85)
    done = cs.ok(cs.post(f"/cs-ops/workflows/{customer_id}", workflow(customer_id, drop=5)), 201)
    cs.ok(cs.post(f"/cs-ops/workflows/{customer_id}", workflow(customer_id, drop=5)), 201)
    cs.ok(cs.post(f"/cs-ops/executions/{done['execution_id']}/resolution", resolution()))
    report = cs.ok(cs.get("/cs-ops/performance"))
    assert report["performance_metrics"]["workflow_execution_rate"] == 1
    assert report["performance_metrics"]["team_productivity"] == 0.14  # 1 / (1 * 7)
    assert report["resource_utilization"]["capacity_usage"] == 0.2  # 1 / 5
    with cs.api.runtime.database.session() as session:
        assert len(executions(session).where()) == 2
