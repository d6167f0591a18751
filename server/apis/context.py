"""What a handler may ask of the request it serves: the runtime and the calling principal."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from connexion.context import _scope
from starlette.datastructures import Headers

from server.auth.principal import Principal
from server.runtime import Runtime

#: Key under the ASGI scope's ``extensions`` where the dispatcher puts the runtime.
RUNTIME_KEY = "apikit.runtime"


def _current_scope() -> dict[str, Any]:
    """The ASGI scope of the current request.

    Read from Connexion's context variable itself: its ``context.scope`` proxy resolves the
    variable through werkzeug's ``LocalProxy`` on every attribute access, and its
    ``context.request`` builds a ``ConnexionRequest`` (and a Starlette request) each time.
    """
    scope: dict[str, Any] = _scope.get()
    return scope


def runtime() -> Runtime:
    """The runtime of the server handling the current request."""
    found: Runtime = _current_scope()["extensions"][RUNTIME_KEY]
    return found


def principal(token_info: Mapping[str, Any] | None) -> Principal | None:
    """The caller behind Connexion's ``token_info`` (None on public operations)."""
    if not token_info:
        return None
    return Principal.from_token_info(token_info)


def caller(token_info: Mapping[str, Any] | None) -> Principal:
    """The caller of an operation that requires credentials (Connexion verified them)."""
    found = principal(token_info)
    if found is None:
        raise RuntimeError("a secured operation ran without token_info")
    return found


def header(name: str) -> str | None:
    """A request header Connexion does not pass as an argument (``If-Match``...)."""
    value: str | None = Headers(scope=_current_scope()).get(name)
    return value


def request_path() -> str:
    """The path of the current request (for ``Location`` and ``Link`` headers)."""
    return str(_current_scope()["path"])


def request_query() -> str:
    """The raw query string of the current request."""
    return bytes(_current_scope().get("query_string", b"")).decode("latin-1")
