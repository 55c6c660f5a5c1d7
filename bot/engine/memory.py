"""Making a snapshot's millions of long-lived objects without garbage-collection pauses."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def long_lived_objects() -> Iterator[None]:
    """No cyclic garbage collection while a snapshot's objects are made, then those objects
    frozen (left out of every later collection).

    A snapshot holds millions of objects (passages, spans, quotes) that live as long as it does
    and form no cycles (reference counting frees them). Collecting while they are made walks
    them again and again: half of loading a 10,000-passage build, and at 100,000 passages a
    full collection holds the interpreter for seconds, while questions wait.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()
