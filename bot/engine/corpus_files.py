"""Changes to the corpus folder made for a person (an upload, a removal, a restore), so that
every front end changes it the same way. `StoryService.add_story` and its siblings use these
with a reindex, putting the folder back as it was when the reindex fails.

Every write is atomic (a hidden temporary file beside the target, renamed over it), and no text
is lost: a story replaced or removed is first copied to the hidden folder `.replaced/`
(`<id>.<UTC time>.txt`; the loader reads only `*.txt` directly in the corpus folder), from
which `restore` brings it back. The newest KEEP_COPIES copies of each story are kept.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path

from bot.engine.corpus import STORY_SUFFIX
from bot.errors import CorpusError
from bot.files import FileRefused, read_limited

KEPT_FOLDER = ".replaced"
KEEP_COPIES = 5
_COPY_NAME = re.compile(r"^(?P<id>[a-z0-9][a-z0-9_-]{0,99})\.(?P<at>\d{8}T\d{6}\d{6}Z)\.txt$")
_STAMP = "%Y%m%dT%H%M%S%fZ"


@dataclass(frozen=True)
class KeptCopy:
    """The text of a story as it was before it was replaced or removed."""

    story_id: str
    kept_at: dt.datetime
    path: Path


class CorpusFiles:
    """The story files of one corpus folder, and the copies kept of replaced ones."""

    def __init__(self, directory: Path, *, max_bytes: int) -> None:
        self.directory = directory
        self.max_bytes = max_bytes

    @property
    def kept_folder(self) -> Path:
        return self.directory / KEPT_FOLDER

    def path_for(self, story_id: str) -> Path:
        return self.directory / f"{story_id}{STORY_SUFFIX}"

    def read(self, path: Path) -> bytes | None:
        """The file's bytes, or None when there is no such file; CorpusError when it is not
        a regular file or is over the size limit."""
        try:
            return read_limited(path, self.max_bytes, what="story file")
        except FileRefused as exc:
            if not path.exists() and not path.is_symlink():
                return None
            raise CorpusError(path, exc.problem) from None

    def write(self, target: Path, data: bytes) -> None:
        """Write beside the target under a hidden name (the loader skips it), then rename."""
        temporary = target.with_name(f".{target.name}.upload")
        try:
            with open(temporary, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, target)
        finally:
            temporary.unlink(missing_ok=True)

    def put_back(self, target: Path, previous: bytes | None) -> None:
        """Undo a change to `target`: its previous bytes, or no file if there was none."""
        if previous is None:
            target.unlink(missing_ok=True)
        else:
            self.write(target, previous)

    def keep(self, story_id: str, data: bytes, now: dt.datetime) -> KeptCopy:
        """Copy a story's text aside before it is replaced or removed; prune old copies."""
        self.kept_folder.mkdir(exist_ok=True)
        stamp = now.astimezone(dt.UTC)
        path = self.kept_folder / f"{story_id}.{stamp.strftime(_STAMP)}{STORY_SUFFIX}"
        while path.exists():  # two changes within a microsecond
            stamp += dt.timedelta(microseconds=1)
            path = self.kept_folder / f"{story_id}.{stamp.strftime(_STAMP)}{STORY_SUFFIX}"
        self.write(path, data)
        for old in self.copies(story_id)[KEEP_COPIES:]:
            old.path.unlink(missing_ok=True)
        return KeptCopy(story_id, stamp, path)

    def copies(self, story_id: str | None = None) -> list[KeptCopy]:
        """Kept copies (of one story, or of all), newest first."""
        if not self.kept_folder.is_dir():
            return []
        found = []
        for path in self.kept_folder.iterdir():
            match = _COPY_NAME.match(path.name)
            if match is None or (story_id is not None and match["id"] != story_id):
                continue
            at = dt.datetime.strptime(match["at"], _STAMP).replace(tzinfo=dt.UTC)
            found.append(KeptCopy(match["id"], at, path))
        return sorted(found, key=lambda c: (c.kept_at, c.path.name), reverse=True)

    def forget(self, copy: KeptCopy) -> None:
        copy.path.unlink(missing_ok=True)
