"""With SQLite, plain ``def`` handlers run on the event loop with their own signature."""

from __future__ import annotations

import asyncio
import inspect
import threading

from server.inline import on_the_loop


def handler(customer_id: str, token_info: dict[str, str]) -> str:
    return f"{customer_id} {threading.current_thread().name}"


def test_a_plain_handler_becomes_a_coroutine_function_with_its_signature() -> None:
    wrapped = on_the_loop(handler)
    assert asyncio.iscoroutinefunction(wrapped)
    assert inspect.signature(wrapped) == inspect.signature(handler)


def test_a_plain_handler_runs_on_the_loop_thread() -> None:
    answer = asyncio.run(on_the_loop(handler)("cust_1", token_info={}))
    assert answer == f"cust_1 {threading.current_thread().name}"


def test_coroutine_handlers_are_left_alone() -> None:
    async def already() -> None:
        return None

    assert on_the_loop(already) is already
