"""One API as an ASGI app: a Connexion AsyncApp for its spec, wrapped in the shared middleware.

Outermost first: request id -> the API's own ``wrap`` (if any) -> rate limit -> body limit ->
method guard -> the compiled pipeline (requests Connexion would accept) or Connexion (routing,
security, validation, handlers, this API's error handlers) for every other request.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from connexion import AsyncApp
from connexion.middleware import ConnexionMiddleware
from connexion.middleware.lifespan import LifespanMiddleware
from connexion.middleware.response_validation import ResponseValidationMiddleware
from connexion.middleware.swagger_ui import SwaggerUIMiddleware
from connexion.options import SwaggerUIOptions
from starlette.types import ASGIApp

from server.apis.catalog import ApiDefinition
from server.auth.security import oauth_scopes_by_operation, security_map
from server.http.exceptions import AllowedMethods, ErrorRenderer, install_error_handlers
from server.http.pipeline import compile_pipeline
from server.http.validation import validator_map
from server.inline import InlineResolver
from server.middleware.body_limit import BodyLimitMiddleware
from server.middleware.method_guard import MethodGuardMiddleware
from server.middleware.metrics import RequestStatsMiddleware
from server.middleware.ratelimit import RateLimitMiddleware
from server.middleware.request_id import RequestIdMiddleware
from server.resolver import PendingResolver
from server.runtime import Runtime
from server.specvalidation import fast_spec_validation


def connexion_layers(validate_responses: bool) -> list[Any]:
    """Connexion's default middleware stack without the layers an API app never uses.

    Specs and Swagger UI are served at the host root (server.docs) and the dispatcher sends
    lifespan events to the root app, so the Swagger UI router and the lifespan layer only
    cost a hop per request; response validation is a layer only when it is on.
    """
    unused: set[type] = {SwaggerUIMiddleware, LifespanMiddleware}
    if not validate_responses:
        unused.add(ResponseValidationMiddleware)
    return [m for m in ConnexionMiddleware.default_middlewares if m not in unused]


def build_api_app(api: ApiDefinition, spec: Mapping[str, Any], runtime: Runtime) -> ASGIApp:
    """The complete ASGI app of ``api`` serving the bundled ``spec``."""
    settings = runtime.settings
    # SQLite queries run in-process: a thread hop per request costs more than it gives.
    inline = runtime.database.engine.dialect.name == "sqlite"
    resolver = InlineResolver(api.package) if inline else PendingResolver(api.package)
    api_key_scopes = oauth_scopes_by_operation(spec, api.package)
    app = AsyncApp(
        api.package,
        middlewares=connexion_layers(settings.validate_responses),
        validator_map=validator_map(),
        security_map=security_map(runtime.authenticator, api_key_scopes),
        # Specs and Swagger UI are served at the host root (server.docs), not per base path.
        swagger_ui_options=SwaggerUIOptions(serve_spec=False, swagger_ui=False),
    )
    with fast_spec_validation():
        app.add_api(
            dict(spec),
            base_path=api.base_path,
            # Operations without a handler yet answer 501 (after security and validation).
            resolver=resolver,
            strict_validation=True,
            validate_responses=settings.validate_responses,
            pythonic_params=True,
        )
    allowed = AllowedMethods(spec, api.base_path)
    renderer = ErrorRenderer(api.errors, allowed)
    install_error_handlers(app, renderer)
    served: ASGIApp = app
    if not settings.validate_responses:
        # Requests Connexion would accept skip its per-request layers; all others reach it.
        served = compile_pipeline(
            app, api.base_path, runtime.authenticator, api_key_scopes, renderer
        )
    wrapped: ASGIApp = MethodGuardMiddleware(served, api.errors, allowed)
    wrapped = BodyLimitMiddleware(wrapped, api.errors, settings.max_body_bytes)
    if settings.rate_limits_enabled:
        wrapped = RateLimitMiddleware(
            wrapped,
            api.errors,
            api.rate_policy(settings.rate_limit_overrides.get(api.name)),
            runtime.authenticator.caller,
        )
    wrapped = RequestStatsMiddleware(wrapped, runtime.stats_of(api.name), api.budget)
    if api.wrap is not None:
        wrapped = api.wrap(wrapped, runtime)
    return RequestIdMiddleware(wrapped, api.name)
