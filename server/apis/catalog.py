"""The APIs the server can serve: spec file, base path, routing prefix, errors and rate limits."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from starlette.types import ASGIApp

from server.auth.principal import Caller
from server.http.errorformats import ErrorPolicy
from server.middleware.ratelimit import Limit, RatePolicy

if TYPE_CHECKING:
    from server.runtime import Runtime


@dataclass(frozen=True)
class ApiDefinition:
    """One API: where its spec is, where it is mounted, how it reports errors and limits calls.

    ``prefixes`` are the path prefixes the dispatcher sends to this API (longest wins), so
    two APIs may share a base path as long as their prefixes differ. ``wrap``, when set,
    wraps the API's app (rate limit included) just inside the request-id middleware.
    """

    name: str
    spec_file: str
    package: str
    base_path: str
    prefixes: tuple[str, ...]
    errors: ErrorPolicy
    limits: Callable[[Caller, str], Limit]
    #: Splits one client's budget further, by path (cs APIs count each domain on its own).
    budget: Callable[[str], str] = lambda path: ""
    extra_spec_names: tuple[str, ...] = ()
    #: API-specific middleware around everything but the request id (cs-cross-domain's audit).
    wrap: Callable[[ASGIApp, Runtime], ASGIApp] | None = None

    def rate_policy(self, override: str | None) -> RatePolicy:
        """Buckets per client within this API; ``override`` ("N/seconds") replaces the limits."""
        fixed = Limit.parse(override) if override else None

        def policy(caller: Caller, path: str) -> tuple[str, Limit]:
            limit = fixed or self.limits(caller, path)
            return f"{self.name}:{caller.key}:{limit.window_seconds}:{self.budget(path)}", limit

        return policy


#: Packages defining ``API: ApiDefinition``, in mounting order.
API_PACKAGES = (
    "server.apis.cs_integration",
    "server.apis.cs_cross_domain",
    "server.apis.event_platform",
    "server.apis.platform_integrations",
)


def all_apis() -> list[ApiDefinition]:
    """Every API definition (whether or not its spec file exists yet)."""
    found: list[ApiDefinition] = []
    for package in API_PACKAGES:
        module = importlib.import_module(package)
        definition: ApiDefinition = module.API
        found.append(definition)
    return found
