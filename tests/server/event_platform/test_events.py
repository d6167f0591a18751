"""Events over HTTP: lifecycle, rules, conditional requests, pagination, iCalendar."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.server.conftest import Api
from tests.server.event_platform.conftest import BASE, event_body, instant

EVENTS = f"{BASE}/events"


def test_create_is_a_draft_with_links_and_location(api: Api, headers: dict[str, str]) -> None:
    response = api.request("POST", EVENTS, json=event_body(), headers=headers)
    assert response.status_code == 201, response.text
    event = response.json()
    assert event["status"] == "draft"
    assert response.headers["location"] == f"{EVENTS}/{event['id']}"
    assert event["links"]["statistics"] == f"{EVENTS}/{event['id']}/statistics"
    assert response.headers["etag"].startswith('"')
