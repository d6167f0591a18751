"""Who is calling: the principal behind a verified token or API key, and the rate-limit caller."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

#: Seed 003 section 8.1 client types, from least to most trusted.
CLIENT_TYPES = ("anonymous", "user", "partner", "internal")


@dataclass(frozen=True)
class Principal:
    """A verified client with its scopes and optional object bindings."""

    client_id: str
    scopes: frozenset[str]
    client_type: str = "partner"
    publisher_id: str | None = None
    customer_id: str | None = None

    def token_info(self) -> dict[str, Any]:
        """The dict Connexion keeps as ``token_info`` (``sub`` and a space-separated ``scope``)."""
        info: dict[str, Any] = {
            "sub": self.client_id,
            "client_id": self.client_id,
            "scope": " ".join(sorted(self.scopes)),
            "client_type": self.client_type,
        }
        if self.publisher_id is not None:
            info["publisher_id"] = self.publisher_id
        if self.customer_id is not None:
            info["customer_id"] = self.customer_id
        return info

    @classmethod
    def from_token_info(cls, info: Mapping[str, Any]) -> Principal:
        """Inverse of :meth:`token_info` (what handlers receive as ``token_info``)."""
        scope = info.get("scope", "")
        scopes = scope.split() if isinstance(scope, str) else list(scope)
        return cls(
            client_id=str(info.get("client_id") or info.get("sub") or ""),
            scopes=frozenset(scopes),
            client_type=str(info.get("client_type", "partner")),
            publisher_id=info.get("publisher_id"),
            customer_id=info.get("customer_id"),
        )


@dataclass(frozen=True)
class Caller:
    """What the rate limiter knows of a request: a stable key and the client type."""

    key: str
    client_type: str

    @classmethod
    def of(cls, principal: Principal | None, remote: str) -> Caller:
        """A known client by id; anyone else by address, as ``anonymous``."""
        if principal is None:
            return cls(f"ip:{remote}", "anonymous")
        return cls(f"client:{principal.client_id}", principal.client_type)
