"""Revision cs_integration_0003 opens the journey of customers stored before it."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import text

from server.storage.database import Database
from server.storage.migrate import alembic_config, upgrade


def test_customers_stored_before_get_their_opening_journey_entry(tmp_path: Path) -> None:
    database = Database(f"sqlite:///{tmp_path / 'old.db'}")
    try:
        config = alembic_config(database)
        with database.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "cs_integration_0002")
            connection.execute(
                text(
                    "INSERT INTO cs_customers (customer_id, health_score, health_trend, "
                    "lifecycle_stage, success_metrics, integration_status, created_by, "
                    "created_at, last_updated) VALUES ('cust_old', 80, 'stable', 'renewal', "
                    "'{}', '{}', 'cl_x', '2025-01-02 03:04:05', '2025-01-02 03:04:05')"
                )
            )
        upgrade(database)
        with database.engine.connect() as connection:
            rows = connection.execute(
                text("SELECT stage, reason FROM cs_journey_entries WHERE customer_id = 'cust_old'")
            ).all()
        assert [tuple(row) for row in rows] == [("renewal", "customer_created")]
    finally:
        database.dispose()
