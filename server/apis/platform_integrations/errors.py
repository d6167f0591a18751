"""platform-integrations' one mapping from failures to ``{"success": false, "error", "code"}``.

Seed 004 defines five codes; ``VALIDATION_ERROR`` covers every request the schema refuses
(also 405, 413, 415), as the status/code table in the spec's description says.
A platform that refuses the credentials in the body is a 422 ``INVALID_CREDENTIALS``, one
that cannot be reached a 424 ``CONNECTION_FAILED`` (the spec's status table).
"""

from __future__ import annotations

from server.apis.platform_integrations.redaction import RedactingFlatFormat
from server.http.errorformats import ErrorPolicy
from server.http.failure import Failure, service_failure
from server.services.platform_integrations.errors import (
    CredentialsRejectedError,
    PlatformUnreachableError,
)

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
    """The platform's verdicts get their own statuses; other service errors the usual ones."""
    if isinstance(error, PlatformUnreachableError):
        return Failure(424, error.message, code="CONNECTION_FAILED", title="Failed Dependency")
    if isinstance(error, CredentialsRejectedError):
        return Failure(422, error.message, code="INVALID_CREDENTIALS")
    return service_failure(error)


POLICY = ErrorPolicy(RedactingFlatFormat(), CODES, "CONNECTION_FAILED", failure_for)
