"""Identifiers and timestamps of cs-cross-domain records, derived from their ``seq``."""

from __future__ import annotations

import re
from datetime import datetime

#: Public identifier prefixes of the records (``camp_12``); tickets are ``PROD-<999 + seq>``.
CAMPAIGN, FORECAST, EXECUTION = "camp_", "fc_", "exec_"
TICKET_PREFIX, TICKET_OFFSET = "PROD-", 999

_DIGITS = re.compile(r"^[1-9][0-9]{0,17}$")
#: ``seq`` columns are 32-bit integers; PostgreSQL refuses a larger value in a lookup.
MAX_SEQ = 2**31 - 1


def public_id(prefix: str, seq: int) -> str:
    """The identifier a record is known by."""
    if prefix == TICKET_PREFIX:
        return f"{TICKET_PREFIX}{seq + TICKET_OFFSET}"
    return f"{prefix}{seq}"


def seq_of(prefix: str, identifier: str) -> int | None:
    """The ``seq`` behind an identifier, or None when no record can have it."""
    digits = identifier.removeprefix(prefix)
    if not identifier.startswith(prefix) or not _DIGITS.match(digits):
        return None
    seq = int(digits) - (TICKET_OFFSET if prefix == TICKET_PREFIX else 0)
    return seq if 1 <= seq <= MAX_SEQ else None


def timestamp(moment: datetime) -> str:
    """RFC 3339 UTC, whole seconds, as every response shows times."""
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
