"""Request validation: parameters, bodies, content types, every violation with its pointer."""

from __future__ import annotations

import json

from tests.mocks.conftest import SHOP, AsgiClient

AUTH = {"Authorization": "Bearer partner-token"}
ORDER = {
    "customer": {"kind": "person", "name": "Ada", "email": "ada@example.com"},
    "items": [{"sku": "SKU-1", "quantity": 2}],
    "currency": "EUR",
}


def _violations(response) -> list[dict[str, str]]:
    found: list[dict[str, str]] = json.loads(response.headers["x-mock-violations"])
    return found


def test_valid_body_gets_the_declared_success(shop: AsgiClient) -> None:
    response = shop.post("/shop/v1/orders", json=ORDER, headers=AUTH)
    assert response.status_code == 201
    assert response.json()["currency"]


def test_every_body_violation_is_reported_with_its_pointer(shop: AsgiClient) -> None:
    body = {**ORDER, "currency": "euro", "items": [], "couponCode": "ab"}
    del body["customer"]
    response = shop.post("/shop/v1/orders", json=body, headers=AUTH)
    assert response.status_code == 422
    locations = {v["location"] for v in _violations(response)}
    assert locations == {"/body/customer", "/body/currency", "/body/items", "/body/couponCode"}


def test_error_body_uses_the_operations_own_schema(shop: AsgiClient) -> None:
    response = shop.post("/shop/v1/orders", json={**ORDER, "currency": "euro"}, headers=AUTH)
    error = response.json()["error"]
    assert error["code"] in {"invalid", "unauthorized", "not_found", "error"}
    assert "/body/currency" in error["message"]
    assert error["details"] == [{"field": "/body/currency", "issue": error["details"][0]["issue"]}]
    assert "does not match" in error["details"][0]["issue"]
    assert response.headers["content-type"] == "application/json"


def test_discriminator_picks_the_branch_by_kind(shop: AsgiClient) -> None:
    company = {"kind": "company", "name": "Acme", "vatId": "DE123456789"}
    ok = shop.post("/shop/v1/orders", json={**ORDER, "customer": company}, headers=AUTH)
    assert ok.status_code == 201
    wrong = {"kind": "company", "name": "Acme", "email": "a@example.com"}
    bad = shop.post("/shop/v1/orders", json={**ORDER, "customer": wrong}, headers=AUTH)
    assert bad.status_code == 422


def test_nullable_and_read_only_in_requests(shop: AsgiClient) -> None:
    body = {**ORDER, "couponCode": None}
    assert shop.post("/shop/v1/orders", json=body, headers=AUTH).status_code == 201


def test_malformed_json_is_400(shop: AsgiClient) -> None:
    response = shop.post(
        "/shop/v1/orders",
        content=b"{nope",
        headers={**AUTH, "content-type": "application/json"},
    )
    assert response.status_code == 400
    assert _violations(response)[0]["location"] == "/body"


def test_undeclared_content_type_is_415(shop: AsgiClient) -> None:
    response = shop.post(
        "/shop/v1/orders", content=b"<a/>", headers={**AUTH, "content-type": "text/xml"}
    )
    assert response.status_code == 415
    assert "text/xml" in response.json()["error"]["message"]


def test_query_parameter_bounds_and_enums(shop: AsgiClient) -> None:
    response = shop.get("/shop/v1/orders?limit=500&status=open,lost", headers=AUTH)
    assert response.status_code == 400  # the operation declares 400, not 422
    locations = {v["location"] for v in _violations(response)}
    assert locations == {"/query/limit", "/query/status/1"}


def test_header_parameter_format(shop: AsgiClient) -> None:
    response = shop.get("/shop/v1/orders", headers={**AUTH, "X-Request-Id": "not-a-uuid"})
    assert response.status_code == 400
    assert _violations(response)[0]["location"] == "/header/X-Request-Id"


def test_path_parameter_pattern(shop: AsgiClient) -> None:
    response = shop.get("/shop/v1/orders/nope", headers=AUTH)
    assert response.status_code == 422  # only 404 and 4XX declared: the range answers
    assert _violations(response)[0]["location"] == "/path/orderId"


def test_form_body_is_coerced_and_validated(shop: AsgiClient) -> None:
    form = {"content-type": "application/x-www-form-urlencoded"}
    ok = shop.post(
        "/shop/v1/orders/ord_abc123/notes", content=b"text=hello&pinned=true", headers=form
    )
    assert ok.status_code == 204
    bad = shop.post(
        "/shop/v1/orders/ord_abc123/notes", content=b"text=hi&pinned=maybe", headers=form
    )
    assert bad.status_code == 422
    assert {v["location"] for v in bad.json()["violations"]} == {"/body/text", "/body/pinned"}
    assert bad.headers["content-type"] == "application/problem+json"


def test_label_and_deep_object_parameters(shop: AsgiClient) -> None:
    ok = shop.get("/shop/v1/products/.SKU-1?fields[lang]=de&fields[size]=3")
    assert ok.status_code == 200
    bad = shop.get("/shop/v1/products/.SKU-1?fields[lang]=fr&fields[size]=big")
    assert bad.headers["content-type"] == "application/problem+json"  # the declared default
    assert {v["location"] for v in _violations(bad)} == {
        "/query/fields/lang",
        "/query/fields/size",
    }


def test_invalid_request_over_http(mock_process) -> None:
    mock = mock_process(SHOP)
    response = mock.client.post("/shop/v1/orders", json={"currency": 1}, headers=AUTH)
    assert response.status_code == 422
    locations = {v["location"] for v in json.loads(response.headers["x-mock-violations"])}
    assert {"/body/currency", "/body/customer", "/body/items"} <= locations


def test_multipart_fields_are_validated(write_spec, client_for) -> None:
    schema = {
        "type": "object",
        "required": ["title", "count"],
        "properties": {"title": {"type": "string", "maxLength": 5}, "count": {"type": "integer"}},
    }
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "m", "version": "1"},
        "paths": {
            "/uploads": {
                "post": {
                    "requestBody": {"content": {"multipart/form-data": {"schema": schema}}},
                    "responses": {"204": {"description": "ok"}},
                }
            }
        },
    }
    client = client_for(write_spec(spec))
    ok = client.post("/uploads", data={"title": "cat", "count": "2"}, files={"f": b"x"})
    assert ok.status_code == 204
    bad = client.post("/uploads", data={"title": "too long", "count": "two"}, files={"f": b"x"})
    assert bad.status_code == 422
    assert {v["location"] for v in bad.json()["violations"]} == {"/body/title", "/body/count"}
