"""Errors of the platform-integrations services, on top of the shared service errors.

The tree::

    ServiceError (server.services.errors)
    ├── NotFoundError
    │   └── IntegrationNotFoundError   no such integration, or no such sync job (404)
    ├── ForbiddenError
    │   └── PublisherBindingError      the token is bound to another publisher (403)
    └── PlatformError                  the simulated platform's verdict on credentials
        ├── PlatformUnreachableError   it could not be reached (424)
        └── CredentialsRejectedError   it refused the credentials (422)

Messages never contain a credential.
"""

from __future__ import annotations

from server.services.errors import ForbiddenError, NotFoundError, ServiceError


class IntegrationNotFoundError(NotFoundError):
    """The publisher has no integration with the platform (or the job does not exist)."""

    def __init__(self, publisher_id: str, platform: str, sync_id: str | None = None) -> None:
        super().__init__("integration", f"{publisher_id}/{platform}")
        self.publisher_id = publisher_id
        self.platform = platform
        self.sync_id = sync_id
        if sync_id is None:
            self.message = f"Publisher {publisher_id} has no {platform} integration."
        else:
            self.message = (
                f"The {platform} integration of {publisher_id} has no sync job {sync_id}."
            )


class PublisherBindingError(ForbiddenError):
    """A publisher-bound token named another publisher."""

    def __init__(self, bound_to: str, requested: str) -> None:
        super().__init__("publisher", requested)
        self.bound_to = bound_to
        self.requested = requested
        self.message = f"This token is bound to publisher {bound_to} and cannot act on {requested}."


class PlatformError(ServiceError):
    """The simulated platform did not accept the credentials."""

    def __init__(self, platform: str, message: str) -> None:
        super().__init__(message)
        self.platform = platform


class PlatformUnreachableError(PlatformError):
    """The platform could not be reached."""


class CredentialsRejectedError(PlatformError):
    """The platform refused the credentials."""
