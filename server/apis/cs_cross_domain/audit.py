"""Handlers of ``/audit/{audit_id}``: the entries ``X-Audit-Trail`` links to."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from server.apis.context import caller, runtime
from server.http.replies import json_reply
from server.services.cs_cross_domain.audit import AuditService


def get_audit_entry(audit_id: str, token_info: dict[str, Any]) -> Response:
    """GET /audit/{audit_id}"""
    return json_reply(AuditService(runtime().database).entry(caller(token_info), audit_id))
