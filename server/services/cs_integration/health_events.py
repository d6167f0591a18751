"""Health-change events: recorded on receipt and applied to the customer they name.

Applying an event sets the customer's ``health_score`` to ``new_score``, its trend to the
one the event implies, its risk level to the one the new score implies and ``last_updated``
to the time of receipt; ``previous_score`` is stored as reported, not checked.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from server.auth.principal import Principal
from server.services.cs_integration.customer_state import customer_in_body
from server.services.cs_integration.customers import API, representation, risk_level
from server.services.cs_integration.ids import new_id
from server.services.cs_integration.scoring import trend_between
from server.services.cs_integration.wire import parse_timestamp, timestamp
from server.services.errors import BusinessRuleError, NotFoundError
from server.services.outbox import record_event
from server.storage.cs_health import SqlHealthEventStore
from server.storage.database import Database
from server.storage.models.base import utcnow
from server.storage.models.cs_domains import HealthChangeEvent

RESOURCE = "health-change event"
#: How far in the future a reported timestamp may be (clock skew between systems).
FUTURE_TOLERANCE = timedelta(minutes=5)


class HealthEventService:
    """Recording and reading health-change events; every method is one transaction."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def record(self, caller: Principal, data: Mapping[str, Any]) -> dict[str, Any]:
        """Store the event and apply it; 422 for an unknown customer or a future timestamp."""
        received = utcnow()
        happened = parse_timestamp(str(data["timestamp"]))
        with self.database.session() as session:
            customer = customer_in_body(session, str(data["customer_id"]))
            if happened > received + FUTURE_TOLERANCE:
                raise BusinessRuleError(
                    "timestamp_not_future",
                    "The timestamp is more than 5 minutes in the future.",
                    "body/timestamp",
                )
            event = SqlHealthEventStore(session).add(
                HealthChangeEvent(
                    event_id=new_id("hce"),
                    customer_id=customer.customer_id,
                    previous_score=int(data["previous_score"]),
                    new_score=int(data["new_score"]),
                    change_reason=str(data["change_reason"]),
                    trigger_events=list(data.get("trigger_events", [])),
                    recommended_actions=list(data.get("recommended_actions", [])),
                    timestamp=happened,
                    recorded_at=received,
                )
            )
            risk_before = risk_level(customer.health_score)
            customer.health_score = event.new_score
            customer.health_trend = trend_between(event.previous_score, event.new_score)
            customer.last_updated = received
            session.flush()
            record_event(
                session, API, "customer.health_changed", representation(customer), caller.client_id
            )
            if risk_level(customer.health_score) != risk_before:
                record_event(
                    session,
                    API,
                    "customer.risk_level_changed",
                    representation(customer),
                    caller.client_id,
                )
            return event_body(event)

    def get(self, event_id: str) -> dict[str, Any]:
        """One recorded event; 404 when unknown."""
        with self.database.read_session() as session:
            event = SqlHealthEventStore(session).get(event_id)
            if event is None:
                raise NotFoundError(RESOURCE, event_id)
            return event_body(event)

    def count_last_24h(self) -> int:
        """Events received in the 24 hours before now (for the metrics)."""
        with self.database.session() as session:
            return SqlHealthEventStore(session).received_since(utcnow() - timedelta(hours=24))


def event_body(event: HealthChangeEvent) -> dict[str, Any]:
    """The API's view of a recorded event."""
    return {
        "event_id": event.event_id,
        "customer_id": event.customer_id,
        "previous_score": event.previous_score,
        "new_score": event.new_score,
        "change_reason": event.change_reason,
        "trigger_events": list(event.trigger_events),
        "recommended_actions": list(event.recommended_actions),
        "timestamp": timestamp(event.timestamp),
        "recorded_at": timestamp(event.recorded_at),
    }
