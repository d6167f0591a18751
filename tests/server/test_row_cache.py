"""Values derived from stored rows: computed once per row content, never stale."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass

from server.services.row_cache import RowCache
from tests.server.conftest import Api
from tests.server.test_customers import METRICS, STATUS


@dataclass(frozen=True)
class Row:
    key: Hashable


def test_same_content_is_derived_once() -> None:
    calls: list[Hashable] = []
    cache: RowCache[Row, str] = RowCache(lambda row: calls.append(row.key) or f"v{row.key}")
    assert cache.of(Row(("a", 1))) == cache.of(Row(("a", 1)))
    assert calls == [("a", 1)]


def test_changed_content_is_derived_again() -> None:
    cache: RowCache[Row, str] = RowCache(lambda row: repr(row.key))
    assert cache.of(Row(("a", 1))) == "('a', 1)"
    assert cache.of(Row(("a", 2))) == "('a', 2)"


def test_oldest_content_leaves_first_when_full() -> None:
    calls: list[Hashable] = []
    cache: RowCache[Row, int] = RowCache(lambda row: calls.append(row.key) or len(calls), size=2)
    for key in (1, 2, 3, 1):
        cache.of(Row(key))
    assert calls == [1, 2, 3, 1]  # 1 was the oldest when 3 came


def test_replaced_customer_gets_a_new_etag_and_body(api: Api, customer_id: str) -> None:
    headers = api.bearer()
    base = "/api/v1/cs-integration/customers"
    body = {
        "customer_id": customer_id,
        "health_score": 80,
        "lifecycle_stage": "adoption",
        **METRICS,
    }
    assert api.request("POST", base, json=body, headers=headers).status_code == 201
    first = api.request("GET", f"{base}/{customer_id}", headers=headers)
    changed = {k: v for k, v in body.items() if k != "customer_id"}
    changed |= {"health_score": 30, "integration_status": STATUS}
    put = api.request("PUT", f"{base}/{customer_id}", json=changed, headers=headers)
    assert put.status_code == 200, put.text
    second = api.request("GET", f"{base}/{customer_id}", headers=headers)
    assert second.headers["ETag"] != first.headers["ETag"]
    assert second.headers["ETag"] == put.headers["ETag"]
    assert second.json()["health_score"] == 30 and second.json()["risk_level"] == "high"
