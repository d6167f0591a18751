"""platform-integrations (seed 004): Iterable, Customer.io and Keap connections."""

from __future__ import annotations

from server.apis.catalog import ApiDefinition
from server.apis.platform_integrations.errors import POLICY
from server.apis.platform_integrations.precedence import literal_path_precedence
from server.auth.principal import Caller
from server.middleware.ratelimit import Limit

# Seed 004 names RATE_LIMIT_EXCEEDED but no numbers; 120 requests per minute per client.
PER_MINUTE = Limit(120, 60)


def limits(caller: Caller, path: str) -> Limit:
    """120 requests per minute per client."""
    return PER_MINUTE


API = ApiDefinition(
    name="platform-integrations",
    spec_file="platform-integrations.yaml",
    package="server.apis.platform_integrations",
    base_path="/api/integrations",
    prefixes=("/api/integrations",),
    errors=POLICY,
    limits=limits,
    wrap=literal_path_precedence,
)
