"""ORM models; importing this package registers every table on :data:`Base.metadata`.

Each API adds its own module here (``cs_integration.py``, ``event_platform.py`` ...) and
imports it below, so Alembic's autogenerate sees every table.
"""

from __future__ import annotations

from server.storage.models import (
    auth,
    cs_cross_domain,
    cs_domains,
    cs_integration,
    cs_webhooks,
    event_payments,
    event_platform,
    event_registrations,
    event_webhooks,
    outbox,
    platform_integrations,
)
from server.storage.models.base import Base

__all__ = [
    "Base",
    "auth",
    "cs_cross_domain",
    "cs_domains",
    "cs_integration",
    "cs_webhooks",
    "event_payments",
    "event_platform",
    "event_registrations",
    "event_webhooks",
    "outbox",
    "platform_integrations",
]
