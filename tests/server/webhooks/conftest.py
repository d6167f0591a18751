"""Fixtures: the server over the real spec, a dispatcher, loopback receivers, subscriptions."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, delete, inspect, update

from server.app import create_app
from server.settings import Settings
from server.storage.models import cs_webhooks
from server.storage.models.event_webhooks import WebhookDelivery, WebhookSubscription
from server.storage.models.outbox import OutboxEvent
from server.webhooks.dispatcher import Dispatcher
from tests.server.conftest import Api, database_url
from tests.server.event_platform.conftest import BASE, EP_SCOPES, REPO_SPECS, event_body
from tests.server.webhooks.receiver import Receiver

__all__ = ["BASE", "Receiver", "event_body", "webhook_settings"]


def webhook_settings(data_dir: Path, **changes: Any) -> Settings:
    """Settings letting deliveries reach loopback over http, with short delays."""
    base = Settings(
        data_dir=data_dir,
        specs_dir=REPO_SPECS,
        database_url=database_url(),
        rate_limits_enabled=False,
        webhook_allow_http=True,
        webhook_allow_networks=("127.0.0.0/8", "::1/128"),
        webhook_timeout_seconds=2,
        webhook_delay_scale=0.25,
        webhook_poll_seconds=0.05,
    )
    return base.with_changes(**changes)


@pytest.fixture(scope="module")
def wh_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return webhook_settings(tmp_path_factory.mktemp("webhooks") / "data")


@pytest.fixture(scope="module")
def api(wh_settings: Settings) -> Iterator[Api]:
    """The server over the real spec (no lifespan: tests run their own dispatcher)."""
    app = create_app(wh_settings)
    yield Api(app, app.runtime)
    app.runtime.close()


@pytest.fixture(scope="module")
def headers(api: Api) -> dict[str, str]:
    return api.bearer(EP_SCOPES)


@pytest.fixture(autouse=True)
def quiet_shared_queue() -> None:
    """Leave only this test's work for the dispatchers.

    On SQLite every module has its own database; on PostgreSQL all suites share one, and the
    subscriptions, deliveries and unrouted events other suites left (to hosts that are not
    listening) would otherwise be attempted first and hold a dispatcher past a test's wait.
    """
    url = database_url()
    if not url.startswith("postgresql"):
        return
    engine = create_engine(url)
    try:
        if not inspect(engine).has_table(WebhookDelivery.__tablename__):
            return
        with engine.begin() as connection:
            connection.execute(delete(WebhookDelivery))
            connection.execute(update(WebhookSubscription).values(enabled=False))
            if inspect(engine).has_table(cs_webhooks.WebhookDelivery.__tablename__):
                connection.execute(delete(cs_webhooks.WebhookDelivery))
                connection.execute(update(cs_webhooks.Webhook).values(active=False))
            connection.execute(
                update(OutboxEvent)
                .where(OutboxEvent.delivered_at.is_(None))
                .values(delivered_at=datetime.now(UTC))
            )
    finally:
        engine.dispose()


@pytest.fixture
def dispatcher(api: Api, wh_settings: Settings) -> Iterator[Dispatcher]:
    running = Dispatcher(api.runtime.database, wh_settings)
    running.start()
    yield running
    running.stop()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    started = Receiver().start()
    yield started
    started.stop()


@pytest.fixture
def subscribe(api: Api, headers: dict[str, str]) -> Iterator[Callable[..., dict[str, Any]]]:
    """Create subscriptions (deleted afterwards, so later tests' events do not reach them)."""
    made: list[str] = []

    def create(url: str, event_types: list[str], **body: Any) -> dict[str, Any]:
        payload = {"url": url, "eventTypes": event_types, **body}
        response = api.request("POST", f"{BASE}/webhooks", json=payload, headers=headers)
        assert response.status_code == 201, response.text
        created: dict[str, Any] = response.json()
        made.append(created["id"])
        return created

    yield create
    for subscription_id in made:
        api.request("DELETE", f"{BASE}/webhooks/{subscription_id}", headers=headers)


@pytest.fixture
def new_event(api: Api, headers: dict[str, str]) -> Callable[..., dict[str, Any]]:
    def create(**changes: Any) -> dict[str, Any]:
        response = api.request(
            "POST", f"{BASE}/events", json=event_body(**changes), headers=headers
        )
        assert response.status_code == 201, response.text
        event: dict[str, Any] = response.json()
        return event

    return create
