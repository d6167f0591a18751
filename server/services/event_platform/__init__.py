"""event-platform (seed 003) business rules: events, users, sessions, exports, the outbox seam."""
