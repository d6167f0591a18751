"""In-memory resource store for ``--stateful``: per sandbox credential, seeded, resettable."""

from __future__ import annotations

import copy
import threading
from collections.abc import Callable
from typing import Any

Collection = dict[str, Any]
Seeder = Callable[[], dict[str, Collection]]


class ResourceStore:
    """Collections of resources keyed by principal, then collection path, then id."""

    def __init__(self) -> None:
        self._data: dict[str, dict[str, Collection]] = {}
        self._seeds: dict[str, Collection] = {}
        self._lock = threading.Lock()

    def seed(self, collection: str, resources: dict[str, Any]) -> None:
        """Resources every principal starts with in ``collection`` (from the spec's examples)."""
        with self._lock:
            self._seeds.setdefault(collection, {}).update(copy.deepcopy(resources))

    def _space(self, principal: str) -> dict[str, Collection]:
        space = self._data.get(principal)
        if space is None:
            space = self._data[principal] = copy.deepcopy(self._seeds)
        return space

    def items(self, principal: str, collection: str) -> list[Any]:
        """Every resource of ``collection`` in creation order."""
        return list(self._space(principal).get(collection, {}).values())

    def get(self, principal: str, collection: str, key: str) -> Any | None:
        """One resource or ``None``."""
        return self._space(principal).get(collection, {}).get(key)

    def put(self, principal: str, collection: str, key: str, resource: Any) -> None:
        """Store (create or replace) a resource."""
        self._space(principal).setdefault(collection, {})[key] = resource

    def delete(self, principal: str, collection: str, key: str) -> bool:
        """Remove a resource; whether it existed."""
        return self._space(principal).get(collection, {}).pop(key, None) is not None

    def keys(self, principal: str, collection: str) -> list[str]:
        """The ids in ``collection``."""
        return list(self._space(principal).get(collection, {}))

    def reset(self, principal: str | None = None) -> None:
        """Back to the seed data for ``principal`` (everyone when ``None``)."""
        with self._lock:
            if principal is None:
                self._data.clear()
            else:
                self._data.pop(principal, None)
