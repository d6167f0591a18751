"""The audit log: one entry per authenticated request, readable by the client that made it."""

from __future__ import annotations

import secrets
from typing import Any

from server.auth.principal import Principal
from server.services.cs_cross_domain.records import timestamp
from server.services.errors import ForbiddenError, NotFoundError
from server.storage.cs_cross_domain import SqlCrossDomainStore
from server.storage.database import Database
from server.storage.models.base import utcnow
from server.storage.models.cs_cross_domain import AuditEntry

#: The spec's AuditEntry lists at most 20 scopes of at most 100 characters.
MAX_SCOPES, MAX_SCOPE_LENGTH, MAX_PATH = 20, 100, 2000


def new_audit_id() -> str:
    """A fresh, unguessable audit entry id."""
    return "aud_" + secrets.token_hex(10)


def entry_body(entry: AuditEntry) -> dict[str, Any]:
    """The API's view of an audit entry."""
    return {
        "audit_id": entry.audit_id,
        "request_id": entry.request_id,
        "client_id": entry.client_id,
        "method": entry.method,
        "path": entry.path,
        "status": entry.status,
        "scopes": list(entry.scopes),
        "recorded_at": timestamp(entry.recorded_at),
    }


class AuditService:
    """Writes and reads audit entries; every method is one transaction."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def record(
        self,
        audit_id: str,
        caller: Principal,
        request_id: str,
        method: str,
        path: str,
        status: int,
    ) -> None:
        """Store the entry of one answered request."""
        scopes = sorted(s for s in caller.scopes if len(s) <= MAX_SCOPE_LENGTH)[:MAX_SCOPES]
        entry = AuditEntry(
            audit_id=audit_id,
            request_id=request_id[:200],
            client_id=caller.client_id[:200],
            method=method,
            # %00 in a URL decodes to NUL, which PostgreSQL text cannot hold.
            path=path.replace("\x00", "%00")[:MAX_PATH],
            status=status,
            scopes=scopes,
            recorded_at=utcnow(),
        )
        with self.database.session() as session:
            SqlCrossDomainStore(session).add(entry)

    def entry(self, caller: Principal, audit_id: str) -> dict[str, Any]:
        """The entry ``audit_id``; 404 when unknown, 403 when another client's."""
        with self.database.session() as session:
            found = SqlCrossDomainStore(session).audit_entry(audit_id)
            if found is None:
                raise NotFoundError("audit entry", audit_id)
            if found.client_id != caller.client_id:
                raise ForbiddenError("audit entry", audit_id)
            return entry_body(found)
