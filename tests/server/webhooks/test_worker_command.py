"""``apikit worker --once`` routes new events and delivers what is due, then exits."""

from __future__ import annotations

import uuid
from pathlib import Path

from click.testing import CliRunner

from apikit.cli import cli
from server.runtime import Runtime
from server.services.event_platform.outbox import record_event
from server.storage.models.base import utcnow
from server.storage.models.event_webhooks import WebhookSubscription
from tests.server.webhooks.conftest import webhook_settings
from tests.server.webhooks.receiver import Receiver


def test_worker_once_delivers_a_recorded_event(tmp_path: Path) -> None:
    # A SQLite file of its own: a shared PostgreSQL database holds other tests' due work
    # (two workers on PostgreSQL: test_workers.py).
    settings = webhook_settings(tmp_path / "data", database_url="")
    runtime = Runtime.start(settings)
    receiver = Receiver().start()
    try:
        with runtime.database.session() as session:
            session.add(
                WebhookSubscription(
                    id=str(uuid.uuid4()),
                    client_id="worker-command",
                    url=receiver.url,
                    event_types=["session.created"],
                    enabled=True,
                    retry_policy={
                        "maxAttempts": 1,
                        "initialDelaySeconds": 1,
                        "backoffMultiplier": 1,
                    },
                    secret="whsec_" + "2" * 32,
                    version="1.0",
                    created_at=utcnow(),
                    updated_at=utcnow(),
                )
            )
            record_event(session, "session.created", {"id": "s-worker"}, "worker-command")
        result = CliRunner().invoke(cli, ["worker", "--once"], env=settings.to_env())
        assert result.exit_code == 0, result.output
        assert "1 deliveries queued, 1 attempts made" in result.output
        assert [r.envelope["data"] for r in receiver.of("id", "s-worker")] == [{"id": "s-worker"}]
    finally:
        receiver.stop()
        runtime.close()
