"""Seed 003 section 8.4 pagination for every event-platform list: page, cursor and offset modes.

The request chooses the mode by precedence: ``cursor`` present -> cursor mode (size
``limit``, default 50); else ``limit`` or ``offset`` present -> offset mode; else page mode
(``page``/``pageSize``, defaults 1 and 20). Parameters of a lower mode are ignored.
``nextCursor`` is given whenever more items follow. A cursor is an opaque 8-character
token encoding the position of the next item (6 bytes, base64url); the filters and sort
are the request's own, as the ``Link`` URLs repeat them. Every token of that form decodes,
so only a malformed one is refused (400).
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlencode

from server.services.errors import ServiceError
from server.services.event_platform.listing import Page, Window

PAGING_KEYS = ("page", "pageSize", "cursor", "limit", "offset")
CURSOR = re.compile(r"[A-Za-z0-9_-]{8}")


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
            offset = _decode(given["cursor"])
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
        """The opaque cursor of the item at ``offset``."""
        return base64.urlsafe_b64encode(offset.to_bytes(6, "big")).decode()

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


def _decode(cursor: str) -> int:
    if not CURSOR.fullmatch(cursor):
        raise InvalidCursorError("it is not an 8-character cursor")
    try:
        return int.from_bytes(base64.urlsafe_b64decode(cursor), "big")
    except (binascii.Error, ValueError) as exc:
        raise InvalidCursorError("it cannot be decoded") from exc
