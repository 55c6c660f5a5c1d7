"""Run a plain (synchronous) function whose database calls are awaited, on the event loop.

The stores write through plain functions (`Statements` in, one statement after another), the
shape SQLite's thread wants. For asyncpg, whose calls are awaited, `run_plain` runs such a
function in a greenlet of its own on the event loop's thread: each `wait_for(awaitable)` inside
it switches back to `run_plain`, which awaits the awaitable and switches back in with its
result (or its exception). No thread, no lock: the function runs between the loop's other
work like any coroutine. SQLAlchemy's asyncio support runs its synchronous core the same way.
"""

from __future__ import annotations

import sys
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import greenlet

T = TypeVar("T")


class _Plain(greenlet.greenlet):  # type: ignore[misc]
    """A greenlet running a plain function for `run_plain`."""


async def run_plain(function: Callable[..., T], *args: Any) -> T:
    """Run `function(*args)`, awaiting each awaitable it hands to `wait_for`."""
    child = _Plain(function)
    result: Any = child.switch(*args)
    while not child.dead:
        try:
            value = await result
        except BaseException:
            result = child.throw(*sys.exc_info())
        else:
            result = child.switch(value)
    return result  # type: ignore[no-any-return]


def wait_for(awaitable: Awaitable[T]) -> T:
    """Inside a function run by `run_plain`: the awaitable's result."""
    current = greenlet.getcurrent()
    if not isinstance(current, _Plain):
        raise RuntimeError("wait_for outside run_plain: statements run inside a transaction")
    result: T = current.parent.switch(awaitable)
    return result
