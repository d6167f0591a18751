"""A failed request as a value: status, machine code, wording and every violation found."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from server.services import errors

#: Reason phrases used as titles when nothing more specific is known.
TITLES: Mapping[int, str] = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    406: "Not Acceptable",
    409: "Conflict",
    412: "Precondition Failed",
    413: "Content Too Large",
    415: "Unsupported Media Type",
    422: "Unprocessable Content",
    428: "Precondition Required",
    429: "Too Many Requests",
    500: "Internal Server Error",
    501: "Not Implemented",
    503: "Service Unavailable",
}


@dataclass(frozen=True)
class Violation:
    """One thing wrong with a request: where (``body/health_score``, ``query.limit``) and what."""

    location: str
    message: str


@dataclass(frozen=True)
class Failure:
    """Everything an error format needs to render one error response.

    ``code`` is left empty by producers that only know the status; the API's error policy then
    fills in its own code for that status.
    """

    status: int
    detail: str
    code: str = ""
    title: str = ""
    violations: tuple[Violation, ...] = ()
    target: str | None = None
    headers: Mapping[str, str] = field(default_factory=dict)

    @property
    def effective_title(self) -> str:
        """``title``, or the reason phrase of ``status``."""
        return self.title or TITLES.get(self.status, "Error")


def service_failure(error: Exception) -> Failure:
    """The usual status and wording of each service error (APIs may map differently)."""
    if isinstance(error, errors.NotFoundError):
        return Failure(404, error.message, target=error.key)
    if isinstance(error, errors.ConflictError):
        return Failure(409, error.message, target=error.key)
    if isinstance(error, errors.ForbiddenError):
        return Failure(403, error.message, target=error.key)
    if isinstance(error, errors.PreconditionFailedError):
        return Failure(412, error.message, headers={"ETag": error.current_etag})
    if isinstance(error, errors.BusinessRuleError):
        violations = (Violation(error.target, error.message),) if error.target else ()
        return Failure(422, error.message, target=error.target, violations=violations)
    return Failure(400, str(error))
