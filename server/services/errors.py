"""Errors services raise; each API maps them to its own error format in one place.

The tree::

    ServiceError                  a request the service refuses (carries what and why)
    ├── NotFoundError             no such object (404)
    ├── ConflictError             the object already exists / state conflict (409)
    ├── ForbiddenError            the caller's token is bound to another object (403)
    ├── PreconditionFailedError   If-Match no longer matches (412)
    └── BusinessRuleError         well-formed but breaks a rule (422)

Services never build HTTP responses; ``server/apis/<api>/errors.py`` decides status, code and
wording for its API.
"""

from __future__ import annotations


class ServiceError(Exception):
    """Base of every error a service raises on purpose."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFoundError(ServiceError):
    """The object ``resource``/``key`` does not exist (or is not visible to the caller)."""

    def __init__(self, resource: str, key: str) -> None:
        super().__init__(f"{resource} {key!r} does not exist")
        self.resource = resource
        self.key = key


class ConflictError(ServiceError):
    """The request conflicts with stored state (e.g. a duplicate create)."""

    def __init__(self, resource: str, key: str, message: str | None = None) -> None:
        super().__init__(message or f"{resource} {key!r} already exists")
        self.resource = resource
        self.key = key


class ForbiddenError(ServiceError):
    """The caller may not touch this object (object-level authorization)."""

    def __init__(self, resource: str, key: str) -> None:
        super().__init__(f"this token may not access {resource} {key!r}")
        self.resource = resource
        self.key = key


class PreconditionFailedError(ServiceError):
    """``If-Match`` names a representation that is no longer current."""

    def __init__(self, resource: str, key: str, current_etag: str) -> None:
        super().__init__(f"{resource} {key!r} has changed (current ETag {current_etag})")
        self.resource = resource
        self.key = key
        self.current_etag = current_etag


class BusinessRuleError(ServiceError):
    """Well-formed input that breaks a business rule; ``target`` names the offending field."""

    def __init__(self, rule: str, message: str, target: str | None = None) -> None:
        super().__init__(message)
        self.rule = rule
        self.target = target
