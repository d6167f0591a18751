"""Plain ``def`` handlers called on the event loop instead of Starlette's thread pool (SQLite).

Connexion runs every ``def`` handler through ``run_in_threadpool``. Our handlers are short and
CPU-bound in Python (SQLite is in-process, its queries take microseconds), so a worker thread
adds no parallelism under the GIL, only a hand-over per request: two context switches and a
GIL transfer, which under load cost more than the handler itself (py-spy: ~40 % of the GIL
samples of a GET by id were the queue, condition and lock of that hop). With SQLite the
server therefore calls handlers directly; with a client-server database (PostgreSQL), whose
queries wait on the network with the GIL released, the thread pool stays.

The cost: while a handler runs, the loop serves nothing else. A SQLite write waiting on
another process's write lock (``busy_timeout``) blocks the loop for that wait.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from typing import Any

from server.resolver import PendingResolver


def on_the_loop(function: Callable[..., Any]) -> Callable[..., Any]:
    """``function`` as a coroutine function Connexion awaits instead of sending to a thread.

    ``functools.wraps`` keeps ``__wrapped__``, so Connexion still reads the handler's own
    signature to decide which arguments to pass.
    """
    if asyncio.iscoroutinefunction(function):
        return function

    @functools.wraps(function)
    async def call(*args: Any, **kwargs: Any) -> Any:
        return function(*args, **kwargs)

    return call


class InlineResolver(PendingResolver):
    """:class:`PendingResolver` whose plain ``def`` handlers run on the event loop."""

    def resolve_function_from_operation_id(self, operation_id: str) -> Callable[..., Any]:
        return on_the_loop(super().resolve_function_from_operation_id(operation_id))
