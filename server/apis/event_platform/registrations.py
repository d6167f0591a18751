"""Handlers of registrations, check-ins and tickets; ``/events/{eventId}/attendees`` too."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from server.apis.context import header
from server.apis.event_platform.caller import BASE_PATH, caller, database, paging
from server.apis.event_platform.documents import PDF, item_error, pdf_reply
from server.apis.event_platform.representations import (
    JSON,
    list_reply,
    negotiate,
    read_reply,
    text_reply,
    write_reply,
)
from server.services.errors import ServiceError
from server.services.event_platform.attendees import AttendeeService, attendees_csv
from server.services.event_platform.registrations import (
    Outcome,
    RegistrationQuery,
    RegistrationService,
)
from server.services.event_platform.tickets import TicketService, ticket_pdf
from server.services.event_platform.values import tag_of

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


def _service() -> RegistrationService:
    return RegistrationService(database(), BASE_PATH)


def list_registrations(
    token_info: dict[str, Any],
    event_id: str | None = None,
    user_id: str | None = None,
    status: str | None = None,
    email: str | None = None,
    updated_after: str | None = None,
    sort: str | None = None,
    **_paging: Any,
) -> Response:
    """GET /registrations"""
    request = paging()
    query = RegistrationQuery(event_id, user_id, status, email, updated_after, sort)
    return list_reply(_service().list(caller(token_info), query, request.window), request)


def create_registration(body: dict[str, Any], token_info: dict[str, Any]) -> Response:
    """POST /registrations"""
    created = _service().create(caller(token_info), body)
    location = f"{BASE_PATH}/registrations/{created.body['id']}"
    return write_reply(created.body, 201, created.etag, {"Location": location})


def batch_create_registrations(body: dict[str, Any], token_info: dict[str, Any]) -> Response:
    """POST /registrations/batch: one result per item, 200 even when items fail."""
    outcomes = _service().create_many(caller(token_info), body["registrations"])
    results = [
        {"index": o.index, "status": 201, "registration": o.body}
        if o.error is None
        else _failed(o.index, o.error, f"/registrations/{o.index}")
        for o in outcomes
    ]
    return write_reply({"results": results, "summary": _summary(outcomes)})


def bulk_check_in(body: dict[str, Any], token_info: dict[str, Any]) -> Response:
    """POST /registrations/bulk-check-in: one result per item."""
    options: dict[str, Any] = {k: body[k] for k in ("method", "location") if k in body}
    outcomes = _service().check_in_many(caller(token_info), body["checkIns"], options)
    results = [
        {"index": o.index, "status": 200, "checkIn": o.body}
        if o.error is None
        else _failed(o.index, o.error, f"/checkIns/{o.index}")
        for o in outcomes
    ]
    return write_reply({"results": results, "summary": _summary(outcomes)})


def get_registration(registration_id: str, token_info: dict[str, Any]) -> Response:
    """GET /registrations/{registrationId}"""
    found = _service().get(caller(token_info), registration_id)
    return read_reply(found.body, found.etag)


def update_registration(
    registration_id: str, body: dict[str, Any], token_info: dict[str, Any]
) -> Response:
    """PATCH /registrations/{registrationId}"""
    updated = _service().update(caller(token_info), registration_id, body, header("If-Match"))
    return write_reply(updated.body, 200, updated.etag)


def cancel_registration(
    registration_id: str, body: dict[str, Any], token_info: dict[str, Any]
) -> Response:
    """POST /registrations/{registrationId}/cancel"""
    cancelled = _service().cancel(caller(token_info), registration_id, body["reason"])
    return write_reply(cancelled.body, 200, cancelled.etag)


def check_in_registration(
    registration_id: str, token_info: dict[str, Any], body: dict[str, Any] | None = None
) -> Response:
    """POST /registrations/{registrationId}/check-in"""
    return write_reply(_service().check_in(caller(token_info), registration_id, body or {}))


def get_ticket(registration_id: str, token_info: dict[str, Any]) -> Response:
    """GET /registrations/{registrationId}/ticket as JSON or a printable PDF."""
    media = negotiate([JSON, PDF])
    ticket = TicketService(database()).current(caller(token_info), registration_id)
    if media == PDF:
        content = ticket_pdf(ticket)
        return pdf_reply(content, tag_of(content.decode("latin-1")), f"{ticket['code']}.pdf")
    return read_reply(ticket, tag_of(ticket))


def generate_ticket(registration_id: str, token_info: dict[str, Any]) -> Response:
    """POST /registrations/{registrationId}/ticket"""
    ticket = TicketService(database()).generate(caller(token_info), registration_id)
    location = f"{BASE_PATH}/registrations/{ticket['registrationId']}/ticket"
    return write_reply(ticket, 201, headers={"Location": location})


def validate_ticket(body: dict[str, Any], token_info: dict[str, Any]) -> Response:
    """POST /tickets/validate: always 200, the verdict is in the body."""
    verdict = TicketService(database()).validate(caller(token_info), body["code"], body["eventId"])
    return write_reply(verdict)


def _failed(index: int, error: ServiceError, pointer: str) -> dict[str, Any]:
    failure = item_error(error, pointer)
    return {"index": index, "status": failure["status"], "error": failure}


def _summary(outcomes: list[Outcome]) -> dict[str, int]:
    failed = sum(1 for o in outcomes if o.error is not None)
    return {"total": len(outcomes), "succeeded": len(outcomes) - failed, "failed": failed}
