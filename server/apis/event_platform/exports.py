"""Handlers of ``/exports``: batch export jobs and their CSV files."""

from __future__ import annotations

from typing import Any

from starlette.background import BackgroundTask
from starlette.responses import Response

from server.apis.event_platform.caller import BASE_PATH, caller, database, here
from server.apis.event_platform.representations import (
    deleted_reply,
    negotiate,
    read_reply,
    text_reply,
    write_reply,
)
from server.services.event_platform.exports import ExportService, may_see_drafts

CSV = "text/csv"


def _service() -> ExportService:
    return ExportService(database(), BASE_PATH)


def create_export(body: dict[str, Any], token_info: dict[str, Any]) -> Response:
    """POST /exports: 202 at once; the job runs after the answer is sent."""
    principal = caller(token_info)
    service = _service()
    job = service.create(principal, body)
    response = write_reply(job, 202, headers={"Location": f"{here()}/{job['id']}"})
    response.background = BackgroundTask(service.run, job["id"], may_see_drafts(principal))
    return response


def get_export(export_id: str, token_info: dict[str, Any]) -> Response:
    """GET /exports/{exportId}"""
    body, etag = _service().get(caller(token_info), export_id)
    return read_reply(body, etag)


def delete_export(export_id: str, token_info: dict[str, Any]) -> Response:
    """DELETE /exports/{exportId}"""
    _service().delete(caller(token_info), export_id)
    return deleted_reply()


def download_export(export_id: str, token_info: dict[str, Any]) -> Response:
    """GET /exports/{exportId}/download"""
    negotiate([CSV])
    found = _service().download(caller(token_info), export_id)
    disposition = f'attachment; filename="{found.filename}"'
    return text_reply(found.content, CSV, headers={"Content-Disposition": disposition})
