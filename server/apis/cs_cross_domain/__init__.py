"""cs-cross-domain (seed 002): domain-scoped CS integrations under ``/v1/cs-integrations``."""

from __future__ import annotations

from server.apis.catalog import ApiDefinition
from server.apis.cs_cross_domain.audit_trail import audit_trail
from server.apis.cs_cross_domain.errors import POLICY
from server.auth.principal import Caller
from server.middleware.ratelimit import Limit

# Seed 002: "Rate Limits: Domain-specific (10-50 req/min)", per client and domain (first path
# segment), as specs/cs-cross-domain.yaml's "Rate limits" section documents. The audit log
# counts against the operations budget.
PER_MINUTE = {"marketing": 50, "sales": 30, "product": 30, "finance": 10, "operations": 20}
BUDGET_OF = {"audit": "operations"}
DEFAULT_PER_MINUTE = 10


def domain_of(path: str) -> str:
    """The budget a request path is counted against."""
    first = path.removeprefix(API.base_path).strip("/").split("/", 1)[0]
    return BUDGET_OF.get(first, first)


def limits(caller: Caller, path: str) -> Limit:
    """The per-minute limit of the domain ``path`` belongs to."""
    return Limit(PER_MINUTE.get(domain_of(path), DEFAULT_PER_MINUTE), 60)


API = ApiDefinition(
    name="cs-cross-domain",
    spec_file="cs-cross-domain.yaml",
    package="server.apis.cs_cross_domain",
    base_path="/v1/cs-integrations",
    prefixes=("/v1/cs-integrations",),
    errors=POLICY,
    limits=limits,
    budget=domain_of,
    extra_spec_names=("cs-cross-domain-v1",),
    wrap=audit_trail,
)
