"""cs-integration (seeds 000 + 001): CS core and the marketing/sales/product/finance/ops APIs."""

from __future__ import annotations

from server.apis.catalog import ApiDefinition
from server.apis.cs_integration.errors import POLICY
from server.auth.principal import Caller
from server.middleware.ratelimit import Limit

# Seed 000: "Rate Limiting: 1000 requests/hour per domain": each client has a budget per
# domain, the first path segment (cs-integration, cs-marketing, ... cs-ops), as the spec's
# "Rate limits" decision says; anonymous callers are counted by address.
HOURLY = Limit(1000, 3600)


def limits(caller: Caller, path: str) -> Limit:
    """1000 requests per hour."""
    return HOURLY


def domain_of(path: str) -> str:
    """The domain a request path is counted against (its first segment after /api/v1)."""
    return path.removeprefix("/api/v1").strip("/").split("/", 1)[0]


API = ApiDefinition(
    name="cs-integration",
    spec_file="cs-integration.yaml",
    package="server.apis.cs_integration",
    base_path="/api/v1",
    prefixes=("/api/v1/cs-",),
    errors=POLICY,
    limits=limits,
    budget=domain_of,
)
