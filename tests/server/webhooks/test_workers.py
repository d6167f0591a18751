"""Two ``apikit worker`` processes on one PostgreSQL never make the same attempt twice.

Both APIs with webhooks are covered: their deliveries share the dispatcher's claims.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from server.runtime import Runtime
from server.services import outbox
from server.services.event_platform.outbox import record_event
from server.storage.models import cs_webhooks
from server.storage.models.base import utcnow
from server.storage.models.event_webhooks import WebhookDelivery, WebhookSubscription
from tests.server.webhooks.conftest import webhook_settings
from tests.server.webhooks.receiver import Receiver

ROOT = Path(__file__).resolve().parents[3]
#: More than one pass's batch, so both workers find work.
EVENTS = 150


def postgres_url() -> str | None:
    for name in ("APIKIT_TEST_POSTGRES_URL", "DATABASE_URL"):
        value = os.environ.get(name, "")  # noqa: TID251 - where CI says PostgreSQL is
        if value.startswith("postgresql"):
            return value
    return None


@pytest.fixture
def fresh_postgres() -> Iterator[str]:
    """A database of its own (other suites leave subscriptions and events in the shared one)."""
    url = postgres_url()
    if url is None:
        pytest.skip("needs APIKIT_TEST_POSTGRES_URL or DATABASE_URL pointing at PostgreSQL")
    name = f"apikit_wh_{uuid.uuid4().hex[:10]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def event_platform_work(session: Session, url: str) -> None:
    """One event-platform subscription and :data:`EVENTS` events for it."""
    session.add(
        WebhookSubscription(
            id=str(uuid.uuid4()),
            client_id="workers-test",
            url=url,
            event_types=["event.created"],
            enabled=True,
            retry_policy={"maxAttempts": 3, "initialDelaySeconds": 1, "backoffMultiplier": 1},
            secret="whsec_" + "0" * 32,
            version="1.0",
            created_at=utcnow(),
            updated_at=utcnow(),
        )
    )
    for number in range(EVENTS):
        record_event(session, "event.created", {"id": f"event-{number}"}, "workers-test")


def cs_integration_work(session: Session, url: str) -> None:
    """One cs-integration endpoint and :data:`EVENTS` health changes for it."""
    session.add(
        cs_webhooks.Webhook(
            webhook_id="wh_workerstest0000",
            client_id="workers-test",
            url=url,
            events=["customer.health_changed"],
            secret="whsec_" + "0" * 32,
            active=True,
            consecutive_failures=0,
            created_at=utcnow(),
        )
    )
    for number in range(EVENTS):
        outbox.record_event(
            session,
            "cs-integration",
            "customer.health_changed",
            {"customer_id": f"cust_{number}", "health_score": 50},
            "workers-test",
        )


@pytest.mark.postgres
@pytest.mark.slow
@pytest.mark.parametrize(
    ("seed", "model", "delay_scale"),
    [
        (event_platform_work, WebhookDelivery, 0.25),
        # The spec's first retry comes after a minute: 0.6 s here.
        (cs_integration_work, cs_webhooks.WebhookDelivery, 0.01),
    ],
    ids=["event-platform", "cs-integration"],
)
def test_two_workers_never_send_one_attempt_twice(
    seed: Callable[[Session, str], None],
    model: Any,
    delay_scale: float,
    fresh_postgres: str,
    tmp_path: Path,
) -> None:
    settings = webhook_settings(
        tmp_path / "data", database_url=fresh_postgres, webhook_delay_scale=delay_scale
    )
    runtime = Runtime.start(settings)
    receiver = Receiver().start()
    # Every delivery fails once, then succeeds: two attempts each, each made exactly once.
    seen: set[str] = set()

    def status_for(delivery_id: str) -> int:
        if delivery_id in seen:
            return 200
        seen.add(delivery_id)
        return 503

    receiver.status_of = status_for
    workers: list[subprocess.Popen[bytes]] = []
    try:
        with runtime.database.session() as session:
            seed(session, receiver.url)
        env = {
            **os.environ,  # noqa: TID251 - the workers inherit ours, plus the settings
            **settings.to_env(),
            "PYTHONPATH": str(ROOT),
            "PYTHONWARNINGS": "ignore",
        }
        logs = [tmp_path / f"worker-{number}.log" for number in range(2)]
        for log in logs:
            with log.open("wb") as sink:
                workers.append(
                    subprocess.Popen(
                        [sys.executable, "-m", "apikit", "worker"],
                        cwd=ROOT,
                        env=env,
                        stdout=sink,
                        stderr=subprocess.STDOUT,
                    )
                )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with runtime.database.session() as session:
                statuses = session.scalars(select(model.status)).all()
            if len(statuses) == EVENTS and set(statuses) == {"succeeded"}:
                break
            time.sleep(0.2)
        assert len(statuses) == EVENTS and set(statuses) == {"succeeded"}
        ids = Counter(r.headers["X-Webhook-Id"] for r in receiver.received)
        assert len(ids) == EVENTS
        assert set(ids.values()) == {2}
        with runtime.database.session() as session:
            for delivery in session.scalars(select(model)):
                assert [a["attemptNumber"] for a in delivery.attempts] == [1, 2]
        # Both took part (each logs its attempts).
        for log in logs:
            assert " attempt " in log.read_text(), log.read_text()
    finally:
        for worker in workers:
            worker.terminate()
        for worker in workers:
            worker.wait(timeout=30)
        receiver.stop()
        runtime.close()
