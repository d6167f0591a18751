"""Steps the registration, payment and webhook tests share: register, pay, read the outbox."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select

from server.storage.models.outbox import OutboxEvent
from tests.server.conftest import Api
from tests.server.event_platform.conftest import BASE

PRICE = {"amount": 14900, "currency": "USD"}


def attendee(**changes: Any) -> dict[str, Any]:
    """Attendee details with an email no other test uses."""
    return {
        "firstName": "Maria",
        "lastName": "Garcia",
        "email": f"maria-{uuid.uuid4().hex[:10]}@example.com",
        **changes,
    }


def register(api: Api, headers: dict[str, str], event_id: str, **body: Any) -> dict[str, Any]:
    """POST /registrations and return the created registration."""
    payload = {"eventId": event_id, "attendee": attendee(), **body}
    response = api.request("POST", f"{BASE}/registrations", json=payload, headers=headers)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def pay(
    api: Api, headers: dict[str, str], registration_id: str, token: str = "tok_visa"
) -> dict[str, Any]:
    """POST /payments for the registration with a sandbox token; return the payment."""
    body = {
        "registrationId": registration_id,
        "paymentMethod": {"type": "card", "token": token},
        "billingDetails": {"name": "Maria Garcia", "email": "maria.garcia@example.com"},
    }
    response = api.request("POST", f"{BASE}/payments", json=body, headers=headers)
    assert response.status_code == 201, response.text
    payment: dict[str, Any] = response.json()
    return payment


def get(api: Api, headers: dict[str, str], path: str) -> dict[str, Any]:
    """GET ``path`` under the base path, asserting 200."""
    response = api.request("GET", f"{BASE}{path}", headers=headers)
    assert response.status_code == 200, response.text
    found: dict[str, Any] = response.json()
    return found


def outbox(api: Api, event_type: str, **match: Any) -> list[dict[str, Any]]:
    """Payloads of ``event_type`` outbox rows whose top-level members equal ``match``."""
    with api.runtime.database.session() as session:
        rows = session.scalars(
            select(OutboxEvent)
            .where(OutboxEvent.api == "event-platform", OutboxEvent.event_type == event_type)
            .order_by(OutboxEvent.id)
        ).all()
        payloads = [dict(row.payload) for row in rows]
    return [p for p in payloads if all(p.get(k) == v for k, v in match.items())]


def assert_error(response: Any, status: int, code: str) -> dict[str, Any]:
    """The response is ``status`` in the seed 003 envelope with ``code``; return its body."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    error: dict[str, Any] = response.json()["error"]
    assert error["code"] == code
    assert error["status"] == status
    assert {"message", "timestamp", "correlationId", "documentation"} <= set(error)
    return error
