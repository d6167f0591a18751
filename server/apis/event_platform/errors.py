"""event-platform's one mapping from failures and service errors to the seed 003 envelope."""

from __future__ import annotations

from server.http.errorformats import EnvelopeFormat, ErrorPolicy
from server.http.failure import Failure, service_failure

DOCUMENTATION_BASE = "https://docs.eventmanagement.example/errors/"

CODES = {
    400: "VALIDATION_ERROR",
    401: "UNAUTHORIZED",
    403: "FORBIDDEN",
    404: "RESOURCE_NOT_FOUND",
    405: "METHOD_NOT_ALLOWED",
    406: "NOT_ACCEPTABLE",
    409: "CONFLICT",
    412: "PRECONDITION_FAILED",
    413: "PAYLOAD_TOO_LARGE",
    415: "UNSUPPORTED_MEDIA_TYPE",
    422: "BUSINESS_RULE_VIOLATION",
    429: "RATE_LIMIT_EXCEEDED",
    500: "INTERNAL_ERROR",
    501: "INTERNAL_ERROR",
    503: "SERVICE_UNAVAILABLE",
}


def failure_for(error: Exception) -> Failure:
    """Service errors keep their usual statuses in this API."""
    return service_failure(error)


POLICY = ErrorPolicy(EnvelopeFormat(DOCUMENTATION_BASE), CODES, "ERROR", failure_for)
