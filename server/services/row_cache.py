"""What a service derives from a stored row, kept per row content.

A representation and its strong ETag depend on nothing but the stored row, yet cost more
to build (two JSON encodings and a SHA-256) than reading the row. Keyed by the row's values
as the driver returned them, a cached value can never be stale: a changed row is a new key.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Generic, Protocol, TypeVar

T = TypeVar("T")
R = TypeVar("R", bound="Keyed")

#: Distinct rows kept per cache; the oldest goes first.
DEFAULT_SIZE = 1024


class Keyed(Protocol):
    """A stored row that can key a cache."""

    @property
    def key(self) -> Hashable:
        """Equal keys mean equal stored values."""


class RowCache(Generic[R, T]):
    """``derive(row)``, computed once per distinct row content (bounded, oldest out).

    Values are shared between callers: treat them as read-only.
    """

    def __init__(self, derive: Callable[[R], T], size: int = DEFAULT_SIZE) -> None:
        self._derive = derive
        self._size = size
        self._values: dict[Hashable, T] = {}
        self._lock = threading.Lock()

    def of(self, row: R) -> T:
        """The derived value of ``row``, from the cache when the same content was seen."""
        key = row.key
        found = self._values.get(key)
        if found is None:
            found = self._derive(row)
            with self._lock:
                if len(self._values) >= self._size:
                    del self._values[next(iter(self._values))]
                self._values[key] = found
        return found
