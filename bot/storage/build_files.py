"""Where a database's builds are kept as files to start from (bot/engine/build_files.py), and
when they are written, read and removed.

One folder per database (beside a SQLite file by default; set `storage.build_files` to have
them with PostgreSQL), one sub-folder per build named by the build's id and a hash of what
identifies it in the database, so a folder can only ever be read for the build it was written
from. The database stays the source of truth: a folder missing, of another build or damaged
is read from the database instead and written again; processes sharing a database on one
machine share the folder (a build's folder is renamed into place whole, and a folder in use
by another process may be removed: its memory maps stay valid).
"""

from __future__ import annotations

import hashlib
import logging
import os
import secrets
import shutil
import time
from pathlib import Path

from bot.engine.build_files import build_folders, read_build_files, write_build_files
from bot.engine.snapshot import IndexSnapshot
from bot.storage.sql import Row

log = logging.getLogger(__name__)

# A folder being written by a process that died is removed after this long (seconds).
_ABANDONED_AFTER = 3600


class BuildFiles:
    """The build files of one database, under `root`."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def read(self, build: Row) -> IndexSnapshot | None:
        """The build `build` (its `index_builds` row) from its files; None when they are
        missing, of another build or damaged (then read it from the database)."""
        name, identity = _naming(build)
        folder = self.root / name
        if not folder.is_dir():
            return None
        try:
            return read_build_files(folder, identity)
        except ValueError as exc:
            log.warning(
                "the files of build %s cannot be used (%s): reading it from the database",
                build["id"],
                exc,
            )
            _remove(folder)  # so that they are written again
            return None

    def write(self, build: Row, snapshot: IndexSnapshot) -> Path | None:
        """Write the files of `build` (read as `snapshot`) and remove those of other builds;
        None when they cannot be written (the build is read from the database next time)."""
        name, identity = _naming(build)
        try:
            folder = write_build_files(self.root, name, identity, snapshot)
        except OSError as exc:  # a read-only or full disk: starting is slower, nothing else
            log.warning(
                "could not write the files of build %s to %s: %s", build["id"], self.root, exc
            )
            return None
        self._remove_others(folder)
        return folder

    def _remove_others(self, kept: Path) -> None:
        for folder in build_folders(self.root):
            if folder != kept:
                _remove(folder)
        now = time.time()
        for entry in self.root.glob(".*.partial"):
            try:
                abandoned = now - entry.stat().st_mtime > _ABANDONED_AFTER
            except FileNotFoundError:
                continue
            if abandoned:
                shutil.rmtree(entry, ignore_errors=True)


def _remove(folder: Path) -> None:
    """Remove a build's folder: first out of the way (renamed, so no process reads it half
    removed), then its files (a process reading them already keeps its memory maps)."""
    doomed = folder.with_name(f".{folder.name}.{os.getpid()}.{secrets.token_hex(4)}.removed")
    try:
        folder.rename(doomed)
    except OSError:  # gone already (another process removed it)
        return
    shutil.rmtree(doomed, ignore_errors=True)


def _naming(build: Row) -> tuple[str, str]:
    """A build's folder name and what identifies it: its id, format, corpus, time and size."""
    identity = ":".join(
        str(build[column])
        for column in ("id", "version", "corpus_hash", "built_at", "stories", "passages")
    )
    digest = hashlib.sha256(identity.encode()).hexdigest()[:16]
    return f"build-{build['id']}-{digest}", identity


def beside(database: Path) -> Path:
    """The default folder of a SQLite file's build files: `<file>.builds` beside it."""
    return database.with_name(database.name + ".builds")
