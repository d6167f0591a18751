"""The cs-integration customers resource, end to end over the ASGI app."""

from __future__ import annotations

import re

import pytest

from server.storage.customer_rows import StoredCustomer
from server.storage.rawsql import RawConnection
from tests.server.conftest import Api

METRICS = {"success_metrics": {"adoption_rate": 0.5, "engagement_score": 5, "nps_score": 10}}
STATUS = {
    "marketing": "active",
    "sales": "handed_off",
    "product": "standard",
    "finance": "current",
    "operations": "supported",
}
CUSTOMERS = "/api/v1/cs-integration/customers"


def new_customer(api: Api, headers: dict[str, str], customer_id: str, score: int = 80) -> dict:
    body = {
        "customer_id": customer_id,
        "health_score": score,
        "lifecycle_stage": "adoption",
        **METRICS,
    }
    response = api.request("POST", CUSTOMERS, json=body, headers=headers)
    assert response.status_code == 201, response.text
    assert response.headers["location"] == f"{CUSTOMERS}/{customer_id}"
    assert response.headers["etag"].startswith('"')
    return response.json()


def test_create_then_read_back(api: Api, customer_id: str) -> None:
    headers = api.bearer()
    created = new_customer(api, headers, customer_id)
    assert created["risk_level"] == "low"  # derived from health_score 80
    read = api.request("GET", f"{CUSTOMERS}/{customer_id}", headers=headers)
    assert read.status_code == 200
    assert read.json() == created


def test_duplicate_create_is_409(api: Api, customer_id: str) -> None:
    headers = api.bearer()
    new_customer(api, headers, customer_id)
    body = {
        "customer_id": customer_id,
        "health_score": 10,
        "lifecycle_stage": "adoption",
        **METRICS,
    }
    assert api.request("POST", CUSTOMERS, json=body, headers=headers).status_code == 409


def test_unknown_customer_is_404(api: Api, customer_id: str) -> None:
    response = api.request("GET", f"{CUSTOMERS}/{customer_id}", headers=api.bearer())
    assert response.status_code == 404
    assert response.json()["type"].endswith("/not-found")


def test_if_none_match_is_304(api: Api, customer_id: str) -> None:
    headers = api.bearer()
    new_customer(api, headers, customer_id)
    etag = api.request("GET", f"{CUSTOMERS}/{customer_id}", headers=headers).headers["etag"]
    again = api.request(
        "GET", f"{CUSTOMERS}/{customer_id}", headers={**headers, "If-None-Match": etag}
    )
    assert again.status_code == 304
    assert again.content == b""


def test_replace_with_stale_if_match_is_412(api: Api, customer_id: str) -> None:
    headers = api.bearer()
    new_customer(api, headers, customer_id)
    url = f"{CUSTOMERS}/{customer_id}"
    etag = api.request("GET", url, headers=headers).headers["etag"]
    body = {
        "health_score": 30,
        "lifecycle_stage": "renewal",
        **METRICS,
        "integration_status": STATUS,
    }
    replaced = api.request("PUT", url, json=body, headers={**headers, "If-Match": etag})
    assert replaced.status_code == 200
    assert replaced.json()["health_trend"] == "stable"  # only health-change events move it
    assert replaced.json()["risk_level"] == "high"
    assert replaced.json()["integration_status"] == STATUS
    assert replaced.headers["etag"] != etag
    stale = api.request("PUT", url, json=body, headers={**headers, "If-Match": etag})
    assert stale.status_code == 412
    assert stale.headers["etag"] == replaced.headers["etag"]


def test_delete_then_gone(api: Api, customer_id: str) -> None:
    headers = api.bearer()
    new_customer(api, headers, customer_id)
    url = f"{CUSTOMERS}/{customer_id}"
    assert api.request("DELETE", url, headers=headers).status_code == 204
    assert api.request("GET", url, headers=headers).status_code == 404
    assert api.request("DELETE", url, headers=headers).status_code == 404


def test_list_paginates_with_link_header(api: Api, customer_id: str) -> None:
    headers = api.bearer(["customers.read", "customers.write"], customer_id=None)
    for suffix in ("a", "b", "c"):
        new_customer(api, headers, customer_id + suffix)
    page = api.request("GET", f"{CUSTOMERS}?limit=1&offset=1", headers=headers)
    assert page.status_code == 200
    body = page.json()
    assert body["pagination"]["limit"] == 1
    assert body["pagination"]["offset"] == 1
    assert body["pagination"]["total"] >= 3
    assert len(body["data"]) == 1
    link = page.headers["link"]
    assert 'rel="next"' in link and 'rel="prev"' in link and 'rel="first"' in link
    assert f"<{CUSTOMERS}?limit=1&offset=2>" in link


