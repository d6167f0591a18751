"""Alembic: one core branch plus one branch per API, all upgraded at start-up."""

from __future__ import annotations

from sqlalchemy import inspect

from server.settings import Settings
from server.storage.database import Database
from server.storage.migrate import heads, upgrade


def test_every_api_branch_starts_from_core_and_is_applied(settings: Settings) -> None:
    database = Database(settings.effective_database_url)
    try:
        upgrade(database)
        upgrade(database)  # a second start-up is a no-op
        assert "cs_integration_0002" in heads(database)
        tables = set(inspect(database.engine).get_table_names())
        assert {"clients", "cs_customers", "alembic_version"} <= tables
    finally:
        database.dispose()


def test_models_match_the_migrations(settings: Settings) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from server.storage.models import Base

    database = Database(settings.effective_database_url)
    try:
        upgrade(database)
        with database.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": False})
            differences = compare_metadata(context, Base.metadata)
        assert differences == []
    finally:
        database.dispose()
