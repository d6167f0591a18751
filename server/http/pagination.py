"""Limit/offset pagination: the page object of list bodies and RFC 8288 ``Link`` headers."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode


@dataclass(frozen=True)
class PageRequest:
    """Which slice of a collection the client asked for."""

    limit: int
    offset: int

    def links(self, path: str, query: str, total: int) -> str | None:
        """``first``/``prev``/``next``/``last`` links keeping the request's other parameters."""
        pairs = parse_qsl(query, keep_blank_values=True)
        kept = [(k, v) for k, v in pairs if k not in ("limit", "offset")]

        def url(offset: int) -> str:
            return f"<{path}?{urlencode([*kept, ('limit', self.limit), ('offset', offset)])}>"

        last = max(0, (total - 1) // self.limit * self.limit) if total else 0
        links = [f'{url(0)}; rel="first"']
        if self.offset > 0:
            links.append(f'{url(max(0, self.offset - self.limit))}; rel="prev"')
        if self.offset + self.limit < total:
            links.append(f'{url(self.offset + self.limit)}; rel="next"')
        links.append(f'{url(last)}; rel="last"')
        return ", ".join(links)

    def body(self, total: int) -> dict[str, int]:
        """The ``pagination`` member of a list body."""
        return {"limit": self.limit, "offset": self.offset, "total": total}
