"""An index as a file, for tests only: the bot stores its index in the database
(bot/storage/builds.py), never in a file of its own."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from bot.engine.index import BM25Index


def save_index(index: BM25Index, path: str | os.PathLike[str]) -> None:
    """Write ``index.to_bytes()`` atomically (temp file + ``os.replace``)."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=target.name + ".", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(index.to_bytes())
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def load_index(path: str | os.PathLike[str]) -> BM25Index:
    return BM25Index.from_bytes(Path(path).read_bytes())
