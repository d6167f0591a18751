"""Alembic migrations: one shared core branch plus one branch per API (see ARCHITECTURE.md)."""
