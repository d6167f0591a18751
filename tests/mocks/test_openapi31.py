"""OpenAPI 3.1 documents are validated and generated with JSON Schema 2020-12 semantics."""

from __future__ import annotations

import json
from typing import Any

import pytest

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t31", "version": "1"},
    "paths": {
        "/readings": {
            "post": {
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Reading"}}
                    },
                },
                "responses": {
                    "201": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Reading"}}
                        },
                    }
                },
            },
        },
        "/session": {
            "get": {
                "parameters": [
                    {
                        "name": "sid",
                        "in": "cookie",
                        "required": True,
                        "schema": {"type": "string", "minLength": 8},
                    }
                ],
                "responses": {"204": {"description": "ok"}},
            }
        },
    },
    "components": {
        "schemas": {
            "Reading": {
                "type": "object",
                "required": ["sensor", "value", "point", "unit"],
                "properties": {
                    "sensor": {"type": ["string", "null"]},
                    "value": {"type": "number", "exclusiveMinimum": 0},
                    "point": {
                        "type": "array",
                        "prefixItems": [{"type": "number"}, {"type": "number"}],
                        "items": False,
                        "minItems": 2,
                    },
                    "unit": {"const": "celsius"},
                },
                "unevaluatedProperties": False,
            }
        }
    },
}


@pytest.fixture
def client(write_spec, client_for):
    return client_for(write_spec(SPEC))


def test_31_keywords_validate_requests(client) -> None:
    good = {"sensor": None, "value": 0.5, "point": [1, 2], "unit": "celsius"}
    assert client.post("/readings", json=good).status_code == 201
    bad = {"sensor": 3, "value": 0, "point": [1, 2, 3], "unit": "kelvin", "extra": True}
    response = client.post("/readings", json=bad)
    assert response.status_code == 422
    locations = {v["location"] for v in response.json()["violations"]}
    assert {"/body/sensor", "/body/value", "/body/point/2", "/body/unit"} <= locations
    assert any(v["code"] == "unevaluatedproperties" for v in response.json()["violations"])


def test_31_generated_responses_validate(client) -> None:
    good = {"sensor": "s1", "value": 2, "point": [1, 2], "unit": "celsius"}
    for seed in range(10):
        response = client.post(
            "/readings", json=good, headers={"Prefer": f"dynamic=true, seed={seed}"}
        )
        assert response.status_code == 201
        assert "x-mock-violations" not in response.headers, response.headers["x-mock-violations"]
        body = response.json()
        assert body["unit"] == "celsius" and body["value"] > 0 and len(body["point"]) == 2


def test_cookie_parameters_are_validated(client) -> None:
    assert client.get("/session", headers={"Cookie": "sid=abcdefgh12"}).status_code == 204
    short = client.get("/session", headers={"Cookie": "sid=abc"})
    assert short.status_code == 422
    assert json.loads(short.content)["violations"][0]["location"] == "/cookie/sid"
    missing = client.get("/session")
    assert missing.json()["violations"][0]["message"] == "cookie parameter 'sid' is required"
