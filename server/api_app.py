"""One API as an ASGI app: a Connexion AsyncApp for its spec, wrapped in the shared middleware.

Outermost first: request id -> the API's own ``wrap`` (if any) -> rate limit -> body limit ->
method guard -> Connexion (routing, security, validation, handlers, this API's error handlers).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from connexion import AsyncApp
from connexion.options import SwaggerUIOptions
from starlette.types import ASGIApp

from server.apis.catalog import ApiDefinition
from server.auth.security import oauth_scopes_by_operation, security_map
from server.http.exceptions import AllowedMethods, install_error_handlers
from server.http.validation import validator_map
from server.middleware.body_limit import BodyLimitMiddleware
from server.middleware.method_guard import MethodGuardMiddleware
from server.middleware.metrics import RequestStatsMiddleware
from server.middleware.ratelimit import RateLimitMiddleware
from server.middleware.request_id import RequestIdMiddleware
from server.resolver import PendingResolver
from server.runtime import Runtime
from server.specvalidation import fast_spec_validation


def build_api_app(api: ApiDefinition, spec: Mapping[str, Any], runtime: Runtime) -> ASGIApp:
    """The complete ASGI app of ``api`` serving the bundled ``spec``."""
    settings = runtime.settings
    app = AsyncApp(
        api.package,
        validator_map=validator_map(),
        security_map=security_map(
            runtime.authenticator, oauth_scopes_by_operation(spec, api.package)
        ),
        # Specs and Swagger UI are served at the host root (server.docs), not per base path.
        swagger_ui_options=SwaggerUIOptions(serve_spec=False, swagger_ui=False),
    )
    with fast_spec_validation():
        app.add_api(
            dict(spec),
            base_path=api.base_path,
            # Operations without a handler yet answer 501 (after security and validation).
            resolver=PendingResolver(api.package),
            strict_validation=True,
            validate_responses=settings.validate_responses,
            pythonic_params=True,
        )
    allowed = AllowedMethods(spec, api.base_path)
    install_error_handlers(app, api.errors, allowed)
    wrapped: ASGIApp = MethodGuardMiddleware(app, api.errors, allowed)
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
