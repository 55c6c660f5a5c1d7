"""Reading a file the program was told to read (config, token file, story): it must be a
regular file, and no larger than the caller allows.

A path given by a person can name a folder, a device (`/dev/zero` never ends), a FIFO (a read
waits forever) or a file far too large: each is refused before it is read, with an error that
names the path as resolved.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO


class FileRefused(Exception):
    """The file cannot be read as asked; the message names it and says why."""

    def __init__(self, path: Path, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


def resolved(path: Path) -> Path:
    """`path` made absolute, links followed where they exist (for error messages)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a link loop
        return path.absolute()


def read_limited(path: Path, limit: int, *, what: str = "file") -> bytes:
    """The bytes of `path`, a regular file of at most `limit` bytes; else FileRefused."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise FileRefused(resolved(path), f"the {what} does not exist") from None
    except OSError as exc:
        raise FileRefused(resolved(path), f"the {what} cannot be read ({exc.strerror})") from None
    if stat.S_ISDIR(info.st_mode):
        raise FileRefused(resolved(path), f"is a folder, not a {what}")
    if not stat.S_ISREG(info.st_mode):
        raise FileRefused(
            resolved(path), f"is not a regular file (a device, pipe or socket), not a {what}"
        )
    if info.st_size > limit:
        raise FileRefused(resolved(path), f"is {info.st_size:,} bytes; the limit is {limit:,}")
    try:
        # O_NONBLOCK: if the path was swapped for a FIFO since the stat, opening must not wait.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise FileRefused(resolved(path), f"the {what} cannot be read ({exc.strerror})") from None
    with os.fdopen(fd, "rb") as handle:
        opened = os.fstat(handle.fileno())
        if not stat.S_ISREG(opened.st_mode):
            raise FileRefused(resolved(path), f"is not a regular file, not a {what}")
        try:
            # As many bytes as the file has and one more, then the rest up to the limit only
            # if it has grown: asking for `limit + 1` at once allocates that much for every
            # file read (2 MB a story file: 0.1 s of CPU over 2,000 of them).
            data = _read_up_to(handle, min(opened.st_size, limit) + 1, limit + 1)
        except OSError as exc:
            raise FileRefused(
                resolved(path), f"the {what} cannot be read ({exc.strerror})"
            ) from None
    if len(data) > limit:
        raise FileRefused(resolved(path), f"is over {limit:,} bytes; the limit is {limit:,}")
    return data


def _read_up_to(handle: BinaryIO, expected: int, most: int) -> bytes:
    """At most `most` bytes of `handle` (a buffered reader: each read returns what it asks
    for unless the file ends), asked for `expected` first."""
    data = handle.read(expected)
    if len(data) == expected and expected < most:  # it grew since its size was taken
        data += handle.read(most - expected)
    return data
