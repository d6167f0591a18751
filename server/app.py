"""``create_app(settings)``: the four APIs, the token endpoint and the docs as one ASGI app."""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp

from contracts.workspace import Workspace, bundle
from server.api_app import build_api_app
from server.apis.catalog import ApiDefinition, all_apis
from server.auth.endpoint import jwks_endpoint, token_endpoint
from server.dispatch import ApiDispatcher
from server.docs import doc_routes
from server.runtime import Runtime
from server.settings import Settings
from server.webhooks.dispatcher import start_dispatcher

log = logging.getLogger("apikit.server")


def served_apis(settings: Settings) -> list[tuple[ApiDefinition, dict[str, Any]]]:
    """Every API whose spec file exists, with its bundled spec."""
    found = []
    workspace = Workspace()  # shared, so specs/common/*.yaml is parsed once for all four
    for api in all_apis():
        path = settings.specs_dir / api.spec_file
        if path.exists():
            found.append((api, bundle(path, workspace)))
        else:
            log.warning("%s: %s not found, not served", api.name, path)
    return found


def create_app(settings: Settings, *, migrate: bool = True) -> ApiDispatcher:
    """The whole server; migrates the database first unless ``migrate`` is false."""
    runtime = Runtime.start(settings, migrate=migrate)
    apis = served_apis(settings)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        dispatcher = start_dispatcher(runtime.database, settings)
        # Start-up leaves hundreds of thousands of long-lived objects (specs, compiled
        # validators, Connexion's operations); without this every full collection walks them
        # all again, which showed as ~100 ms stalls in the p99 under load.
        gc.collect()
        gc.freeze()
        yield
        if dispatcher is not None:
            await asyncio.to_thread(dispatcher.stop)
        runtime.close()

    async def not_found(request: Request, exc: Exception) -> Response:
        return JSONResponse(
            {
                "type": "about:blank",
                "title": "Not Found",
                "status": 404,
                "detail": f"No API is served at {request.url.path}.",
            },
            status_code=404,
            media_type="application/problem+json",
        )

    root = Starlette(
        routes=[
            Route("/auth/token", token_endpoint, methods=["POST"]),
            Route("/.well-known/jwks.json", jwks_endpoint, methods=["GET"]),
            *doc_routes(
                {api.name: spec for api, spec in apis},
                {alias: api.name for api, _ in apis for alias in api.extra_spec_names},
            ),
        ],
        exception_handlers={404: not_found},
        lifespan=lifespan,
    )
    root.state.runtime = runtime
    routes: list[tuple[str, ASGIApp]] = []
    for api, spec in apis:
        runtime.api_versions[api.name] = str(spec["info"]["version"])
        app = build_api_app(api, spec, runtime)
        routes.extend((prefix, app) for prefix in api.prefixes)
    return ApiDispatcher(routes, root, runtime)


def app_from_env() -> ApiDispatcher:
    """uvicorn factory for worker processes: settings from the environment, already migrated."""
    return create_app(Settings.from_env(), migrate=False)
