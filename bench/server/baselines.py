"""The two baselines of the server benchmark, served by uvicorn with one worker.

Both hold customers in a dict and answer the same two operations of
``specs/cs-integration.yaml`` with the same JSON:

* ``starlette``: bare Starlette routes, no validation (the Python ceiling);
* ``connexion``: a Connexion 3 ``AsyncApp`` with default settings (request validation on)
  over the two operations of the bundled spec, security removed, with the same handlers.

    python -m bench.server.baselines starlette|connexion PORT
"""

from __future__ import annotations

import importlib
import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import uvicorn

from contracts.workspace import bundle

ROOT = Path(__file__).resolve().parents[2]
BASE = "/api/v1"
COLLECTION = "/cs-integration/customers"
ITEM = "/cs-integration/customers/{customer_id}"

CUSTOMERS: dict[str, dict[str, Any]] = {}


def _stored(body: dict[str, Any]) -> dict[str, Any]:
    customer_id = body.get("customer_id") or f"cust_{uuid.uuid4().hex[:12]}"
    score = int(body.get("health_score", 50))
    record = {
        "customer_id": customer_id,
        "health_score": score,
        "health_trend": "stable",
        "risk_level": "low" if score >= 75 else "medium" if score >= 50 else "high",
        "lifecycle_stage": body.get("lifecycle_stage", "onboarding"),
        "success_metrics": body.get("success_metrics", {}),
        "integration_status": body.get("integration_status", {}),
        "last_updated": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    CUSTOMERS[customer_id] = record
    return record


# Connexion needs the media type named when an operation declares several (JSON, problem+json).
JSON_TYPE = {"Content-Type": "application/json"}


async def get_customer(customer_id: str) -> tuple[dict[str, Any], int, dict[str, str]]:
    """The Connexion handler of GET by id."""
    found = CUSTOMERS.get(customer_id)
    if found is None:
        return {"title": "Not Found", "status": 404}, 404, JSON_TYPE
    return found, 200, JSON_TYPE


async def create_customer(body: dict[str, Any]) -> tuple[dict[str, Any], int, dict[str, str]]:
    """The Connexion handler of create."""
    return _stored(body), 201, JSON_TYPE


def starlette_app() -> Any:
    """Bare Starlette: the same JSON, no validation."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    async def get_one(request: Request) -> JSONResponse:
        body, status, _ = await get_customer(request.path_params["customer_id"])
        return JSONResponse(body, status)

    async def create(request: Request) -> JSONResponse:
        body, status, _ = await create_customer(await request.json())
        return JSONResponse(body, status)

    return Starlette(
        routes=[
            Route(BASE + ITEM, get_one, methods=["GET"]),
            Route(BASE + COLLECTION, create, methods=["POST"]),
        ]
    )


def connexion_app() -> Any:
    """Plain Connexion: the spec's two operations, default options, the same handlers."""
    from connexion import AsyncApp

    spec = bundle(ROOT / "specs" / "cs-integration.yaml")
    paths = {
        COLLECTION: {"post": spec["paths"][COLLECTION]["post"]},
        ITEM: {"get": spec["paths"][ITEM]["get"]},
    }
    for item in paths.values():
        for operation in item.values():
            operation.pop("security", None)
            operation["operationId"] = (
                f"bench.server.baselines.{operation['operationId'].split('.')[-1]}"
            )
            operation.pop("callbacks", None)
            for response in operation["responses"].values():
                response.pop("links", None)
    spec["paths"] = paths
    spec.pop("security", None)
    app = AsyncApp(__name__)
    app.add_api(spec, base_path=BASE)
    return app


def main() -> None:
    """Serve one baseline on 127.0.0.1."""
    kind, port = sys.argv[1], int(sys.argv[2])
    # Connexion imports its handlers by module name: use that module, not ``__main__``.
    module = importlib.import_module("bench.server.baselines")
    module._stored({"customer_id": "cust_12345", "health_score": 85, "lifecycle_stage": "adoption"})
    app = module.starlette_app() if kind == "starlette" else module.connexion_app()
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


if __name__ == "__main__":
    main()
