"""The corpus fingerprint taken from its record only while no story file can have changed:
any change to a file's bytes, the folder's files or a link is hashed again, whatever the
file's modification time says."""

from __future__ import annotations

import os
from pathlib import Path

import orjson
import pytest

from bot.engine.fingerprint_record import corpus_fingerprint

RECORDED = "a fingerprint only the record holds"


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    for n in range(3):
        (folder / f"story-{n}.txt").write_bytes(f"story {n} text\n".encode())
    return folder


def _settled(record: Path) -> None:
    """The record as if taken long after the files were written (in a test they were written
    a moment ago, so their times prove nothing yet), and holding a fingerprint of its own:
    a fingerprint equal to it was taken from the record, not from the files."""
    facts = orjson.loads(record.read_bytes())
    facts["started_ns"] += 60 * 10**9
    facts["fingerprint"] = RECORDED
    record.write_bytes(orjson.dumps(facts))


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return _corpus(tmp_path / "corpus")


@pytest.fixture
def record(tmp_path: Path) -> Path:
    return tmp_path / "builds" / "corpus-fingerprint.json"


def test_the_fingerprint_is_the_files_and_is_recorded(corpus: Path, record: Path) -> None:
    hashed = corpus_fingerprint(corpus)
    assert corpus_fingerprint(corpus, record=record) == hashed
    assert orjson.loads(record.read_bytes())["fingerprint"] == hashed


def test_files_just_written_are_hashed_again(corpus: Path, record: Path) -> None:
    corpus_fingerprint(corpus, record=record)
    facts = orjson.loads(record.read_bytes())
    facts["fingerprint"] = RECORDED
    record.write_bytes(orjson.dumps(facts))
    # changed within a second of the record: their times may not show a change
    assert corpus_fingerprint(corpus, record=record) == corpus_fingerprint(corpus)


def test_settled_unchanged_files_are_not_read(corpus: Path, record: Path) -> None:
    corpus_fingerprint(corpus, record=record)
    _settled(record)
    assert corpus_fingerprint(corpus, record=record) == RECORDED


def test_new_bytes_behind_the_same_size_and_modification_time_are_seen(
    corpus: Path, record: Path
) -> None:
    story = corpus / "story-1.txt"
    before = story.stat()
    corpus_fingerprint(corpus, record=record)
    _settled(record)
    story.write_bytes(b"story X text\n")  # the same size
    os.utime(story, ns=(before.st_atime_ns, before.st_mtime_ns))  # and modification time
    assert story.stat().st_size == before.st_size
    assert story.stat().st_mtime_ns == before.st_mtime_ns
    fingerprint = corpus_fingerprint(corpus, record=record)
    assert fingerprint == corpus_fingerprint(corpus)
    assert fingerprint != RECORDED


@pytest.mark.parametrize("change", ["added", "removed", "renamed", "replaced", "mode"])
def test_a_changed_folder_is_hashed_again(
    corpus: Path, record: Path, tmp_path: Path, change: str
) -> None:
    corpus_fingerprint(corpus, record=record)
    _settled(record)
    story = corpus / "story-1.txt"
    if change == "added":
        (corpus / "story-9.txt").write_bytes(b"story 9 text\n")
    elif change == "removed":
        story.unlink()
    elif change == "renamed":
        story.rename(corpus / "story-8.txt")
    elif change == "replaced":  # an editor's save: a new file renamed over the old
        (tmp_path / "new.txt").write_bytes(b"story 1 text\n")
        (tmp_path / "new.txt").replace(story)
    else:
        story.chmod(0o600)
    fingerprint = corpus_fingerprint(corpus, record=record)
    assert fingerprint == corpus_fingerprint(corpus)
    assert fingerprint != RECORDED


def test_a_link_is_always_hashed(corpus: Path, record: Path, tmp_path: Path) -> None:
    """A link's target can change while the link does not: no record stands for it."""
    target = corpus / "story-0.txt"
    (corpus / "story-link.txt").symlink_to(target)
    corpus_fingerprint(corpus, record=record)
    assert not record.exists()
    record.parent.mkdir(parents=True, exist_ok=True)
    record.write_bytes(b"{}")
    target.write_bytes(b"story 0 other\n")
    assert corpus_fingerprint(corpus, record=record) == corpus_fingerprint(corpus)


def test_a_record_of_another_folder_or_limit_is_not_used(
    corpus: Path, record: Path, tmp_path: Path
) -> None:
    corpus_fingerprint(corpus, record=record)
    _settled(record)
    other = _corpus(tmp_path / "other")
    for path in other.iterdir():  # the same names, sizes and times: only the folder differs
        source = (corpus / path.name).stat()
        os.utime(path, ns=(source.st_atime_ns, source.st_mtime_ns))
    assert corpus_fingerprint(other, record=record) == corpus_fingerprint(other)
    _settled(record)
    assert corpus_fingerprint(corpus, record=record, max_bytes=5_000) != RECORDED


@pytest.mark.parametrize("content", [b"", b"not json", b"[1, 2]", b'{"format": 1}'])
def test_a_damaged_record_is_hashed_past(corpus: Path, record: Path, content: bytes) -> None:
    record.parent.mkdir(parents=True)
    record.write_bytes(content)
    assert corpus_fingerprint(corpus, record=record) == corpus_fingerprint(corpus)


def test_a_record_that_cannot_be_written_changes_nothing(corpus: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_bytes(b"")
    record = blocker / "corpus-fingerprint.json"
    assert corpus_fingerprint(corpus, record=record) == corpus_fingerprint(corpus)
