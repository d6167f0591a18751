"""Publisher-bound tokens: a token with a ``publisher_id`` claim acts on that publisher only."""

from __future__ import annotations

from server.auth.principal import Principal
from server.services.platform_integrations.errors import PublisherBindingError


def check_publisher(caller: Principal, publisher_id: str) -> None:
    """403 when ``caller`` is bound to another publisher; operators (no claim) pass."""
    if caller.publisher_id is not None and caller.publisher_id != publisher_id:
        raise PublisherBindingError(caller.publisher_id, publisher_id)
