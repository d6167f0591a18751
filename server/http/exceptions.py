"""Every exception inside a Connexion app rendered in that API's error format.

Connexion raises ``ProblemException`` subclasses (400/401/415/500), plain Starlette
``HTTPException`` (403 scope, 404 unknown route, 405) and lets handler crashes through; it
also answers 500 on non-UTF-8 bodies and lists only the first route's methods in ``Allow``
(see the engines notes). All of them end up here, as :class:`Failure` values.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from typing import Any

from connexion import AsyncApp
from connexion.exceptions import ProblemException
from connexion.lifecycle import ConnexionRequest, ConnexionResponse
from starlette.exceptions import HTTPException
from starlette.routing import compile_path

from server.auth.security import HTTP_METHODS
from server.http.errorformats import ErrorPolicy
from server.http.failure import Failure, Violation
from server.http.validation import RequestViolationError
from server.middleware.body_limit import BodyTooLargeError, too_large
from server.resolver import HandlerMissingError
from server.services.errors import ServiceError

log = logging.getLogger("apikit.errors")


class AllowedMethods:
    """The methods each path of a spec declares, for a truthful ``Allow`` header on 405."""

    def __init__(self, spec: Mapping[str, Any], base_path: str) -> None:
        routes: list[tuple[tuple[int, ...], re.Pattern[str], list[str]]] = []
        for path, item in spec.get("paths", {}).items():
            methods = sorted(m.upper() for m in item if m in HTTP_METHODS)
            if "GET" in methods and "HEAD" not in methods:
                methods.append("HEAD")
            # OpenAPI: concrete segments win over templated ones, left to right.
            specificity = tuple(int("{" in part) for part in path.strip("/").split("/"))
            routes.append((specificity, compile_path(base_path + path)[0], methods))
        routes.sort(key=lambda route: route[0])
        self._routes = [(pattern, methods) for _, pattern, methods in routes]

    def for_path(self, path: str) -> list[str]:
        """Every method declared for the most specific path template matching ``path``."""
        for pattern, methods in self._routes:
            if pattern.match(path):
                return methods
        return []


def install_error_handlers(app: AsyncApp, policy: ErrorPolicy, allowed: AllowedMethods) -> None:
    """Route every error of ``app`` through ``policy``."""

    def reply(request: ConnexionRequest, failure: Failure) -> ConnexionResponse:
        response = policy.response(failure, request.url.path)
        return ConnexionResponse(
            status_code=response.status_code,
            mimetype=policy.format.media_type,
            content_type=policy.format.media_type,
            body=response.body,
            headers=dict(failure.headers),
        )

    def on_problem(request: ConnexionRequest, exc: ProblemException) -> ConnexionResponse:
        violations: tuple[Violation, ...] = getattr(exc, "violations", ())
        if exc.status >= 500:
            log.error("%s %s: %s", request.method, request.url.path, exc.detail)
            detail = "The server failed to produce a valid response."
        else:
            detail = str(exc.detail or exc.title or "")
        headers = dict(exc.headers or {})
        if exc.status == 401:
            headers.setdefault("WWW-Authenticate", 'Bearer realm="apikit"')
        return reply(request, Failure(exc.status, detail, violations=violations, headers=headers))

    def on_http(request: ConnexionRequest, exc: HTTPException) -> ConnexionResponse:
        headers = dict(exc.headers or {})
        detail = str(exc.detail)
        if exc.status_code == 405:
            methods = allowed.for_path(request.url.path)
            headers["Allow"] = ", ".join(methods)
            detail = f"{request.method} is not allowed here; use {', '.join(methods)}."
        elif exc.status_code == 404 and allowed.for_path(request.scope["path"]):
            # A path of a declared template the router still misses: a parameter holding a
            # line break, which Starlette's routes do not match. A bad parameter, not a 404.
            violation = Violation("path", "a path parameter contains a line break")
            failure = Failure(400, "Invalid path parameter.", violations=(violation,))
            return reply(request, failure)
        elif exc.status_code == 404:
            detail = f"No resource at {request.url.path}."
        return reply(request, Failure(exc.status_code, detail, headers=headers))

    def on_bad_encoding(request: ConnexionRequest, exc: UnicodeDecodeError) -> ConnexionResponse:
        failure = Failure(
            400, "The request is not valid UTF-8.", violations=(Violation("body", str(exc)),)
        )
        return reply(request, failure)

    def on_too_large(request: ConnexionRequest, exc: BodyTooLargeError) -> ConnexionResponse:
        return reply(request, too_large(exc.limit))

    def on_service_error(request: ConnexionRequest, exc: ServiceError) -> ConnexionResponse:
        if policy.service_errors is None:
            raise exc
        return reply(request, policy.service_errors(exc))

    def on_missing(request: ConnexionRequest, exc: HandlerMissingError) -> ConnexionResponse:
        return reply(
            request, Failure(501, f"{request.method} {request.url.path} is not implemented yet.")
        )

    def on_crash(request: ConnexionRequest, exc: Exception) -> ConnexionResponse:
        log.exception("%s %s crashed", request.method, request.url.path, exc_info=exc)
        return reply(request, Failure(500, "The server hit an unexpected error."))

    app.add_error_handler(RequestViolationError, on_problem)
    app.add_error_handler(ProblemException, on_problem)
    app.add_error_handler(HTTPException, on_http)
    app.add_error_handler(UnicodeDecodeError, on_bad_encoding)
    app.add_error_handler(BodyTooLargeError, on_too_large)
    app.add_error_handler(ServiceError, on_service_error)
    app.add_error_handler(HandlerMissingError, on_missing)
    app.add_error_handler(Exception, on_crash)
