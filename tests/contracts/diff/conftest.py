"""Fixtures for the diff tests: a minimal spec and a way to diff two versions of it."""

from __future__ import annotations

import copy
import datetime
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from contracts.diff import DiffResult, diff_sides, load_side

Spec = dict[str, Any]
TODAY = datetime.date(2026, 6, 1)


def minimal_spec() -> Spec:
    """One resource with a read and an update: every rule's mutation starts from here."""
    return {
        "openapi": "3.0.3",
        "info": {"title": "Pets", "version": "1.0.0"},
        "servers": [{"url": "https://api.example.test/v1"}],
        "security": [{"oauth": ["read"]}],
        "paths": {
            "/pets/{petId}": {
                "get": {
                    "operationId": "getPet",
                    "summary": "Read a pet",
                    "parameters": [
                        {
                            "name": "petId",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        },
                        {"name": "q", "in": "query", "schema": {"type": "string"}},
                    ],
                    "responses": {
                        "200": {
                            "description": "The pet",
                            "headers": {
                                "X-Value": {"schema": {"type": "string"}},
                                "X-Rate": {"required": True, "schema": {"type": "integer"}},
                            },
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}
                            },
                        },
                        "404": {"description": "No such pet"},
                    },
                },
                "put": {
                    "operationId": "updatePet",
                    "parameters": [
                        {
                            "name": "petId",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        },
                    ],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/PetInput"}
                            }
                        },
                    },
                    "responses": {"204": {"description": "Updated"}},
                    "callbacks": {
                        "onUpdate": {
                            "{$request.body#/callbackUrl}": {
                                "post": {
                                    "requestBody": {
                                        "content": {
                                            "application/json": {
                                                "schema": {"$ref": "#/components/schemas/Event"}
                                            }
                                        }
                                    },
                                    "responses": {
                                        "200": {
                                            "description": "Acknowledged",
                                            "content": {
                                                "application/json": {
                                                    "schema": {"$ref": "#/components/schemas/Ack"}
                                                }
                                            },
                                        }
                                    },
                                }
                            }
                        }
                    },
                },
            }
        },
        "components": {
            "schemas": {
                "Pet": {
                    "type": "object",
                    "required": ["id", "name"],
                    "properties": {
                        "id": {"type": "string"},
                        "name": {"type": "string"},
                        "value": {"type": "string"},
                    },
                },
                "Event": {"type": "object", "properties": {"value": {"type": "string"}}},
                "Ack": {"type": "object", "properties": {"value": {"type": "string"}}},
                "PetInput": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {
                        "name": {"type": "string"},
                        "value": {"type": "string"},
                    },
                },
            },
            "securitySchemes": {
                "oauth": {
                    "type": "oauth2",
                    "flows": {
                        "clientCredentials": {
                            "tokenUrl": "https://auth.example.test/token",
                            "scopes": {"read": "Read", "write": "Write"},
                        }
                    },
                },
                "key": {"type": "apiKey", "in": "header", "name": "X-Key"},
            },
        },
    }


def write(path: Path, spec: Spec) -> Path:
    """Write ``spec`` as YAML at ``path`` (creating folders)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return path


@pytest.fixture
def spec() -> Spec:
    """A fresh copy of the minimal spec."""
    return copy.deepcopy(minimal_spec())


DiffFn = Callable[[Spec, Spec], DiffResult]


@pytest.fixture
def diff(tmp_path: Path) -> DiffFn:
    """Diff two spec dicts written to files (base.yaml, head.yaml)."""

    def run(base: Spec, head: Spec) -> DiffResult:
        write(tmp_path / "base" / "api.yaml", base)
        write(tmp_path / "head" / "api.yaml", head)
        return diff_sides(
            load_side("base/api.yaml", cwd=tmp_path),
            load_side("head/api.yaml", cwd=tmp_path),
            today=TODAY,
        )

    return run
