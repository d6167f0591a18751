"""Health of the server's dependencies, measured rather than assumed."""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from server.storage.database import Database


def check_health(database: Database) -> dict[str, Any]:
    """``healthy`` when the database answers a query, with the round trip in milliseconds."""
    started = time.perf_counter()
    try:
        with database.session() as session:
            session.execute(text("SELECT 1"))
    except SQLAlchemyError:
        return {"status": "degraded", "checks": {"database": "unreachable"}}
    elapsed = round((time.perf_counter() - started) * 1000, 2)
    return {"status": "healthy", "checks": {"database": "ok"}, "database_ms": elapsed}
