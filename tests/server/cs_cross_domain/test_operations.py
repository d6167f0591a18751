"""Workflow executions (SLA, status by time, 409 while running) and the capacity forecast."""

from __future__ import annotations

from datetime import timedelta

import pytest

from server.services.cs_cross_domain import operations
from server.storage.models.base import utcnow
from tests.server.conftest import Api
from tests.server.cs_cross_domain.conftest import (
    BASE,
    assert_problem,
    get,
    needs_own_database,
    post,
    unique,
)


@pytest.mark.parametrize(
    ("workflow", "tier", "sla"),
    [
        ("wf_escalation", 2, "4h"),
        ("wf_escalation", 3, "3h"),
        ("wf_onboarding", 1, "72h"),
        ("wf_renewal", 3, "16h"),
        ("wf_qbr", 1, "120h"),
    ],
)
def test_sla_is_the_base_sla_divided_by_the_tier_rounded_up(
    api: Api, headers: dict[str, str], workflow: str, tier: int, sla: str
) -> None:
    customer_id = unique("cust_")
    body = {"parameters": {"escalation_tier": tier}}
    response = post(api, headers, f"/operations/execute/{workflow}/{customer_id}", body)
    assert response.status_code == 202, response.text
    execution = response.json()
    assert execution["sla_target"] == sla
    assert execution["current_status"] == "in_progress"
    assert response.headers["location"] == (
        f"{BASE}/operations/executions/{execution['execution_id']}"
    )


def test_tier_defaults_to_one(api: Api, headers: dict[str, str]) -> None:
    customer_id = unique("cust_")
    response = post(
        api, headers, f"/operations/execute/wf_escalation/{customer_id}", {"parameters": {}}
    )
    assert response.json()["parameters"] == {"escalation_tier": 1}
    assert response.json()["sla_target"] == "8h"


def test_second_execution_while_in_progress_is_409(api: Api, headers: dict[str, str]) -> None:
    customer_id = unique("cust_")
    path = f"/operations/execute/wf_renewal/{customer_id}"
    assert post(api, headers, path, {"parameters": {}}).status_code == 202
    assert_problem(post(api, headers, path, {"parameters": {}}), 409, "conflict")
    other = f"/operations/execute/wf_qbr/{customer_id}"
    assert post(api, headers, other, {"parameters": {}}).status_code == 202


def test_execution_completes_at_its_due_time(
    api: Api, headers: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    customer_id = unique("cust_")
    path = f"/operations/execute/wf_escalation/{customer_id}"
    created = post(api, headers, path, {"parameters": {"escalation_tier": 2}}).json()
    url = f"/operations/executions/{created['execution_id']}"
    assert get(api, headers, url).json()["current_status"] == "in_progress"
    later = utcnow() + timedelta(hours=4, seconds=1)
    monkeypatch.setattr(operations, "utcnow", lambda: later)
    done = get(api, headers, url).json()
    assert done["current_status"] == "completed"
    assert {k: v for k, v in done.items() if k != "current_status"} == {
        k: v for k, v in created.items() if k != "current_status"
    }
    # Once completed, the workflow may run again for the customer.
    assert post(api, headers, path, {"parameters": {}}).status_code == 202


def test_unknown_workflow_is_400_and_unknown_execution_404(
    api: Api, headers: dict[str, str]
) -> None:
    response = post(api, headers, "/operations/execute/wf_other/cust_1", {"parameters": {}})
    assert_problem(response, 400, "validation-error")
    assert_problem(get(api, headers, "/operations/executions/exec_999999"), 404, "not-found")


@needs_own_database
def test_capacity_projects_recent_effort_against_480_hours(
    fresh_api: Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    api = fresh_api
    headers = api.bearer(["cs-operations.read", "cs-operations.write"])
    empty = get(api, headers, "/operations/capacity/forecast").json()
    assert empty == {
        "period": "next_90d",
        "utilization_projection": "0%",
        "skill_gaps": [],
        "hiring_triggers": [],
    }
    # onboarding 20 x 3 + 20 x 2 + escalation 6 x 1 = 106 h -> 22%
    post(
        api,
        headers,
        "/operations/execute/wf_onboarding/cust_a",
        {"parameters": {"escalation_tier": 3}},
    )
    post(
        api,
        headers,
        "/operations/execute/wf_onboarding/cust_b",
        {"parameters": {"escalation_tier": 2}},
    )
    post(api, headers, "/operations/execute/wf_escalation/cust_a", {"parameters": {}})
    body = get(api, headers, "/operations/capacity/forecast?period=next_30d").json()
    assert body == {
        "period": "next_30d",
        "utilization_projection": "22%",
        "skill_gaps": ["enterprise_complexity", "onboarding_bandwidth"],
        "hiring_triggers": [],
    }
    # 16 QBRs at tier 3: 16 x 12 = 192 h more -> 298 h = 62%; 2 more at tier 3: 322 h = 67%
    for n in range(18):
        post(
            api,
            headers,
            f"/operations/execute/wf_qbr/cust_q{n}",
            {"parameters": {"escalation_tier": 3}},
        )
    planned = get(api, headers, "/operations/capacity/forecast").json()
    assert planned["utilization_projection"] == "67%"
    assert planned["hiring_triggers"] == ["planned"]
    assert planned["skill_gaps"] == ["enterprise_complexity"]
    # 31 days later none of them counts any more.
    later = utcnow() + timedelta(days=31)
    monkeypatch.setattr(operations, "utcnow", lambda: later)
    assert (
        get(api, headers, "/operations/capacity/forecast").json()["utilization_projection"] == "0%"
    )
