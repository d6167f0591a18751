"""Security: presence for every scheme, and validity and scopes for sandbox tokens."""

from __future__ import annotations

import base64
import json

import pytest

from tests.mocks.conftest import SHOP, AsgiClient

ORDER = {
    "customer": {"kind": "person", "name": "Ada", "email": "ada@example.com"},
    "items": [{"sku": "SKU-1", "quantity": 2}],
    "currency": "EUR",
}


def _token(client: AsgiClient, scope: str | None) -> str:
    form = {"grant_type": "client_credentials", "client_id": "partner-1"}
    if scope is not None:
        form["scope"] = scope
    response = client.post("/__sandbox/token", data=form)
    assert response.status_code == 200
    assert response.json()["token_type"] == "Bearer"
    return str(response.json()["access_token"])


def test_missing_credentials_is_401_in_the_apis_format(shop: AsgiClient) -> None:
    response = shop.get("/shop/v1/orders")
    assert response.status_code == 401
    assert "Bearer" in response.headers["www-authenticate"]
    assert "missing Bearer token" in response.json()["error"]["message"]


def test_any_bearer_token_passes_on_presence(shop: AsgiClient) -> None:
    response = shop.get("/shop/v1/orders", headers={"Authorization": "Bearer whatever"})
    assert response.status_code == 200


def test_alternatives_are_ored(shop: AsgiClient) -> None:
    # getOrder uses the global requirement: oauth OR apiKey.
    response = shop.get("/shop/v1/orders/ord_abc123", headers={"X-Api-Key": "key-1"})
    assert response.status_code == 200


def test_sandbox_token_scopes_are_enforced(shop: AsgiClient) -> None:
    reader = _token(shop, "orders:read")
    assert (
        shop.get("/shop/v1/orders", headers={"Authorization": f"Bearer {reader}"}).status_code
        == 200
    )
    response = shop.post(
        "/shop/v1/orders", json=ORDER, headers={"Authorization": f"Bearer {reader}"}
    )
    assert response.status_code == 403
    assert "orders:write" in response.json()["error"]["message"]
    writer = _token(shop, "orders:read orders:write")
    created = shop.post(
        "/shop/v1/orders", json=ORDER, headers={"Authorization": f"Bearer {writer}"}
    )
    assert created.status_code == 201


def test_token_without_scope_gets_every_declared_scope(shop: AsgiClient) -> None:
    token = _token(shop, None)
    created = shop.post("/shop/v1/orders", json=ORDER, headers={"Authorization": f"Bearer {token}"})
    assert created.status_code == 201


def test_tampered_sandbox_token_is_401(shop: AsgiClient) -> None:
    token = _token(shop, "orders:read")
    header, payload, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=="))
    claims["scope"] = "orders:read orders:write"
    forged = base64.urlsafe_b64encode(json.dumps(claims).encode()).decode().rstrip("=")
    response = shop.post(
        "/shop/v1/orders",
        json=ORDER,
        headers={"Authorization": f"Bearer {header}.{forged}.{signature}"},
    )
    assert response.status_code == 401
    assert "invalid" in response.json()["error"]["message"]


@pytest.mark.parametrize(
    ("header", "status"),
    [("Basic " + base64.b64encode(b"id:pw").decode(), 200), ("Basic bm9jb2xvbg==", 401)],
    ids=["valid-basic", "basic-without-colon"],
)
def test_basic_needs_id_and_password(write_spec, client_for, header: str, status: int) -> None:
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "b", "version": "1"},
        "components": {"securitySchemes": {"basic": {"type": "http", "scheme": "basic"}}},
        "security": [{"basic": []}],
        "paths": {"/x": {"get": {"responses": {"200": {"description": "ok"}}}}},
    }
    client = client_for(write_spec(spec))
    assert client.get("/x", headers={"Authorization": header}).status_code == status


def test_unknown_token_grant_is_rejected(shop: AsgiClient) -> None:
    response = shop.post("/__sandbox/token", data={"grant_type": "password"})
    assert response.status_code == 400
    assert response.json()["error"] == "unsupported_grant_type"


def test_scopes_over_http(mock_process) -> None:
    mock = mock_process(SHOP)
    token = mock.client.post(
        "/__sandbox/token",
        data={"grant_type": "client_credentials", "client_id": "p", "scope": "orders:read"},
    ).json()["access_token"]
    auth = {"Authorization": f"Bearer {token}"}
    assert mock.client.get("/shop/v1/orders", headers=auth).status_code == 200
    assert mock.client.post("/shop/v1/orders", json=ORDER, headers=auth).status_code == 403
    assert mock.client.get("/shop/v1/orders").status_code == 401
