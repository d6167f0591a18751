"""event-platform (seed 003): events, registrations, users, sessions, payments, webhooks."""

from __future__ import annotations

from server.apis.catalog import ApiDefinition
from server.apis.event_platform.errors import POLICY
from server.auth.principal import Caller
from server.middleware.ratelimit import Limit

# Seed 003 section 8.1, requests per minute by client type.
PER_MINUTE = {"anonymous": 30, "user": 60, "partner": 300, "internal": 600}


def limits(caller: Caller, path: str) -> Limit:
    """The per-minute limit of the caller's client type."""
    return Limit(PER_MINUTE.get(caller.client_type, PER_MINUTE["anonymous"]), 60)


API = ApiDefinition(
    name="event-platform",
    spec_file="event-platform.yaml",
    package="server.apis.event_platform",
    base_path="/api/v1",
    # Everything under /api/v1 that cs-integration's longer "/api/v1/cs-" prefix does not take.
    prefixes=("/api/v1",),
    errors=POLICY,
    limits=limits,
)
