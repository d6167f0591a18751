"""Response selection: status fallbacks, Prefer and __ query forms, examples, Accept, delay."""

from __future__ import annotations

import json
import time

from tests.mocks.conftest import SHOP, AsgiClient

AUTH = {"Authorization": "Bearer partner-token"}
ORDER_PATH = "/shop/v1/orders/ord_abc123"


def test_lowest_2xx_is_the_default_answer(shop: AsgiClient) -> None:
    response = shop.get(ORDER_PATH, headers=AUTH)
    assert response.status_code == 200
    assert response.json()["id"] == "ord_abc123"  # first named example


def test_2xx_range_is_answered_as_200(shop: AsgiClient) -> None:
    response = shop.get("/shop/v1/health")
    assert (response.status_code, response.json()) == (200, {"status": "ok"})


def test_prefer_example_picks_the_named_example(shop: AsgiClient) -> None:
    response = shop.get(ORDER_PATH, headers={**AUTH, "Prefer": "example=open"})
    assert response.json()["id"] == "ord_def456"
    query = shop.get(ORDER_PATH + "?__example=open", headers=AUTH)
    assert query.json()["id"] == "ord_def456"


def test_unknown_example_is_a_clear_404(shop: AsgiClient) -> None:
    response = shop.get(ORDER_PATH, headers={**AUTH, "Prefer": "example=nope"})
    assert response.status_code == 404
    message = response.json()["error"]["message"]
    assert "nope" in message and "open" in message and "paid" in message


def test_prefer_code_uses_exact_then_range(shop: AsgiClient) -> None:
    exact = shop.get(ORDER_PATH, headers={**AUTH, "Prefer": "code=404"})
    assert exact.status_code == 404
    assert set(exact.json()) == {"error"}
    ranged = shop.get(ORDER_PATH + "?__code=409", headers=AUTH)
    assert ranged.status_code == 409
    missing = shop.get(ORDER_PATH, headers={**AUTH, "Prefer": "code=503"})
    assert missing.status_code == 404
    assert "503" in missing.json()["error"]["message"]


def test_query_form_beats_prefer_header(shop: AsgiClient) -> None:
    response = shop.get(ORDER_PATH + "?__example=open", headers={**AUTH, "Prefer": "example=paid"})
    assert response.json()["id"] == "ord_def456"


def test_dynamic_with_seed_is_deterministic_and_varies_by_seed(shop: AsgiClient) -> None:
    first = shop.get(ORDER_PATH, headers={**AUTH, "Prefer": "dynamic=true, seed=7"})
    again = shop.get(ORDER_PATH, headers={**AUTH, "Prefer": "dynamic=true, seed=7"})
    other = shop.get(ORDER_PATH, headers={**AUTH, "Prefer": "dynamic=true, seed=8"})
    assert first.content == again.content
    assert first.content != other.content
    assert first.json()["id"] != "ord_abc123"
    assert "x-mock-violations" not in first.headers


def test_accept_negotiates_declared_media_types(shop: AsgiClient) -> None:
    xml = shop.get(
        ORDER_PATH, headers={**AUTH, "Accept": "application/json;q=0.5, application/xml"}
    )
    assert xml.headers["content-type"] == "application/xml"
    assert xml.text.startswith("<?xml")
    refused = shop.get(ORDER_PATH, headers={**AUTH, "Accept": "image/png"})
    assert refused.status_code == 406
    wildcard = shop.get(ORDER_PATH, headers={**AUTH, "Accept": "*/*"})
    assert wildcard.headers["content-type"] == "application/json"


def test_declared_response_headers_are_set_with_valid_values(shop: AsgiClient) -> None:
    response = shop.get("/shop/v1/orders", headers=AUTH)
    assert int(response.headers["x-total-count"]) >= 0


def test_location_on_201(shop: AsgiClient) -> None:
    body = {
        "customer": {"kind": "person", "name": "Ada", "email": "ada@example.com"},
        "items": [{"sku": "SKU-1", "quantity": 2}],
        "currency": "EUR",
    }
    response = shop.post("/shop/v1/orders", json=body, headers=AUTH)
    assert response.status_code == 201
    assert response.headers["location"].startswith("http")


def test_prefer_delay(shop: AsgiClient) -> None:
    started = time.perf_counter()
    shop.get("/shop/v1/health", headers={"Prefer": "delay=300"})
    assert time.perf_counter() - started >= 0.3


def test_selection_over_http(mock_process) -> None:
    mock = mock_process(SHOP)
    response = mock.client.get(ORDER_PATH, headers={**AUTH, "Prefer": "example=open"})
    assert response.json()["id"] == "ord_def456"
    missing = mock.client.get(ORDER_PATH, headers={**AUTH, "Prefer": "example=zzz"})
    assert missing.status_code == 404
    assert json.loads(missing.content)["error"]["message"]
