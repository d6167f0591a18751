"""The three error formats of the four APIs, and the per-API policy choosing codes for them.

* RFC 7807 ``application/problem+json`` (cs-integration, cs-cross-domain);
* the seed 003 envelope ``{"error": {code, message, details, target, status, timestamp,
  correlationId, documentation}}`` (event-platform);
* the seed 004 flat body ``{"success": false, "error": ..., "code": ...}``
  (platform-integrations).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any, Protocol

from starlette.responses import Response

from server.http.failure import Failure
from server.middleware.request_id import current_request_id


class ErrorFormat(Protocol):
    """Turns a failure into a response body of one media type."""

    @property
    def media_type(self) -> str:
        """The response's media type."""
        ...

    def body(self, failure: Failure, instance: str) -> dict[str, Any]:
        """The JSON body for ``failure`` raised by the request to ``instance`` (its path)."""
        ...


@dataclass(frozen=True)
class ProblemFormat:
    """RFC 7807 problem details; ``type`` is ``type_base`` + the lower-cased code."""

    type_base: str
    media_type: str = "application/problem+json"

    def body(self, failure: Failure, instance: str) -> dict[str, Any]:
        """Problem members plus ``request_id`` and ``errors`` (every violation)."""
        slug = failure.code.lower().replace("_", "-") if failure.code else "about:blank"
        body: dict[str, Any] = {
            "type": f"{self.type_base}{slug}" if failure.code else "about:blank",
            "title": failure.effective_title,
            "status": failure.status,
            "detail": failure.detail,
            "instance": instance,
            "request_id": current_request_id(),
        }
        if failure.violations:
            body["errors"] = [
                {"location": v.location, "message": v.message} for v in failure.violations
            ]
        return body


def _envelope_target(location: str) -> str:
    """``body/a/b`` -> ``/a/b`` (a JSON pointer), ``query.pageSize`` -> ``pageSize``."""
    if location == "body":
        return "/"
    if location.startswith("body/"):
        return location[4:]
    return location.split(".", 1)[-1]


@dataclass(frozen=True)
class EnvelopeFormat:
    """The seed 003 envelope; ``details`` joins every violation, ``target`` names the first."""

    documentation_base: str
    media_type: str = "application/json"

    def body(self, failure: Failure, instance: str) -> dict[str, Any]:
        """``{"error": {...}}`` with a timestamp and the correlation id."""
        target = failure.target
        if target is None and failure.violations:
            target = _envelope_target(failure.violations[0].location)
        error: dict[str, Any] = {
            "code": failure.code,
            "message": failure.detail,
            "status": failure.status,
            "timestamp": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "correlationId": current_request_id(),
            "documentation": f"{self.documentation_base}{failure.code}",
        }
        if failure.violations:
            error["details"] = "; ".join(
                f"{_envelope_target(v.location)}: {v.message}" for v in failure.violations
            )
        if target is not None:
            error["target"] = target
        return {"error": error}


@dataclass(frozen=True)
class FlatFormat:
    """The seed 004 body: ``success`` false, a message and a code; violations joined in."""

    media_type: str = "application/json"

    def body(self, failure: Failure, instance: str) -> dict[str, Any]:
        """``{"success": false, "error": ..., "code": ...}``."""
        message = failure.detail
        if failure.violations:
            message = "; ".join(f"{v.location}: {v.message}" for v in failure.violations)
        return {"success": False, "error": message, "code": failure.code}


@dataclass(frozen=True)
class ErrorPolicy:
    """How one API reports failures: its format, its code per status, its service-error map.

    ``service_errors`` turns a :class:`~server.services.errors.ServiceError` into a failure;
    it lives in ``server/apis/<api>/errors.py``, the one place each API decides that.
    """

    format: ErrorFormat
    codes: Mapping[int, str]
    default_code: str = "ERROR"
    service_errors: Callable[[Exception], Failure] | None = field(default=None, compare=False)

    def complete(self, failure: Failure) -> Failure:
        """``failure`` with this API's code filled in when the producer left it empty."""
        if failure.code:
            return failure
        return replace(failure, code=self.codes.get(failure.status, self.default_code))

    def response(self, failure: Failure, instance: str) -> Response:
        """The complete error response, headers included."""
        failure = self.complete(failure)
        content = json.dumps(self.format.body(failure, instance), separators=(",", ":"))
        return Response(
            content,
            status_code=failure.status,
            headers=dict(failure.headers),
            media_type=self.format.media_type,
        )
