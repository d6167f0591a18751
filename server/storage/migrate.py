"""Schema migrations at start-up: ``alembic upgrade heads`` over every API's branch."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

from server.storage.database import Database

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(database: Database) -> Config:
    """An Alembic configuration for this package's migrations (no alembic.ini needed).

    Every directory under ``migrations/versions/`` is a version location, so each API keeps
    its revisions in its own folder and branch (``versions/<api>/``).
    """
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    locations = sorted(p for p in (MIGRATIONS_DIR / "versions").iterdir() if p.is_dir())
    config.set_main_option("version_locations", " ".join(str(p) for p in locations))
    config.set_main_option("path_separator", "space")
    config.set_main_option("sqlalchemy.url", database.url.replace("%", "%%"))
    return config


def upgrade(database: Database) -> None:
    """Bring the database to the newest revision of every branch (``upgrade heads``)."""
    config = alembic_config(database)
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "heads")


def heads(database: Database) -> list[str]:
    """The head revision of every branch (what :func:`upgrade` brings the database to)."""
    return sorted(ScriptDirectory.from_config(alembic_config(database)).get_heads())
