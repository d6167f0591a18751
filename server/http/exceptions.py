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
from starlette.responses import Response
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
        routes: list[tuple[tuple[int, ...], re.Pattern[str], list[str], int]] = []
        for path, item in spec.get("paths", {}).items():
            methods = sorted(m.upper() for m in item if m in HTTP_METHODS)
            if "GET" in methods and "HEAD" not in methods:
                methods.append("HEAD")
            # OpenAPI: concrete segments win over templated ones, left to right.
            specificity = tuple(int("{" in part) for part in path.strip("/").split("/"))
            template = base_path + path
            routes.append((specificity, compile_path(template)[0], methods, template.count("/")))
        routes.sort(key=lambda route: route[0])
        # A template's parameters never match a "/", so only templates with as many slashes
        # as the path can match it: grouping by that count spares most of the regexes.
        self._by_depth: dict[int, list[tuple[re.Pattern[str], list[str]]]] = {}
        for _, pattern, methods, depth in routes:
            self._by_depth.setdefault(depth, []).append((pattern, methods))

    def for_path(self, path: str) -> list[str]:
        """Every method declared for the most specific path template matching ``path``."""
        for pattern, methods in self._by_depth.get(path.count("/"), ()):
            if pattern.match(path):
                return methods
        return []


class ErrorRenderer:
    """Every exception an API's request can raise, as a response in that API's error format.

    Connexion's exception layer calls it (through :func:`install_error_handlers`) and so does
    the compiled request pipeline (``server.http.pipeline``), which must answer exactly as
    Connexion would for the same exception. The handler is chosen as Starlette chooses one:
    the first class of the exception's MRO that has a handler.
    """

    def __init__(self, policy: ErrorPolicy, allowed: AllowedMethods) -> None:
        self.policy = policy
        self.allowed = allowed
        self.handlers: dict[type[BaseException], Any] = {
            RequestViolationError: self.on_problem,
            ProblemException: self.on_problem,
            HTTPException: self.on_http,
            UnicodeDecodeError: self.on_bad_encoding,
            BodyTooLargeError: self.on_too_large,
            ServiceError: self.on_service_error,
            HandlerMissingError: self.on_missing,
            Exception: self.on_crash,
        }

    def response(self, exc: Exception, method: str, path: str) -> Response:
        """The error response for ``exc`` raised by ``method path``."""
        for kind in type(exc).__mro__:
            handler = self.handlers.get(kind)
            if handler is not None:
                failure: Failure = handler(exc, method, path)
                return self.policy.response(failure, path)
        raise exc

    def on_problem(self, exc: ProblemException, method: str, path: str) -> Failure:
        """Connexion's problems (400/401/403/415...) and our request violations."""
        violations: tuple[Violation, ...] = getattr(exc, "violations", ())
        if exc.status >= 500:
            log.error("%s %s: %s", method, path, exc.detail)
            detail = "The server failed to produce a valid response."
        else:
            detail = str(exc.detail or exc.title or "")
        headers = dict(exc.headers or {})
        if exc.status == 401:
            headers.setdefault("WWW-Authenticate", 'Bearer realm="apikit"')
        return Failure(exc.status, detail, violations=violations, headers=headers)

    def on_http(self, exc: HTTPException, method: str, path: str) -> Failure:
        """Starlette's HTTP exceptions: 403 scope, 404 unknown route, 405."""
        headers = dict(exc.headers or {})
        detail = str(exc.detail)
        if exc.status_code == 405:
            methods = self.allowed.for_path(path)
            headers["Allow"] = ", ".join(methods)
            detail = f"{method} is not allowed here; use {', '.join(methods)}."
        elif exc.status_code == 404 and self.allowed.for_path(path):
            # A path of a declared template the router still misses: a parameter holding a
            # line break, which Starlette's routes do not match. A bad parameter, not a 404.
            violation = Violation("path", "a path parameter contains a line break")
            return Failure(400, "Invalid path parameter.", violations=(violation,))
        elif exc.status_code == 404:
            detail = f"No resource at {path}."
        return Failure(exc.status_code, detail, headers=headers)

    def on_bad_encoding(self, exc: UnicodeDecodeError, method: str, path: str) -> Failure:
        """A request that is not UTF-8 where text was expected."""
        return Failure(
            400, "The request is not valid UTF-8.", violations=(Violation("body", str(exc)),)
        )

    def on_too_large(self, exc: BodyTooLargeError, method: str, path: str) -> Failure:
        """A streamed body past the limit."""
        return too_large(exc.limit)

    def on_service_error(self, exc: ServiceError, method: str, path: str) -> Failure:
        """A service refusing the request, mapped by the API."""
        if self.policy.service_errors is None:
            raise exc
        return self.policy.service_errors(exc)

    def on_missing(self, exc: HandlerMissingError, method: str, path: str) -> Failure:
        """An operation without a handler yet."""
        return Failure(501, f"{method} {path} is not implemented yet.")

    def on_crash(self, exc: Exception, method: str, path: str) -> Failure:
        """Anything else: logged with its traceback, answered 500."""
        log.exception("%s %s crashed", method, path, exc_info=exc)
        return Failure(500, "The server hit an unexpected error.")


def install_error_handlers(app: AsyncApp, renderer: ErrorRenderer) -> None:
    """Route every error of ``app`` through ``renderer``."""
    media_type = renderer.policy.format.media_type

    # Async, so Connexion calls it on the loop instead of sending it to a thread.
    async def handle(request: ConnexionRequest, exc: Exception) -> ConnexionResponse:
        response = renderer.response(exc, request.method, request.url.path)
        headers = {k: v for k, v in response.headers.items() if k not in _SET_BY_STARLETTE}
        return ConnexionResponse(
            status_code=response.status_code,
            mimetype=media_type,
            content_type=media_type,
            body=response.body,
            headers=headers,
        )

    for kind in renderer.handlers:
        app.add_error_handler(kind, handle)


#: Headers Starlette computes again when Connexion turns the reply into a response.
_SET_BY_STARLETTE = frozenset({"content-length", "content-type"})
