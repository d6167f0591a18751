"""cs-cross-domain's one mapping from failures and service errors to RFC 7807 problems.

``type`` is ``https://api.penguinmails.com/errors/<code in kebab case>`` (the spec's
"Problem types": ``business-rule`` for 422 and seed 002's ``rate-limit`` for 429).
"""

from __future__ import annotations

from server.http.errorformats import ErrorPolicy, ProblemFormat
from server.http.failure import Failure, service_failure

TYPE_BASE = "https://api.penguinmails.com/errors/"

CODES = {
    400: "VALIDATION_ERROR",
    401: "UNAUTHORIZED",
    403: "FORBIDDEN",
    404: "NOT_FOUND",
    405: "METHOD_NOT_ALLOWED",
    406: "NOT_ACCEPTABLE",
    409: "CONFLICT",
    412: "PRECONDITION_FAILED",
    413: "PAYLOAD_TOO_LARGE",
    415: "UNSUPPORTED_MEDIA_TYPE",
    422: "BUSINESS_RULE",
    429: "RATE_LIMIT",
    500: "INTERNAL_ERROR",
    501: "NOT_IMPLEMENTED",
}


def failure_for(error: Exception) -> Failure:
    """Service errors keep their usual statuses in this API."""
    return service_failure(error)


POLICY = ErrorPolicy(ProblemFormat(TYPE_BASE), CODES, "ERROR", failure_for)
