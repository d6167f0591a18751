"""cs-cross-domain's one mapping from failures and service errors to RFC 7807 problems."""

from __future__ import annotations

from server.apis.cs_integration.errors import CODES, TYPE_BASE
from server.http.errorformats import ErrorPolicy, ProblemFormat
from server.http.failure import Failure, service_failure


def failure_for(error: Exception) -> Failure:
    """Service errors keep their usual statuses in this API."""
    return service_failure(error)


POLICY = ErrorPolicy(ProblemFormat(TYPE_BASE), CODES, "ERROR", failure_for)
