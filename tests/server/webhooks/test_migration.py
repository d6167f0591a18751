"""Revision event_platform_0003 adds what the dispatcher needs, and can be undone."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect

from server.storage.database import Database
from server.storage.migrate import alembic_config, upgrade
from tests.server.conftest import database_url


def columns(database: Database, table: str) -> set[str]:
    return {column["name"] for column in inspect(database.engine).get_columns(table)}


def test_revision_0003_adds_claims_outbox_link_and_failure_runs(tmp_path: Path) -> None:
    if database_url():
        pytest.skip("downgrading the shared PostgreSQL database would disturb other tests")
    database = Database(f"sqlite:///{tmp_path / 'migrate.db'}")
    try:
        upgrade(database)
        assert {"lease_until", "claim_token", "outbox_event_id"} <= columns(
            database, "ep_webhook_deliveries"
        )
        assert "consecutive_failures" in columns(database, "ep_webhook_subscriptions")
        config = alembic_config(database)
        with database.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "event_platform_0002")
        assert "lease_until" not in columns(database, "ep_webhook_deliveries")
        assert "consecutive_failures" not in columns(database, "ep_webhook_subscriptions")
    finally:
        database.dispose()
