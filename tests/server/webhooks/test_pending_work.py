"""The dispatcher's idle check sees every unrouted event and every due, unleased delivery."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import update

from server.settings import Settings
from server.storage.models.event_webhooks import WebhookDelivery
from server.storage.webhook_queue import PendingWork
from server.webhooks.dispatcher import Dispatcher, scheduling_now
from server.webhooks.sources import all_sources
from tests.server.conftest import Api


@pytest.fixture
def idle_dispatcher(api: Api, wh_settings: Settings) -> Dispatcher:
    """A dispatcher that is never started: the test runs its passes."""
    return Dispatcher(api.runtime.database, wh_settings)


def pending(api: Api, later: timedelta = timedelta(0)) -> bool:
    sources = all_sources()
    check = PendingWork([s.api for s in sources], [s.table for s in sources])
    with api.runtime.database.raw_read() as connection:
        return check.any(connection, scheduling_now() + later)


def drain(api: Api, dispatcher: Dispatcher) -> None:
    dispatcher.route()
    with dispatcher.database.session() as session:  # nothing due: these tests make no attempts
        session.execute(update(WebhookDelivery).values(status="delivered"))
    assert not pending(api)


def test_an_unrouted_event_is_work_until_routed(
    api: Api, idle_dispatcher: Dispatcher, new_event: Callable[..., dict[str, Any]]
) -> None:
    drain(api, idle_dispatcher)
    new_event()
    assert pending(api)
    idle_dispatcher.route()  # nobody subscribes: routed, no delivery made
    assert not pending(api)


def test_a_due_delivery_is_work_unless_leased_or_later(
    api: Api,
    idle_dispatcher: Dispatcher,
    subscribe: Callable[..., dict[str, Any]],
    new_event: Callable[..., dict[str, Any]],
) -> None:
    drain(api, idle_dispatcher)
    subscribe("http://127.0.0.1:9/hook", ["event.created"])
    new_event()
    idle_dispatcher.route()
    assert pending(api)  # routed into a delivery due now
    database = idle_dispatcher.database
    soon = scheduling_now() + timedelta(minutes=5)
    with database.session() as session:
        session.execute(update(WebhookDelivery).values(lease_until=soon))
    assert not pending(api)  # another dispatcher holds it
    assert pending(api, later=timedelta(minutes=10))  # its lease ran out
    with database.session() as session:
        session.execute(update(WebhookDelivery).values(lease_until=None, next_attempt_at=soon))
    assert not pending(api)  # its retry is not due yet
    assert pending(api, later=timedelta(minutes=10))


def test_an_idle_pass_does_no_work(api: Api, idle_dispatcher: Dispatcher) -> None:
    drain(api, idle_dispatcher)
    assert idle_dispatcher.run_once() == 0
