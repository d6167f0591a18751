"""Seed 003 section 8.4 pagination for every event-platform list: page, cursor and offset modes.

The request chooses the mode by precedence: ``cursor`` present -> cursor mode (size
``limit``, default 50); else ``limit`` or ``offset`` present -> offset mode; else page mode
(``page``/``pageSize``, defaults 1 and 20). Parameters of a lower mode are ignored.
``nextCursor`` is given whenever more items follow; a cursor encodes its position and a
fingerprint of the filters and sort of the request that issued it, so one that cannot be
decoded, or that is replayed with other filters, is a 400.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlencode

from server.services.errors import ServiceError
from server.services.event_platform.listing import Page, Window

PAGING_KEYS = ("page", "pageSize", "cursor", "limit", "offset")


class InvalidCursorError(ServiceError):
    """The ``cursor`` was not issued by this list for these filters (400)."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"The cursor is not valid for this request: {reason}.")
        self.reason = reason


@dataclass(frozen=True)
class Paging:
    """The mode, window and query of one list request."""

    mode: str
    window: Window
    path: str
    kept: tuple[tuple[str, str], ...]

    @classmethod
    def from_request(cls, path: str, query: str) -> Paging:
        """The paging the raw query asks for (defaults Connexion fills in are not "present")."""
        pairs = parse_qsl(query, keep_blank_values=True)
        given = dict(pairs)
        kept = tuple((k, v) for k, v in pairs if k not in PAGING_KEYS)
        if "cursor" in given:
            limit = int(given.get("limit", 50))
            offset = _decode(given["cursor"], _fingerprint(kept))
            return cls("cursor", Window(offset, limit), path, kept)
        if "limit" in given or "offset" in given:
            window = Window(int(given.get("offset", 0)), int(given.get("limit", 50)))
            return cls("offset", window, path, kept)
        page, size = int(given.get("page", 1)), int(given.get("pageSize", 20))
        return cls("page", Window((page - 1) * size, size), path, kept)

    def body(self, page: Page[Any]) -> dict[str, Any]:
        """The ``pagination`` member for ``page``."""
        window = self.window
        has_more = window.offset + window.limit < page.total
        info: dict[str, Any] = {"mode": self.mode, "totalItems": page.total, "hasMore": has_more}
        if self.mode == "page":
            info["page"] = window.offset // window.limit + 1
            info["pageSize"] = window.limit
            info["totalPages"] = max(1, -(-page.total // window.limit))
        else:
            info["limit"] = window.limit
        if self.mode == "offset":
            info["offset"] = window.offset
        if has_more:
            info["nextCursor"] = self.cursor_at(window.offset + window.limit)
        return info

    def cursor_at(self, offset: int) -> str:
        """An opaque cursor for the item at ``offset`` under this request's filters and sort."""
        raw = json.dumps({"o": offset, "f": _fingerprint(self.kept)}, separators=(",", ":"))
        return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")

    def links(self, total: int) -> str:
        """RFC 8288 ``first``/``prev``/``next``/``last`` links in this request's mode."""
        window = self.window
        last_offset = max(0, (total - 1) // window.limit * window.limit) if total else 0
        targets: list[tuple[str, int]] = [("first", 0)]
        if window.offset > 0:
            targets.append(("prev", max(0, window.offset - window.limit)))
        if window.offset + window.limit < total:
            targets.append(("next", window.offset + window.limit))
        targets.append(("last", last_offset))
        return ", ".join(f'<{self._url(offset)}>; rel="{rel}"' for rel, offset in targets)

    def _url(self, offset: int) -> str:
        size = self.window.limit
        paging: list[tuple[str, Any]]
        if self.mode == "page":
            paging = [("page", offset // size + 1), ("pageSize", size)]
        elif self.mode == "cursor":
            paging = [("cursor", self.cursor_at(offset)), ("limit", size)]
        else:
            paging = [("limit", size), ("offset", offset)]
        return f"{self.path}?{urlencode([*self.kept, *paging])}"


def _fingerprint(kept: tuple[tuple[str, str], ...]) -> str:
    canonical = json.dumps(sorted(kept), separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()[:12]


def _decode(cursor: str, fingerprint: str) -> int:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        data = json.loads(raw)
        offset = data["o"]
        issued_for = data["f"]
    except (binascii.Error, ValueError, TypeError, KeyError) as exc:
        raise InvalidCursorError("it cannot be decoded") from exc
    if not isinstance(offset, int) or isinstance(offset, bool) or offset < 0:
        raise InvalidCursorError("it names no position")
    if issued_for != fingerprint:
        raise InvalidCursorError("it was issued for other filters or another sort")
    return offset
