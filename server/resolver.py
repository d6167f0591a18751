"""Resolving operationIds to handlers, with a 501 stand-in for operations not written yet.

Connexion's own ``resolver_error`` option replaces a missing handler with a route that skips
security and validation; this stand-in keeps both, so an unfinished API still answers 401,
403 and 400 exactly as its spec says and only the handler's work answers 501.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from connexion.resolver import RelativeResolver


class HandlerMissingError(Exception):
    """The operation's handler does not exist yet."""

    def __init__(self, handler: str) -> None:
        super().__init__(f"{handler} is not implemented yet")
        self.handler = handler


class PendingResolver(RelativeResolver):  # type: ignore[misc]
    """``RelativeResolver(package)``; records and stands in for handlers that do not exist."""

    def __init__(self, package: str) -> None:
        super().__init__(package)
        self.package = package
        self.missing: list[str] = []

    def resolve_function_from_operation_id(self, operation_id: str) -> Callable[..., Any]:
        module_name, _, function_name = operation_id.rpartition(".")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            # Only the handler module itself being absent counts as "not written yet"; a
            # broken import inside an existing module must fail loudly.
            if exc.name is None or not module_name.startswith(exc.name):
                raise
            return self._stand_in(operation_id)
        function = getattr(module, function_name, None)
        if function is None:
            return self._stand_in(operation_id)
        resolved: Callable[..., Any] = function
        return resolved

    def _stand_in(self, operation_id: str) -> Callable[..., Any]:
        self.missing.append(operation_id)

        async def not_implemented(*args: Any, **kwargs: Any) -> Any:
            raise HandlerMissingError(operation_id)

        return not_implemented


def missing_handlers(package: str, spec: dict[str, Any]) -> dict[str, str]:
    """``"METHOD /path"`` -> handler name, for operations of ``spec`` with no handler yet."""
    missing: dict[str, str] = {}
    for path, item in spec.get("paths", {}).items():
        for method, operation in item.items():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            handler = f"{package}.{operation['operationId']}"
            module_name, _, function_name = handler.rpartition(".")
            try:
                module = importlib.import_module(module_name)
            except ModuleNotFoundError as exc:
                if exc.name is None or not module_name.startswith(exc.name):
                    raise
                missing[f"{method.upper()} {path}"] = handler
                continue
            if not hasattr(module, function_name):
                missing[f"{method.upper()} {path}"] = handler
    return missing
