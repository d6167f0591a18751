"""platform-integrations' one mapping from failures to ``{"success": false, "error", "code"}``.

Seed 004 defines five codes; ``VALIDATION_ERROR`` covers every request the schema refuses
(also 405, 413, 415), as the status/code table in the spec's description says.
"""

from __future__ import annotations

from server.http.errorformats import ErrorPolicy, FlatFormat
from server.http.failure import Failure, service_failure

CODES = {
    400: "VALIDATION_ERROR",
    401: "INVALID_CREDENTIALS",
    403: "PERMISSION_DENIED",
    404: "INTEGRATION_NOT_FOUND",
    405: "VALIDATION_ERROR",
    413: "VALIDATION_ERROR",
    415: "VALIDATION_ERROR",
    422: "INVALID_CREDENTIALS",
    424: "CONNECTION_FAILED",
    429: "RATE_LIMIT_EXCEEDED",
}


def failure_for(error: Exception) -> Failure:
    """Service errors keep their usual statuses in this API."""
    return service_failure(error)


POLICY = ErrorPolicy(FlatFormat(), CODES, "CONNECTION_FAILED", failure_for)
