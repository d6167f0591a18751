"""Routing: base paths, several specs on one port, 404/405, HEAD, CORS."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.mocks.conftest import SHOP


def _spec(base: str, paths: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": base, "version": "1"},
        "servers": [{"url": f"https://api.example.com{base}"}],
        "paths": paths,
    }


def _get(value: Any) -> dict[str, Any]:
    return {
        "get": {
            "responses": {
                "200": {
                    "description": "ok",
                    "content": {"application/json": {"example": value}},
                }
            }
        }
    }


def test_two_specs_share_a_base_path(write_spec, client_for) -> None:
    one = write_spec(
        _spec("/api", {"/users/{id}": _get("user"), "/users/me": _get("me")}), "a.yaml"
    )
    two = write_spec(_spec("/api", {"/teams/{id}": _get("team")}), "b.yaml")
    client = client_for(one, two)
    assert client.get("/api/users/me").json() == "me"  # the concrete path beats the template
    assert client.get("/api/users/7").json() == "user"
    assert client.get("/api/teams/7").json() == "team"


def test_unknown_path_is_404_and_wrong_method_405(shop) -> None:
    assert shop.get("/shop/v1/nothing").status_code == 404
    response = shop.request("PUT", "/shop/v1/orders")
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, HEAD, POST"
    assert "PUT" in response.json()["error"]["message"]  # the API's own error format


def test_head_is_answered_from_get(shop) -> None:
    response = shop.request("HEAD", "/shop/v1/health")
    assert response.status_code == 200
    assert response.content == b""
    assert int(response.headers["content-length"]) > 0


def test_cors_preflight_and_headers(shop) -> None:
    preflight = shop.request(
        "OPTIONS",
        "/shop/v1/orders",
        headers={"Origin": "https://app.example", "Access-Control-Request-Method": "POST"},
    )
    assert preflight.status_code == 204
    assert "POST" in preflight.headers["access-control-allow-methods"]
    plain = shop.get("/shop/v1/health", headers={"Origin": "https://app.example"})
    assert plain.headers["access-control-allow-origin"] == "https://app.example"


def test_no_cors_turns_preflight_off(client_for) -> None:
    client = client_for(SHOP, cors=False)
    preflight = client.request(
        "OPTIONS",
        "/shop/v1/orders",
        headers={"Origin": "https://app.example", "Access-Control-Request-Method": "POST"},
    )
    assert preflight.status_code == 405
    assert "access-control-allow-origin" not in client.get("/shop/v1/health").headers


def test_routing_over_http(mock_process, write_spec, tmp_path: Path) -> None:
    one = write_spec(_spec("/api", {"/users/{id}": _get("user")}), "a.yaml")
    two = write_spec(_spec("/api", {"/teams/{id}": _get("team")}), "b.yaml")
    mock = mock_process(one, two)
    assert mock.client.get("/api/teams/1").json() == "team"
    assert mock.client.request("HEAD", "/api/users/1").status_code == 200
    assert mock.client.delete("/api/users/1").status_code == 405
