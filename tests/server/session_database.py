"""A PostgreSQL database of this test session's own, so rows left by earlier runs cannot leak in."""

from __future__ import annotations

import uuid

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url


class SessionDatabase:
    """Creates a fresh database next to the one ``DATABASE_URL`` names and drops it at the end."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.name = "apikit_test_" + uuid.uuid4().hex[:12]
        self._created = False

    @property
    def url(self) -> str:
        """The URL of this session's database, created on first use."""
        if not self._created:
            self._execute(f'CREATE DATABASE "{self.name}"')
            self._created = True
        return make_url(self.base_url).set(database=self.name).render_as_string(hide_password=False)

    def drop(self) -> None:
        """Drop the database if it was created (FORCE: engines of module fixtures may linger)."""
        if self._created:
            self._execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
            self._created = False

    def _execute(self, statement: str) -> None:
        # CREATE/DROP DATABASE cannot run inside a transaction block.
        engine = create_engine(self.base_url, isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as connection:
                connection.execute(text(statement))
        finally:
            engine.dispose()
