"""POST /auth/token: OAuth 2.0 client credentials with RFC 6749 errors."""

from __future__ import annotations

import base64

import jwt

from tests.server.conftest import Api


def basic(client_id: str, secret: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{client_id}:{secret}".encode()).decode()}


def test_client_secret_basic_issues_a_jwt_with_rfc9068_claims(api: Api) -> None:
    client_id, secret = api.client(["customers.read"], customer_id="cust_1")
    response = api.request(
        "POST",
        "/auth/token",
        data={"grant_type": "client_credentials"},
        headers=basic(client_id, secret),
    )
    assert response.status_code == 200
    assert response.headers["cache-control"] == "no-store"
    body = response.json()
    assert body["token_type"] == "Bearer"
    assert body["scope"] == "customers.read"
    claims = jwt.decode(body["access_token"], options={"verify_signature": False})
    assert {"iss", "sub", "aud", "exp", "iat", "jti", "scope", "client_id"} <= set(claims)
    assert claims["client_id"] == claims["sub"] == client_id
    assert claims["customer_id"] == "cust_1"


def test_client_secret_post_issues_a_token(api: Api) -> None:
    client_id, secret = api.client(["customers.read", "customers.write"])
    response = api.request(
        "POST",
        "/auth/token",
        data={
            "grant_type": "client_credentials",
            "client_id": client_id,
            "client_secret": secret,
            "scope": "customers.read",
        },
    )
    assert response.status_code == 200
    assert response.json()["scope"] == "customers.read"


def test_bad_secret_is_401_invalid_client(api: Api) -> None:
    client_id, _ = api.client(["customers.read"])
    response = api.request(
        "POST",
        "/auth/token",
        data={"grant_type": "client_credentials"},
        headers=basic(client_id, "nope"),
    )
    assert response.status_code == 401
    assert response.json()["error"] == "invalid_client"
    assert response.headers["www-authenticate"].startswith("Basic")


def test_unknown_client_is_401_invalid_client(api: Api) -> None:
    response = api.request(
        "POST",
        "/auth/token",
        data={"grant_type": "client_credentials", "client_id": "cl_x", "client_secret": "y"},
    )
    assert response.status_code == 401
    assert response.json()["error"] == "invalid_client"


def test_other_grant_types_are_unsupported(api: Api) -> None:
    client_id, secret = api.client(["customers.read"])
    response = api.request(
        "POST", "/auth/token", data={"grant_type": "password"}, headers=basic(client_id, secret)
    )
    assert response.status_code == 400
    assert response.json()["error"] == "unsupported_grant_type"


def test_scope_beyond_the_client_is_invalid_scope(api: Api) -> None:
    client_id, secret = api.client(["customers.read"])
    response = api.request(
        "POST",
        "/auth/token",
        data={"grant_type": "client_credentials", "scope": "customers.write"},
        headers=basic(client_id, secret),
    )
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_scope"


def test_two_client_authentication_methods_are_invalid_request(api: Api) -> None:
    client_id, secret = api.client(["customers.read"])
    response = api.request(
        "POST",
        "/auth/token",
        data={"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret},
        headers=basic(client_id, secret),
    )
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_request"


def test_json_body_is_invalid_request(api: Api) -> None:
    response = api.request("POST", "/auth/token", json={"grant_type": "client_credentials"})
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_request"
