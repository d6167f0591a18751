"""The compiled mock for a set of specs: routing, security, validation, response selection.

One :class:`MockRuntime` is immutable once built; reloading builds a new one and the ASGI app
swaps its reference, so requests in flight finish on the runtime they started with.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

from mocks.generation import SchemaTooComplexError
from mocks.loading import LoadedSpec, load_spec
from mocks.operations import ApiSpec, Operation, deref
from mocks.problems import error_reply
from mocks.rendering import Reply
from mocks.request import MockRequest
from mocks.responder import BodyChoice, list_length, seed_for, success_reply
from mocks.routing import Router
from mocks.security import SecurityChecker, SecurityOutcome, identify
from mocks.selection import (
    Preferences,
    SelectionError,
    find_example,
    negotiate,
    read_preferences,
    select_response,
)
from mocks.settings import MockSettings
from mocks.stateful import StatefulSandbox
from mocks.store import ResourceStore
from mocks.tokens import TokenIssuer
from mocks.validation import Violation

log = logging.getLogger("apikit.mock")


class MockRuntime:
    """Everything needed to answer requests for the given specs."""

    def __init__(
        self,
        specs: list[LoadedSpec],
        settings: MockSettings,
        store: ResourceStore | None = None,
    ) -> None:
        self.settings = settings
        self.apis = [ApiSpec.compile(spec) for spec in specs]
        self.router = Router()
        self.tokens = TokenIssuer(settings.token_secret)
        self.checkers: dict[int, SecurityChecker] = {}
        for api in self.apis:
            schemes = (api.data.get("components") or {}).get("securitySchemes") or {}
            self.checkers[id(api)] = SecurityChecker(
                {name: _deref_scheme(api, s) for name, s in schemes.items()}, self.tokens
            )
            for operation in api.operations:
                self.router.add(operation.template, operation.method, operation)
        self._static: dict[tuple[int, str], Reply] = {}
        self.store = store if store is not None else ResourceStore()
        self.stateful = StatefulSandbox(self.apis, self.store) if settings.stateful else None

    @classmethod
    def from_paths(
        cls,
        paths: list[str | Path] | list[Path],
        settings: MockSettings,
        store: ResourceStore | None = None,
    ) -> MockRuntime:
        """Load and compile every spec file (keeping ``store``'s data across reloads)."""
        return cls([load_spec(path, settings.cache_dir) for path in paths], settings, store)

    @property
    def files(self) -> frozenset[Path]:
        """Every file the served specs were read from (for ``--watch``)."""
        return frozenset(f for api in self.apis for f in api.loaded.files)

    def api_for_path(self, path: str) -> ApiSpec | None:
        """The spec whose base path is the longest prefix of ``path``."""
        best = None
        for api in self.apis:
            base = api.loaded.base_path
            if (path == base or path.startswith(base + "/") or not base) and (
                best is None or len(base) > len(best.loaded.base_path)
            ):
                best = api
        return best

    async def handle(self, request: MockRequest) -> Reply:
        """Answer one request."""
        method = request.method
        route, params, allowed = self.router.match(request.path, method)
        head = False
        if route is None and method == "HEAD":
            route, params, allowed = self.router.match(request.path, "GET")
            head = route is not None
        if route is None:
            api = self.api_for_path(request.path)
            if allowed:
                allow = ", ".join(sorted({*allowed, *(["HEAD"] if "GET" in allowed else [])}))
                return error_reply(
                    None,
                    api,
                    [405],
                    "method-not-allowed",
                    "Method Not Allowed",
                    [
                        Violation(
                            "",
                            f"{method} is not allowed on {request.path}; allowed: {allow}",
                            "method",
                        )
                    ],
                    [("allow", allow)],
                )
            return error_reply(
                None,
                api,
                [404],
                "not-found",
                "Not Found",
                [Violation("", f"no operation matches {method} {request.path}", "path")],
            )
        operation: Operation = route.operations["GET" if head else method]
        request.path_params = params
        # For HEAD the app sends the headers (and Content-Length) of the GET answer, no body.
        return await self.handle_operation(operation, request)

    async def handle_operation(self, operation: Operation, request: MockRequest) -> Reply:
        """Security, validation, then the chosen response."""
        preferences = read_preferences(request)
        outcome = self.checkers[id(operation.api)].check(operation.security, request)
        if outcome.status:
            return self._refusal(operation, outcome)
        refusal = self.validate(operation, request)
        if refusal is not None:
            return refusal
        if preferences.delay_ms:
            await asyncio.sleep(min(preferences.delay_ms, 60_000) / 1000)
        if self.stateful is not None and preferences.code is None and preferences.example is None:
            principal = outcome.principal
            if principal == "anonymous":
                principal = identify(self.checkers[id(operation.api)], request)
            reply = self.stateful.handle(operation, request, principal)
            if reply is not None:
                return reply
        return self.respond(operation, request, preferences)

    def validate(self, operation: Operation, request: MockRequest) -> Reply | None:
        """The error reply for an invalid request, or ``None`` when it is valid."""
        validator = operation.validator
        body = validator.validate_body(request)
        if body.unsupported:
            declared = ", ".join(validator.body_validators) or "no body"
            return error_reply(
                operation,
                None,
                [415],
                "unsupported-media-type",
                "Unsupported Media Type",
                [
                    Violation(
                        "/header/Content-Type",
                        f"content type {request.media_type!r} is not accepted "
                        f"(declared: {declared})",
                        "content-type",
                    )
                ],
            )
        violations = validator.validate_params(request) + body.violations
        if not violations:
            return None
        statuses = [400, 422] if body.malformed else [422, 400]
        return error_reply(
            operation, None, statuses, "invalid-request", "Invalid request", violations
        )

    def respond(
        self, operation: Operation, request: MockRequest, preferences: Preferences
    ) -> Reply:
        """The success (or preferred) response of a valid request."""
        settings = self.settings
        dynamic = preferences.dynamic if preferences.dynamic is not None else settings.dynamic
        cacheable = not preferences.any and not dynamic
        accept = request.headers.get("accept")
        cache_key = (id(operation), accept or "")
        if cacheable:
            cached = self._static.get(cache_key)
            if cached is not None:
                return cached
        try:
            response, status = select_response(operation, preferences.code)
            media_type: str | None = None
            if preferences.example is not None:
                found = find_example(
                    operation, response if preferences.code else None, preferences.example
                )
                if found is None:
                    known = sorted(
                        {
                            n
                            for r in operation.responses.values()
                            for m in r.content.values()
                            for n in m.examples
                            if n
                        }
                    )
                    raise SelectionError(
                        404,
                        f"no example named {preferences.example!r} "
                        f"(known: {', '.join(known) or 'none'})",
                    )
                if found[0] is not response:
                    response = found[0]
                    key = response.key.upper()
                    status = (
                        int(key)
                        if key.isdigit()
                        else int(key[0]) * 100
                        if key[0].isdigit()
                        else status
                    )
                media_type = found[1]
            elif response.content:
                media_type = negotiate(accept, list(response.content))
                if media_type is None:
                    raise SelectionError(
                        406,
                        f"none of the declared media types ({', '.join(response.content)}) "
                        f"fits Accept: {accept}",
                    )
        except SelectionError as exc:
            slug = {404: "not-found", 406: "not-acceptable"}.get(exc.status, "no-response")
            return error_reply(operation, None, [exc.status], slug, exc.message, [])
        seed = preferences.seed if preferences.seed is not None else settings.seed
        # None: a dynamic body continues the process's random stream (fresh, not repeatable).
        rng_seed = seed_for(seed, request.method, request.path, request.query_string)
        choice = BodyChoice(preferences.example, dynamic, seed)
        try:
            reply = success_reply(
                operation,
                response,
                status,
                media_type,
                choice,
                rng_seed,
                list_length(request.query) if dynamic else None,
            )
        except SchemaTooComplexError:
            return error_reply(
                operation, None, [500], "schema-too-complex", "Schema too complex to generate", []
            )
        if cacheable:
            self._static[cache_key] = reply
        return reply

    def _refusal(self, operation: Operation, outcome: SecurityOutcome) -> Reply:
        headers = [("www-authenticate", outcome.challenge)] if outcome.challenge else []
        title = "Unauthorized" if outcome.status == 401 else "Forbidden"
        return error_reply(
            operation,
            None,
            [outcome.status],
            title.lower(),
            title,
            [Violation("/header/Authorization", outcome.message, "security")],
            headers,
        )


def _deref_scheme(api: ApiSpec, scheme: Any) -> Any:
    return deref(api.data, scheme)
