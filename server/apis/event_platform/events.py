"""Handlers of ``/events`` and ``/event-series``: events, sub-events, statistics, iCalendar."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from server.apis.context import header
from server.apis.event_platform.caller import BASE_PATH, caller, database, here, paging
from server.apis.event_platform.representations import (
    JSON,
    deleted_reply,
    list_reply,
    negotiate,
    read_reply,
    text_reply,
    write_reply,
)
from server.services.event_platform.events import EventQuery, EventService
from server.services.event_platform.series import SeriesService
from server.services.event_platform.statistics import StatisticsService

CALENDAR = "text/calendar"


def _service() -> EventService:
    return EventService(database(), BASE_PATH)


def list_events(
    token_info: dict[str, Any],
    q: str | None = None,
    status: str | None = None,
    format_: str | None = None,
    tag: str | None = None,
    starts_after: str | None = None,
    starts_before: str | None = None,
    series_id: str | None = None,
    parent_event_id: str | None = None,
    top_level: bool | None = None,
    organizer_id: str | None = None,
    updated_after: str | None = None,
    sort: str | None = None,
    **_paging: Any,
) -> Response:
    """GET /events"""
    request = paging()
    query = EventQuery(
        q=q,
        status=status,
        format=format_,
        tag=tag,
        starts_after=starts_after,
        starts_before=starts_before,
        series_id=series_id,
        parent_event_id=parent_event_id,
        top_level=top_level,
        organizer_id=organizer_id,
        updated_after=updated_after,
        sort=sort,
    )
    return list_reply(_service().list(caller(token_info), query, request.window), request)


def create_event(body: dict[str, Any], token_info: dict[str, Any]) -> Response:
    """POST /events"""
    created = _service().create(caller(token_info), body)
    return write_reply(
        created.body, 201, created.etag, {"Location": f"{here()}/{created.body['id']}"}
    )


def get_event(event_id: str, token_info: dict[str, Any]) -> Response:
    """GET /events/{eventId} as JSON or iCalendar."""
    media = negotiate([JSON, CALENDAR])
    service = _service()
    if media == CALENDAR:
        found = service.calendar(caller(token_info), event_id)
        return text_reply(found.body, CALENDAR, found.etag)
    found = service.get(caller(token_info), event_id)
    return read_reply(found.body, found.etag)


def update_event(event_id: str, body: dict[str, Any], token_info: dict[str, Any]) -> Response:
    """PATCH /events/{eventId}"""
    updated = _service().update(caller(token_info), event_id, body, header("If-Match"))
    return write_reply(updated.body, 200, updated.etag)


def delete_event(event_id: str, token_info: dict[str, Any]) -> Response:
    """DELETE /events/{eventId}"""
    _service().delete(caller(token_info), event_id, header("If-Match"))
    return deleted_reply()


def publish_event(event_id: str, token_info: dict[str, Any]) -> Response:
    """POST /events/{eventId}/publish"""
    published = _service().publish(caller(token_info), event_id)
    return write_reply(published.body, 200, published.etag)


def cancel_event(event_id: str, body: dict[str, Any], token_info: dict[str, Any]) -> Response:
    """POST /events/{eventId}/cancel"""
    cancelled = _service().cancel(caller(token_info), event_id, body["reason"])
    return write_reply(cancelled.body, 200, cancelled.etag)


def list_sub_events(
    event_id: str, token_info: dict[str, Any], sort: str | None = None, **_paging: Any
) -> Response:
    """GET /events/{eventId}/sub-events"""
    request = paging()
    page = _service().sub_events(caller(token_info), event_id, sort, request.window)
    return list_reply(page, request)


def get_event_statistics(event_id: str, token_info: dict[str, Any]) -> Response:
    """GET /events/{eventId}/statistics"""
    return read_reply(StatisticsService(database()).of_event(caller(token_info), event_id))


def create_series(body: dict[str, Any], token_info: dict[str, Any]) -> Response:
    """POST /event-series"""
    created = SeriesService(database()).create(caller(token_info), body)
    return write_reply(
        created.body, 201, created.etag, {"Location": f"{here()}/{created.body['id']}"}
    )


def get_series(series_id: str, token_info: dict[str, Any]) -> Response:
    """GET /event-series/{seriesId}"""
    found = SeriesService(database()).get(caller(token_info), series_id)
    return read_reply(found.body, found.etag)


def delete_series(series_id: str, token_info: dict[str, Any]) -> Response:
    """DELETE /event-series/{seriesId}"""
    SeriesService(database()).delete(caller(token_info), series_id)
    return deleted_reply()
