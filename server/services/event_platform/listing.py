"""Lists of the event-platform: sort by the ``sort`` parameter, then cut one window out.

Filtering and sorting run over the matching rows in Python: every list sorts on derived
values too (an event's ``completed`` status, a session's rating), which SQL cannot see.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Window:
    """Which slice of a sorted collection to return."""

    offset: int
    limit: int


@dataclass(frozen=True)
class Page(Generic[T]):
    """One window of a collection and the size of the whole (filtered) collection."""

    items: list[T]
    total: int


def parse_sort(sort: str | None, default: str) -> list[tuple[str, bool]]:
    """``"-startTime,title"`` -> ``[("startTime", True), ("title", False)]`` (True: descending)."""
    fields = [part.strip() for part in (sort or default).split(",") if part.strip()]
    return [(field.lstrip("-"), field.startswith("-")) for field in fields]


def sort_items(
    items: Sequence[T],
    sort: str | None,
    default: str,
    keys: Mapping[str, Callable[[T], Any]],
    tie: Callable[[T], Any],
) -> list[T]:
    """``items`` ordered by the requested fields, ties broken by ``tie`` (the id).

    Missing values sort after present ones in either direction.
    """
    ordered = sorted(items, key=tie)
    for field, descending in reversed(parse_sort(sort, default)):
        key = keys[field]
        present = [item for item in ordered if key(item) is not None]
        absent = [item for item in ordered if key(item) is None]
        present.sort(key=key, reverse=descending)
        ordered = present + absent
    return ordered


def cut(items: Sequence[T], window: Window) -> Page[T]:
    """The window of ``items``."""
    return Page(list(items[window.offset : window.offset + window.limit]), len(items))


def contains_text(needle: str | None, *haystacks: str | None) -> bool:
    """Case-insensitive substring search over the given texts (``q`` parameters)."""
    if not needle:
        return True
    lowered = needle.lower()
    return any(lowered in text.lower() for text in haystacks if text)
