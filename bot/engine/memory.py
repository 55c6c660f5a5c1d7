"""Making a snapshot's millions of long-lived objects without garbage-collection pauses."""

from __future__ import annotations

import gc
import mmap
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import numpy as np
import numpy.typing as npt


@contextmanager
def long_lived_objects() -> Iterator[None]:
    """No cyclic garbage collection while a snapshot's objects are made, then those objects
    frozen (left out of every later collection).

    A snapshot holds millions of objects (passages, spans, quotes) that live as long as it does
    and form no cycles (reference counting frees them). They must not: a frozen object is never
    collected, so a cycle through a build or its searcher keeps the whole build once a reindex
    replaces it (tests/engine/test_service.py asks the dev set's questions and checks).
    Collecting while they are made walks them again and again: half of loading a
    10,000-passage build, and at 100,000 passages a full collection holds the interpreter for
    seconds, while questions wait.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def read_ahead_mapped_files(arrays: Iterable[npt.NDArray[Any]]) -> None:
    """Ask the kernel to read the files that `arrays` are views of (mapped read-only) ahead,
    in large reads, before they are all copied. A build's files are dropped from the page
    cache once written (`build_files`), and a reindex copying the build in use's vectors then
    faulted them in a page at a time: 0.25-0.3 s of a one-story reindex at 100,000 passages,
    against 0.05 s read ahead. Arrays of their own memory are left as they are."""
    if hasattr(mmap, "MADV_WILLNEED"):
        for mapping in mapped_files(arrays):
            if len(mapping):
                mapping.madvise(mmap.MADV_WILLNEED)


def mapped_files(arrays: Iterable[npt.NDArray[Any]]) -> list[mmap.mmap]:
    """The mapped files that `arrays` are views of, each once (arrays of their own memory
    have none)."""
    mappings: dict[int, mmap.mmap] = {}
    for array in arrays:
        owner: object = array
        while isinstance(owner, np.ndarray):
            owner = owner.base
        if isinstance(owner, memoryview):  # an array made by np.frombuffer
            owner = owner.obj
        if isinstance(owner, mmap.mmap):
            mappings.setdefault(id(owner), owner)
    return list(mappings.values())


def release_mapping(mapping: mmap.mmap) -> None:
    """Let this process's pages of a mapped file go (read again from the file if touched
    again; a shared mapping's writes are in the file already)."""
    if hasattr(mmap, "MADV_DONTNEED") and len(mapping):
        mapping.madvise(mmap.MADV_DONTNEED)
