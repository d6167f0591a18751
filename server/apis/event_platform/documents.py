"""Binary answers (PDF tickets and invoices) and per-item errors of batch operations."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from starlette.responses import Response

from server.apis.context import header, request_path
from server.apis.event_platform.errors import POLICY, failure_for
from server.apis.event_platform.representations import READ
from server.http.replies import empty_reply
from server.services.errors import ServiceError
from server.services.etag import if_none_match_hit

PDF = "application/pdf"


def pdf_reply(content: bytes, etag: str, filename: str) -> Response:
    """A PDF read with its own entity tag, honouring ``If-None-Match``."""
    headers = {
        "Cache-Control": READ,
        "ETag": etag,
        "Content-Disposition": f'inline; filename="{filename}"',
    }
    if if_none_match_hit(header("If-None-Match"), etag):
        return empty_reply(304, headers)
    return Response(content, status_code=200, headers=headers, media_type=PDF)


def item_error(error: ServiceError, pointer: str) -> dict[str, Any]:
    """``BatchItemError``: the status and error body the single-item operation would answer.

    A target that points into the item's body is made to point into the batch (``pointer``,
    e.g. ``/registrations/1``), so ``/attendee/email`` becomes ``/registrations/1/attendee/email``.
    """
    failure = POLICY.complete(failure_for(error))
    if failure.target and failure.target.startswith("/"):
        failure = replace(failure, target=pointer + failure.target)
    body: dict[str, Any] = POLICY.format.body(failure, request_path())["error"]
    return {"status": failure.status, "error": body}
