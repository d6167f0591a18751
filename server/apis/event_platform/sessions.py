"""Handlers of ``/events/{eventId}/sessions`` and ``/events/{eventId}/schedule``."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from server.apis.context import header
from server.apis.event_platform.caller import caller, database, here, paging
from server.apis.event_platform.representations import (
    JSON,
    deleted_reply,
    list_reply,
    negotiate,
    read_reply,
    text_reply,
    write_reply,
)
from server.services.event_platform.session_records import SessionRecordService
from server.services.event_platform.sessions import SessionService
from server.services.event_platform.values import tag_of

CALENDAR = "text/calendar"


def _service() -> SessionService:
    return SessionService(database())


def _records() -> SessionRecordService:
    return SessionRecordService(database())


def list_sessions(
    event_id: str,
    token_info: dict[str, Any],
    q: str | None = None,
    status: str | None = None,
    type_: str | None = None,
    track: str | None = None,
    speaker_id: str | None = None,
    sort: str | None = None,
    **_paging: Any,
) -> Response:
    """GET /events/{eventId}/sessions"""
    request = paging()
    filters = {"q": q, "status": status, "type": type_, "track": track, "speakerId": speaker_id}
    page = _service().list(caller(token_info), event_id, filters, sort, request.window)
    return list_reply(page, request)


def create_session(event_id: str, body: dict[str, Any], token_info: dict[str, Any]) -> Response:
    """POST /events/{eventId}/sessions"""
    created = _service().create(caller(token_info), event_id, body)
    return write_reply(
        created.body, 201, created.etag, {"Location": f"{here()}/{created.body['id']}"}
    )


def get_session(event_id: str, session_id: str, token_info: dict[str, Any]) -> Response:
    """GET /events/{eventId}/sessions/{sessionId} as JSON or iCalendar."""
    media = negotiate([JSON, CALENDAR])
    if media == CALENDAR:
        found = _service().calendar(caller(token_info), event_id, session_id)
        return text_reply(found.body, CALENDAR, found.etag)
    found = _service().get(caller(token_info), event_id, session_id)
    return read_reply(found.body, found.etag)


def update_session(
    event_id: str, session_id: str, body: dict[str, Any], token_info: dict[str, Any]
) -> Response:
    """PATCH /events/{eventId}/sessions/{sessionId}"""
    updated = _service().update(caller(token_info), event_id, session_id, body, header("If-Match"))
    return write_reply(updated.body, 200, updated.etag)


def delete_session(event_id: str, session_id: str, token_info: dict[str, Any]) -> Response:
    """DELETE /events/{eventId}/sessions/{sessionId}"""
    _service().delete(caller(token_info), event_id, session_id)
    return deleted_reply()


def cancel_session(
    event_id: str, session_id: str, body: dict[str, Any], token_info: dict[str, Any]
) -> Response:
    """POST /events/{eventId}/sessions/{sessionId}/cancel"""
    cancelled = _service().cancel(caller(token_info), event_id, session_id, body["reason"])
    return write_reply(cancelled.body, 200, cancelled.etag)


def assign_speaker(
    event_id: str,
    session_id: str,
    user_id: str,
    token_info: dict[str, Any],
    body: dict[str, Any] | None = None,
) -> Response:
    """PUT /events/{eventId}/sessions/{sessionId}/speakers/{userId} (no body: presenter)."""
    role = (body or {}).get("role", "presenter")
    updated = _service().assign_speaker(caller(token_info), event_id, session_id, user_id, role)
    return write_reply(updated.body, 200, updated.etag)


def remove_speaker(
    event_id: str, session_id: str, user_id: str, token_info: dict[str, Any]
) -> Response:
    """DELETE /events/{eventId}/sessions/{sessionId}/speakers/{userId}"""
    _service().remove_speaker(caller(token_info), event_id, session_id, user_id)
    return deleted_reply()


def get_schedule(
    event_id: str,
    token_info: dict[str, Any],
    date: str | None = None,
    track: str | None = None,
    include_cancelled: bool = False,
) -> Response:
    """GET /events/{eventId}/schedule as JSON by day or one iCalendar file."""
    media = negotiate([JSON, CALENDAR])
    agenda, calendar = _service().schedule(
        caller(token_info), event_id, date, track, include_cancelled
    )
    if media == CALENDAR:
        return text_reply(calendar, CALENDAR, tag_of(calendar))
    return read_reply(agenda, tag_of(agenda))


def list_attendance(
    event_id: str,
    session_id: str,
    token_info: dict[str, Any],
    source: str | None = None,
    **_paging: Any,
) -> Response:
    """GET /events/{eventId}/sessions/{sessionId}/attendance"""
    request = paging()
    page = _records().attendance(caller(token_info), event_id, session_id, source, request.window)
    return list_reply(page, request)


def record_attendance(
    event_id: str, session_id: str, body: dict[str, Any], token_info: dict[str, Any]
) -> Response:
    """POST /events/{eventId}/sessions/{sessionId}/attendance"""
    record = _records().record_attendance(caller(token_info), event_id, session_id, body)
    return write_reply(record, 201, headers={"Location": f"{here()}/{record['id']}"})


def list_materials(
    event_id: str, session_id: str, token_info: dict[str, Any], **_paging: Any
) -> Response:
    """GET /events/{eventId}/sessions/{sessionId}/materials"""
    request = paging()
    page = _records().materials(caller(token_info), event_id, session_id, request.window)
    return list_reply(page, request)


def add_material(
    event_id: str, session_id: str, body: dict[str, Any], token_info: dict[str, Any]
) -> Response:
    """POST /events/{eventId}/sessions/{sessionId}/materials"""
    material = _records().add_material(caller(token_info), event_id, session_id, body)
    return write_reply(material, 201, headers={"Location": f"{here()}/{material['id']}"})


def list_feedback(
    event_id: str,
    session_id: str,
    token_info: dict[str, Any],
    rating: int | None = None,
    **_paging: Any,
) -> Response:
    """GET /events/{eventId}/sessions/{sessionId}/feedback"""
    request = paging()
    page, summary = _records().feedback(
        caller(token_info), event_id, session_id, rating, request.window
    )
    return list_reply(page, request, {"summary": summary})


def submit_feedback(
    event_id: str, session_id: str, body: dict[str, Any], token_info: dict[str, Any]
) -> Response:
    """POST /events/{eventId}/sessions/{sessionId}/feedback"""
    feedback = _records().submit_feedback(caller(token_info), event_id, session_id, body)
    return write_reply(feedback, 201, headers={"Location": f"{here()}/{feedback['id']}"})
