"""Handlers of registration resources; ``/events/{eventId}/attendees`` is derived from them."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from server.apis.event_platform.caller import caller, database, paging
from server.apis.event_platform.representations import JSON, list_reply, negotiate, text_reply
from server.services.event_platform.attendees import AttendeeService, attendees_csv

CSV = "text/csv"


def list_attendees(
    event_id: str,
    token_info: dict[str, Any],
    q: str | None = None,
    status: str | None = None,
    sort: str | None = None,
    **_paging: Any,
) -> Response:
    """GET /events/{eventId}/attendees as a JSON page or one CSV file of every attendee."""
    media = negotiate([JSON, CSV])
    service = AttendeeService(database())
    if media == CSV:
        rows = service.matching(caller(token_info), event_id, q, status, sort)
        disposition = f'attachment; filename="attendees-{event_id}.csv"'
        return text_reply(attendees_csv(rows), CSV, headers={"Content-Disposition": disposition})
    request = paging()
    page = service.page(caller(token_info), event_id, q, status, sort, request.window)
    return list_reply(page, request)
