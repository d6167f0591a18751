"""Matching a request path against the path templates of every served spec.

Templates are tried most specific first: fewest template segments, then longest literal text,
so ``/pets/mine`` beats ``/pets/{petId}`` and two specs can share a base path as long as their
full templates do not collide.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

_PARAM = re.compile(r"\{([^{}/]+)\}")


@dataclass
class Route:
    """One full path template (base path + spec path) and its operations by method."""

    template: str
    operations: dict[str, Any] = field(default_factory=dict)
    regex: re.Pattern[str] | None = None
    names: tuple[str, ...] = ()
    specificity: tuple[int, int] = (0, 0)

    @classmethod
    def from_template(cls, template: str) -> Route:
        """Compile ``template``; template segments match any run of characters except ``/``."""
        names = tuple(_PARAM.findall(template))
        pattern = ""
        last = 0
        for match in _PARAM.finditer(template):
            pattern += re.escape(template[last : match.start()]) + "([^/]*)"
            last = match.end()
        pattern += re.escape(template[last:])
        literal = len(_PARAM.sub("", template))
        return cls(
            template=template,
            regex=re.compile(pattern + "/?$") if names else None,
            names=names,
            specificity=(len(names), -literal),
        )


class Router:
    """All routes of all specs; exact templates by dict, templated ones by segment count."""

    def __init__(self) -> None:
        self._exact: dict[str, Route] = {}
        self._templated: dict[int, list[Route]] = {}
        self._all: dict[str, Route] = {}

    def add(self, template: str, method: str, operation: Any) -> None:
        """Register ``operation`` for ``method`` on ``template`` (first spec wins a collision)."""
        route = self._all.get(template)
        if route is None:
            route = self._all[template] = Route.from_template(template)
            if route.regex is None:
                self._exact[template.rstrip("/") or "/"] = route
            else:
                bucket = self._templated.setdefault(template.count("/"), [])
                bucket.append(route)
                bucket.sort(key=lambda r: r.specificity)
        route.operations.setdefault(method, operation)

    def routes(self) -> Iterator[Route]:
        """Every route."""
        return iter(self._all.values())

    def candidates(self, path: str) -> Iterator[tuple[Route, dict[str, str]]]:
        """Every route matching ``path``, most specific first, with its path parameters."""
        exact = self._exact.get(path.rstrip("/") or "/")
        if exact is not None:
            yield exact, {}
        stripped = path.rstrip("/") if len(path) > 1 else path
        for route in self._templated.get(stripped.count("/"), ()):
            assert route.regex is not None
            match = route.regex.match(stripped)
            if match:
                yield route, dict(zip(route.names, match.groups(), strict=True))

    def match(self, path: str, method: str) -> tuple[Route | None, dict[str, str], list[str]]:
        """The route serving ``method`` on ``path``, its parameters, and the allowed methods.

        When the path matches but no route has ``method``, the route is ``None`` and the
        methods list is non-empty (405); when nothing matches both are empty (404).
        """
        allowed: list[str] = []
        for route, params in self.candidates(path):
            if method in route.operations:
                return route, params, allowed
            allowed.extend(m for m in route.operations if m not in allowed)
        return None, {}, allowed
