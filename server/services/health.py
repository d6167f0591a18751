"""Health of the server's dependencies, measured rather than assumed."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from server.storage.database import Database
from server.storage.models.base import utcnow

#: A database slower than this to answer ``SELECT 1`` counts as failing.
DATABASE_TIMEOUT_SECONDS = 2.0


@dataclass(frozen=True)
class HealthReport:
    """Whether each dependency answered, and when the checks ran."""

    database_ok: bool
    checked_at: datetime

    @property
    def ok(self) -> bool:
        """Every check passed."""
        return self.database_ok


def check_health(database: Database) -> HealthReport:
    """Ask the database a trivial query."""
    started = time.monotonic()
    try:
        with database.session() as session:
            session.execute(text("SELECT 1"))
        ok = time.monotonic() - started <= DATABASE_TIMEOUT_SECONDS
    except SQLAlchemyError:
        ok = False
    return HealthReport(database_ok=ok, checked_at=utcnow())
