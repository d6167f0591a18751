"""SQL access to export jobs."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.storage.lookup import one_by
from server.storage.models.event_platform import ExportJob


class SqlExportStore:
    """Export jobs in ``ep_export_jobs``, through one session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, job_id: str, *, for_update: bool = False) -> ExportJob | None:
        """One job."""
        return one_by(self.session, ExportJob, "id", job_id, for_update=for_update)

    def queued(self) -> Sequence[ExportJob]:
        """Jobs waiting to run, oldest first."""
        return self.session.scalars(
            select(ExportJob).where(ExportJob.status == "queued").order_by(ExportJob.created_at)
        ).all()

    def add(self, job: ExportJob) -> None:
        """Store a new job."""
        self.session.add(job)
        self.session.flush()

    def delete(self, job: ExportJob) -> None:
        """Remove a job and its file."""
        self.session.delete(job)
        self.session.flush()
