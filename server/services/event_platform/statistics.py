"""Event statistics, derived on every read from registrations, payments and sessions."""

from __future__ import annotations

from collections import Counter
from typing import Any

from server.auth.principal import Principal
from server.services.event_platform.events import visible_event
from server.services.event_platform.ledger import PaymentLedger, default_ledger
from server.services.event_platform.values import iso, zone
from server.storage.database import Database
from server.storage.event_platform.registrations import SqlRegistrationStore
from server.storage.event_platform.sessions import SqlSessionStore
from server.storage.models.base import utcnow


class StatisticsService:
    """``GET /events/{eventId}/statistics`` (each figure's rule is in the spec's schema)."""

    def __init__(self, database: Database, ledger: PaymentLedger | None = None) -> None:
        self.database = database
        self.ledger = ledger or default_ledger()

    def of_event(self, caller: Principal, event_id: str) -> dict[str, Any]:
        """The figures of one event, now."""
        with self.database.session() as session:
            event = visible_event(session, caller, event_id)
            registrations = SqlRegistrationStore(session).of_event(event_id)
            by_status = Counter(r.status for r in registrations)
            pending, confirmed = by_status["pending"], by_status["confirmed"]
            checked_in, cancelled = by_status["checked_in"], by_status["cancelled"]
            seats_taken = pending + confirmed + checked_in
            attendees = confirmed + checked_in
            tz = zone(event.timezone)
            per_day = Counter(r.created_at.astimezone(tz).date() for r in registrations)
            revenue = self.ledger.revenue(session, event_id)
            sessions_store = SqlSessionStore(session)
            sessions = sessions_store.of_event(event_id)
            counts = sessions_store.counts([s.id for s in sessions])
            ratings = [r.rating for s in sessions for r in sessions_store.feedback(s.id)]
            body: dict[str, Any] = {
                "eventId": event_id,
                "generatedAt": iso(utcnow()),
                "registrations": {
                    "total": len(registrations),
                    "pending": pending,
                    "confirmed": confirmed,
                    "checkedIn": checked_in,
                    "cancelled": cancelled,
                },
                "seatsTaken": seats_taken,
                "attendeeCount": attendees,
                "checkInRate": checked_in / attendees if attendees else 0,
                "revenue": {
                    "currency": event.price_currency or "USD",
                    "gross": revenue.gross,
                    "refunded": revenue.refunded,
                    "net": revenue.gross - revenue.refunded,
                },
                "sessions": {
                    # A cancelled event reports its sessions as cancelled (Session schema).
                    "count": sum(
                        1
                        for s in sessions
                        if s.status != "cancelled" and event.status != "cancelled"
                    ),
                    "cancelled": sum(
                        1
                        for s in sessions
                        if s.status == "cancelled" or event.status == "cancelled"
                    ),
                    "totalAttendance": sum(counts[s.id][0] for s in sessions),
                },
                "registrationsByDay": [
                    {"date": day.isoformat(), "count": count}
                    for day, count in sorted(per_day.items())
                ],
            }
            if ratings:
                body["sessions"]["averageRating"] = sum(ratings) / len(ratings)
            if event.capacity is not None:
                body["capacity"] = event.capacity
                body["seatsRemaining"] = max(0, event.capacity - seats_taken)
            return body
