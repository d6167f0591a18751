"""Revision cs_integration_0004 adds the delivery log and a secret for every endpoint."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import inspect, text

from server.storage.database import Database
from server.storage.migrate import alembic_config, upgrade


def test_endpoints_registered_without_a_secret_get_one_and_it_is_undone(tmp_path: Path) -> None:
    database = Database(f"sqlite:///{tmp_path / 'old.db'}")
    try:
        config = alembic_config(database)
        with database.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "cs_integration_0003")
            for number, secret in ((1, "NULL"), (2, "'whsec_kept00000000'")):
                connection.execute(
                    text(
                        "INSERT INTO cs_webhooks (webhook_id, client_id, url, events, secret, "
                        "active, consecutive_failures, created_at) VALUES "
                        f"('wh_old{number}', 'cl_x', 'https://hooks.example/{number}', "
                        f"'[\"customer.created\"]', {secret}, 1, 0, '2025-01-02 03:04:05')"
                    )
                )
        upgrade(database)
        with database.engine.connect() as connection:
            secrets = dict(
                connection.execute(text("SELECT webhook_id, secret FROM cs_webhooks")).all()
            )
        assert secrets["wh_old2"] == "whsec_kept00000000"
        assert secrets["wh_old1"].startswith("whsec_") and len(secrets["wh_old1"]) == 38
        assert "cs_webhook_deliveries" in inspect(database.engine).get_table_names()
        with database.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "cs_integration_0003")
        assert "cs_webhook_deliveries" not in inspect(database.engine).get_table_names()
    finally:
        database.dispose()
