"""Batch export jobs: queued -> running -> completed (or failed); files expire after 7 days.

A job belongs to the client that requested it (another client's job is a 404). Requesting
one needs the exported type's read scope besides ``exports.write`` (403). ``expired`` is
derived from ``expiresAt``. :meth:`ExportService.run` does the work; the handler schedules
it right after answering 202, and :meth:`ExportService.run_queued` picks up jobs a stopped
process left queued.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from server.auth.principal import Principal
from server.services.errors import (
    BusinessRuleError,
    ConflictError,
    ForbiddenError,
    NotFoundError,
)
from server.services.event_platform.events import WRITE_SCOPE as EVENTS_WRITE
from server.services.event_platform.export_files import STATUSES, export_rows, render_csv
from server.services.event_platform.ledger import PaymentLedger, default_ledger
from server.services.event_platform.values import compact, iso, new_id, parse_instant, tag_of
from server.storage.database import Database
from server.storage.event_platform.exports import SqlExportStore
from server.storage.models.base import utcnow
from server.storage.models.event_platform import ExportJob

log = logging.getLogger("apikit.exports")
JOB = "export job"
RETENTION = timedelta(days=7)
#: The scope that reading each exported type needs.
READ_SCOPES = {
    "events": "events.read",
    "registrations": "registrations.read",
    "attendees": "registrations.read",
    "sessions": "sessions.read",
    "payments": "payments.read",
    "users": "users.read",
}


@dataclass(frozen=True)
class ExportFile:
    """A completed job's CSV file and the name to save it under."""

    content: str
    filename: str


def job_status(job: ExportJob, now: datetime) -> str:
    """Reported status: a completed job past ``expiresAt`` is ``expired``."""
    if job.status == "completed" and job.expires_at is not None and job.expires_at <= now:
        return "expired"
    return job.status


def job_body(job: ExportJob, base: str, now: datetime) -> dict[str, Any]:
    """The ``ExportJob`` view."""
    status = job_status(job, now)
    completed = job.status == "completed"
    return compact(
        {
            "id": job.id,
            "type": job.type,
            "format": job.format,
            "filters": dict(job.filters),
            "status": status,
            "progress": job.progress,
            "rowCount": job.row_count if completed else None,
            "error": job.error if status == "failed" else None,
            "createdAt": iso(job.created_at),
            "startedAt": iso(job.started_at) if job.started_at else None,
            "completedAt": iso(job.completed_at) if job.completed_at else None,
            "expiresAt": iso(job.expires_at) if completed and job.expires_at else None,
            "downloadUrl": f"{base}/exports/{job.id}/download" if status == "completed" else None,
        }
    )


class ExportService:
    """Export jobs over a database; every method is one transaction."""

    def __init__(self, database: Database, base: str, ledger: PaymentLedger | None = None) -> None:
        self.database = database
        self.base = base
        self.ledger = ledger or default_ledger()

    def create(self, caller: Principal, data: Mapping[str, Any]) -> dict[str, Any]:
        """Queue a job."""
        kind = data["type"]
        filters = dict(data.get("filters", {}))
        if READ_SCOPES[kind] not in caller.scopes:
            raise ForbiddenError(f"{kind} export", READ_SCOPES[kind])
        if kind == "users" and "eventId" in filters:
            raise BusinessRuleError(
                "filter_not_applicable",
                "Users exports cannot be filtered by event.",
                "filters.eventId",
            )
        if "status" in filters and filters["status"] not in STATUSES[kind]:
            raise BusinessRuleError(
                "unknown_status",
                f"{filters['status']!r} is not a status of {kind}.",
                "filters.status",
            )
        lower = parse_instant(filters["from"], "filters.from") if "from" in filters else None
        upper = parse_instant(filters["to"], "filters.to") if "to" in filters else None
        if lower is not None and upper is not None and upper <= lower:
            raise BusinessRuleError(
                "empty_range", "filters.to must be after filters.from.", "filters.to"
            )
        now = utcnow()
        job = ExportJob(
            id=new_id(),
            client_id=caller.client_id,
            type=kind,
            format=data.get("format", "csv"),
            filters=filters,
            status="queued",
            progress=0,
            created_at=now,
        )
        with self.database.session() as session:
            SqlExportStore(session).add(job)
            return job_body(job, self.base, now)

    def get(self, caller: Principal, job_id: str) -> tuple[dict[str, Any], str]:
        """A job of the caller, with its entity tag."""
        with self.database.session() as session:
            job = _owned(SqlExportStore(session), caller, job_id)
            body = job_body(job, self.base, utcnow())
            return body, tag_of(body)

    def delete(self, caller: Principal, job_id: str) -> None:
        """Cancel a waiting job or delete a finished one with its file."""
        with self.database.session() as session:
            store = SqlExportStore(session)
            store.delete(_owned(store, caller, job_id, for_update=True))

    def download(self, caller: Principal, job_id: str) -> ExportFile:
        """The file of a completed job: 409 while waiting, 422 when failed or expired."""
        with self.database.session() as session:
            job = _owned(SqlExportStore(session), caller, job_id)
            status = job_status(job, utcnow())
            if status in ("queued", "running"):
                raise ConflictError(JOB, job_id, f"The job is {status}; poll it until completed.")
            if status != "completed" or job.content is None:
                raise BusinessRuleError(
                    "export_unavailable",
                    f"The job is {status}; its file is not available.",
                    "exportId",
                )
            return ExportFile(job.content, f"{job.type}-export-{job.id}.csv")

    def run(self, job_id: str, include_drafts: bool) -> None:
        """Produce the file of a queued job (a deleted job is skipped).

        ``include_drafts``: whether the requester may see draft events (``events.write``).
        """
        with self.database.session() as session:
            job = SqlExportStore(session).get(job_id, for_update=True)
            if job is None or job.status != "queued":
                return
            job.status = "running"
            job.started_at = utcnow()
        try:
            with self.database.session() as session:
                rows = export_rows(
                    session, job.type, job.filters, self.base, self.ledger, include_drafts
                )
                content = render_csv(job.type, rows)
        except Exception as exc:  # a failed export is reported on the job, not raised
            log.exception("export %s failed", job_id)
            self._finish(job_id, None, 0, str(exc)[:500] or type(exc).__name__)
            return
        self._finish(job_id, content, len(rows), None)

    def run_queued(self) -> int:
        """Run every queued job (drafts excluded: the requester is no longer known); how many."""
        with self.database.session() as session:
            ids = [job.id for job in SqlExportStore(session).queued()]
        for job_id in ids:
            self.run(job_id, include_drafts=False)
        return len(ids)

    def _finish(self, job_id: str, content: str | None, rows: int, error: str | None) -> None:
        with self.database.session() as session:
            job = SqlExportStore(session).get(job_id, for_update=True)
            if job is None:
                return
            now = utcnow()
            job.completed_at = now
            if error is None:
                job.status, job.content, job.row_count = "completed", content, rows
                job.progress, job.expires_at = 100, now + RETENTION
            else:
                job.status, job.error = "failed", error


def may_see_drafts(caller: Principal) -> bool:
    """Whether an export for ``caller`` includes draft events."""
    return EVENTS_WRITE in caller.scopes


def _owned(
    store: SqlExportStore, caller: Principal, job_id: str, *, for_update: bool = False
) -> ExportJob:
    job = store.get(job_id, for_update=for_update)
    if job is None or job.client_id != caller.client_id:
        raise NotFoundError(JOB, job_id)
    return job
