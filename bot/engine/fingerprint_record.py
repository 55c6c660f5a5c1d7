"""The corpus fingerprint without reading every story file again at each start.

A start checks that the stored build is of the corpus folder as it is: `corpus_fingerprint`
hashes every story file's name and bytes (20,000 files at 1,000,000 passages: ~1 s of CPU, most
of it Python per file, and on a busy machine the longest part of a cold `storybot ask`). The
fingerprint is recorded with what the system says of each file when it was taken, and a later
start takes the recorded fingerprint instead of reading the files only when nothing about any
file can have changed since:

- the same folder, the same `max_bytes`, and exactly the same story files by name;
- every one a regular file (no link: a link's target can change while the link does not),
  of the same size, modification time, status-change time (ctime), inode and device;
- and each file's ctime and modification time more than `_SETTLED_NS` before the record's
  hashing started. Writing a file sets its ctime to the time of the write, which no program
  can set back (utime sets the modification time, and that changes ctime); a file written
  after the hashing started has a later ctime than the one recorded, unless it was written
  within the clock's coarse step of the recorded change (a "racy" file, as git calls it),
  and such a file is never trusted: hashed again.

Anything else, and any doubt (no record, a damaged one, a file that cannot be looked at),
hashes every file as before and writes a new record. The record is only a shortcut: it is
never the source of a fingerprint a build is stored under.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import secrets
import stat
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from bot.engine.corpus import MAX_STORY_BYTES, corpus_files, fingerprint_bytes

__all__ = ["FileSignatures", "corpus_fingerprint", "record_fingerprint"]

log = logging.getLogger(__name__)

_FORMAT = 1
# A change this close to the record's start may have left a file's times as recorded (the
# kernel stamps files with a coarse clock, a few milliseconds a step; a second is ample).
_SETTLED_NS = 1_000_000_000

Signature = tuple[int, int, int, int, int]  # size, mtime_ns, ctime_ns, inode, device


def corpus_fingerprint(
    directory: Path, *, max_bytes: int = MAX_STORY_BYTES, record: Path | None = None
) -> str:
    """A hash of the story files' names and bytes: equal fingerprints need no reindex.

    With `record` (a file of this machine's), the fingerprint recorded there when no file
    can have changed since it was taken (see the module's rules); else every file hashed and
    the fingerprint recorded there for the next start.

    A file the loader refuses unread (a link out of the folder, not a regular file, too large)
    is hashed by its name and the refusal only: hashing must not follow a link to /dev/zero,
    wait on a FIFO or read 50 MB.
    """
    paths = corpus_files(directory)
    if record is None:
        return _hashed(directory, paths, max_bytes, None)
    folder = str(directory.resolve())
    signatures = _signatures(paths)
    if signatures is not None:
        known = _recorded(record, folder, max_bytes, signatures)
        if known is not None:
            return known
    started_ns = time.time_ns()
    taken: dict[str, Signature] = {}
    fingerprint = _hashed(directory, paths, max_bytes, taken)
    if len(taken) == len(paths):  # every file a regular one: a record can stand for them
        _write_record(record, folder, max_bytes, started_ns, fingerprint, taken)
    return fingerprint


@dataclass
class FileSignatures:
    """What the system said of each story file just before a build read it, to record the
    fingerprint of the bytes it read (`record_fingerprint`); `complete` is False once a
    file was not a regular one (no record stands for a link)."""

    started_ns: int = field(default_factory=time.time_ns)  # taken before any file is read
    taken: dict[str, Signature] = field(default_factory=dict)
    complete: bool = True

    def take(self, path: Path) -> None:
        found = _signature(path)
        if found is None:
            self.complete = False
        else:
            self.taken[path.name] = found


def record_fingerprint(
    record: Path, directory: Path, max_bytes: int, fingerprint: str, files: FileSignatures
) -> None:
    """Record `fingerprint` as that of the story files `files` signed, which a build read
    whole and hashed as `corpus_fingerprint` does (every one loaded): the next start takes it
    from the record while no file can have changed since (no link among them: nothing)."""
    if files.complete:
        folder = str(directory.resolve())
        _write_record(record, folder, max_bytes, files.started_ns, fingerprint, files.taken)


def _hashed(
    directory: Path, paths: list[Path], max_bytes: int, taken: dict[str, Signature] | None
) -> str:
    """Every file's name and bytes hashed; `taken`, when given, gets each regular file's
    signature as it was just before its bytes were read."""
    digest = hashlib.sha256()
    for path in paths:
        if taken is not None:
            signature = _signature(path)
            if signature is not None:
                taken[path.name] = signature
        digest.update(path.name.encode())
        digest.update(b"\0")
        digest.update(fingerprint_bytes(path, directory, max_bytes))
        digest.update(b"\0")
    return digest.hexdigest()


def _signature(path: Path) -> Signature | None:
    """What the system says of a regular file (None: a link, not a regular file, gone)."""
    try:
        found = path.lstat()
    except OSError:
        return None
    if not stat.S_ISREG(found.st_mode):
        return None
    return (found.st_size, found.st_mtime_ns, found.st_ctime_ns, found.st_ino, found.st_dev)


def _signatures(paths: list[Path]) -> dict[str, Signature] | None:
    """Each file's signature; None when one is not a regular file (no record stands for it)."""
    signatures = {}
    for path in paths:
        signature = _signature(path)
        if signature is None:
            return None
        signatures[path.name] = signature
    return signatures


def _recorded(
    record: Path, folder: str, max_bytes: int, signatures: dict[str, Signature]
) -> str | None:
    """The recorded fingerprint when it stands for exactly these files as they are."""
    try:
        facts: dict[str, Any] = orjson.loads(record.read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return None
    if (
        not isinstance(facts, dict)
        or facts.get("format") != _FORMAT
        or facts.get("folder") != folder
        or facts.get("max_bytes") != max_bytes
        or not isinstance(facts.get("started_ns"), int)
        or not isinstance(facts.get("fingerprint"), str)
        or not isinstance(facts.get("files"), dict)
    ):
        return None
    settled_before = facts["started_ns"] - _SETTLED_NS
    files: dict[str, Any] = facts["files"]
    if len(files) != len(signatures):
        return None
    for name, signature in signatures.items():
        if files.get(name) != list(signature):
            return None
        _, mtime_ns, ctime_ns, _, _ = signature
        if ctime_ns >= settled_before or mtime_ns >= settled_before:
            return None  # changed too close to the record: its times prove nothing
    fingerprint: str = facts["fingerprint"]
    return fingerprint


def _write_record(
    record: Path,
    folder: str,
    max_bytes: int,
    started_ns: int,
    fingerprint: str,
    signatures: dict[str, Signature],
) -> None:
    """Write the record atomically (another process may read or write it at once); a record
    that cannot be written only means the next start hashes the files again."""
    facts = {
        "format": _FORMAT,
        "folder": folder,
        "max_bytes": max_bytes,
        "started_ns": started_ns,
        "fingerprint": fingerprint,
        "files": signatures,
    }
    partial = record.with_name(f".{record.name}.{os.getpid()}.{secrets.token_hex(4)}")
    try:
        record.parent.mkdir(parents=True, exist_ok=True)
        partial.write_bytes(orjson.dumps(facts))
        partial.replace(record)
    except OSError as exc:
        log.info("could not record the corpus fingerprint in %s: %s", record, exc)
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