def test_server_generates_an_id_and_default_statuses(api: Api) -> None:
    headers = api.bearer()
    body = {"health_score": 20, "lifecycle_stage": "onboarding", **METRICS}
    body["integration_status"] = {"marketing": "active"}
    created = api.request("POST", CUSTOMERS, json=body, headers=headers)
    assert created.status_code == 201
    customer = created.json()
    assert re.fullmatch(r"cust_[a-z0-9]{16}", customer["customer_id"])
    assert customer["risk_level"] == "critical"
    assert customer["integration_status"] == {
        "marketing": "active",
        "sales": "pending_handoff",
        "product": "standard",
        "finance": "current",
        "operations": "supported",
    }


def test_list_filters_by_derived_risk_level(api: Api, customer_id: str) -> None:
    headers = api.bearer(["customers.read", "customers.write"], customer_id=None)
    new_customer(api, headers, customer_id + "hi", score=90)
    new_customer(api, headers, customer_id + "lo", score=10)
    listed = api.request("GET", f"{CUSTOMERS}?risk_level=critical&limit=100", headers=headers)
    ids = {c["customer_id"] for c in listed.json()["data"]}
    assert customer_id + "lo" in ids
    assert customer_id + "hi" not in ids
    assert all(c["risk_level"] == "critical" for c in listed.json()["data"])


def test_changes_are_recorded_in_the_outbox(api: Api, customer_id: str) -> None:
    from sqlalchemy import select

    from server.storage.models.outbox import OutboxEvent

    headers = api.bearer()
    new_customer(api, headers, customer_id)
    api.request("DELETE", f"{CUSTOMERS}/{customer_id}", headers=headers)
    with api.runtime.database.session() as session:
        events = session.scalars(
            select(OutboxEvent.event_type).where(
                OutboxEvent.payload["customer_id"].as_string() == customer_id
            )
        ).all()
    assert list(events) == ["customer.created", "customer.deleted"]


def test_create_and_stage_change_write_the_journey_history(api: Api, customer_id: str) -> None:
    from server.storage.journeys import SqlJourneyStore

    headers = api.bearer()
    new_customer(api, headers, customer_id)
    url = f"{CUSTOMERS}/{customer_id}"
    body = {
        "health_score": 80,
        "lifecycle_stage": "adoption",
        **METRICS,
        "integration_status": STATUS,
    }
    api.request("PUT", url, json=body, headers=headers)  # same stage: no new entry
    api.request("PUT", url, json={**body, "lifecycle_stage": "renewal"}, headers=headers)
    with api.runtime.database.session() as session:
        history = [(e.stage, e.reason) for e in SqlJourneyStore(session).history(customer_id)]
    assert history == [("adoption", "customer_created"), ("renewal", "customer_replaced")]
    api.request("DELETE", url, headers=headers)
    with api.runtime.database.session() as session:
        assert list(SqlJourneyStore(session).history(customer_id)) == []


def test_deletion_event_carries_only_the_customer_id(api: Api, customer_id: str) -> None:
    from sqlalchemy import select

    from server.storage.models.outbox import OutboxEvent

    headers = api.bearer()
    new_customer(api, headers, customer_id)
    api.request("DELETE", f"{CUSTOMERS}/{customer_id}", headers=headers)
    with api.runtime.database.session() as session:
        payloads = session.scalars(
            select(OutboxEvent.payload).where(OutboxEvent.event_type == "customer.deleted")
        ).all()
    assert {"customer_id": customer_id} in payloads


def test_generated_id_that_collides_is_replaced(
    api: Api, customer_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from server.services.cs_integration import customers

    headers = api.bearer()
    new_customer(api, headers, customer_id)
    ids = iter([customer_id, customer_id + "x"])
    monkeypatch.setattr(customers, "new_customer_id", lambda: next(ids))
    body = {"health_score": 50, "lifecycle_stage": "adoption", **METRICS}
    response = api.request("POST", CUSTOMERS, json=body, headers=headers)
    assert response.status_code == 201, response.text
    assert response.json()["customer_id"] == customer_id + "x"
    taken = api.request("GET", f"{CUSTOMERS}/{customer_id}", headers=headers)
    assert taken.json()["health_score"] == 80  # the first customer is untouched


def test_losing_a_race_for_an_id_is_409(
    api: Api, customer_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from server.services.cs_integration import customers

    headers = api.bearer()
    new_customer(api, headers, customer_id)
    # The first lookup misses the row, as when another request commits it just after.
    real_lookup = customers.stored_customer
    misses = [None]

    def lookup(connection: RawConnection, key: str) -> StoredCustomer | None:
        return misses.pop() if misses else real_lookup(connection, key)

    monkeypatch.setattr(customers, "stored_customer", lookup)
    body = {
        "customer_id": customer_id,
        "health_score": 10,
        "lifecycle_stage": "adoption",
        **METRICS,
    }
    assert api.request("POST", CUSTOMERS, json=body, headers=headers).status_code == 409
    assert not misses
