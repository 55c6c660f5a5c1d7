"""bot/files.py's read_limited: a file read whole up to the limit, and refused past it, also
when it grows while being read."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import bot.files
from bot.files import FileRefused, read_limited


def test_a_file_is_read_whole_up_to_the_limit(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    for size in (0, 1, 999, 1_000):
        story.write_bytes(b"x" * size)
        assert read_limited(story, 1_000) == b"x" * size
    story.write_bytes(b"x" * 1_001)
    with pytest.raises(FileRefused, match="is 1,001 bytes; the limit is 1,000"):
        read_limited(story, 1_000)


@pytest.mark.parametrize(("grown_by", "refused"), [(1, False), (500, False), (501, True)])
def test_a_file_that_grows_after_its_size_was_taken_is_read_to_its_end_or_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, grown_by: int, refused: bool
) -> None:
    """Its size is taken from the open file, then it grows (another program writing it): read
    is all of it while within the limit, never a cut-off part."""
    story = tmp_path / "story.txt"
    story.write_bytes(b"a" * 500)
    real_fstat = os.fstat

    def fstat_then_grow(fd: int) -> os.stat_result:
        taken = real_fstat(fd)
        with story.open("ab") as more:
            more.write(b"b" * grown_by)
        return taken

    monkeypatch.setattr(bot.files.os, "fstat", fstat_then_grow)
    if refused:
        with pytest.raises(FileRefused, match="is over 1,000 bytes; the limit is 1,000"):
            read_limited(story, 1_000)
    else:
        assert read_limited(story, 1_000) == b"a" * 500 + b"b" * grown_by
