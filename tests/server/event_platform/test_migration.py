"""The event-platform migration branch: one revision from core creating every table."""

from __future__ import annotations

from sqlalchemy import inspect

from server.settings import Settings
from server.storage.database import Database
from server.storage.migrate import heads, upgrade

TABLES = {
    "ep_users",
    "ep_speaker_profiles",
    "ep_event_series",
    "ep_events",
    "ep_sessions",
    "ep_session_speakers",
    "ep_session_attendance",
    "ep_session_materials",
    "ep_session_feedback",
    "ep_registrations",
    "ep_export_jobs",
}


def test_event_platform_branch_creates_its_tables(settings: Settings) -> None:
    database = Database(settings.effective_database_url)
    try:
        upgrade(database)
        assert any(head.startswith("event_platform_") for head in heads(database))
        assert TABLES <= set(inspect(database.engine).get_table_names())
    finally:
        database.dispose()
