"""Webhook delivery: fan-out of outbox events, signed HTTP attempts, retries, the dispatcher."""
