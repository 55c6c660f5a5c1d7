"""The active build as files start-up reads in place (bot/engine/build_files.py,
bot/storage/build_files.py): the same snapshot as the database's, read without the database's
story rows; missing, stale or damaged files read from the database and written again; two
processes writing them at once."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import shutil
import subprocess
import sys
import threading
import zlib
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import jellyfish
import numpy as np
import pytest

from bot.engine import name_sounds
from bot.engine.corpus import story_file_text
from bot.engine.reports import AskSource
from bot.engine.search import Searcher, SearchSettings
from bot.engine.search.render import Rendering
from bot.engine.service import StoryService
from bot.engine.snapshot import IndexSnapshot
from bot.engine.story_analysis import StoryAnalysis
from bot.storage import Database
from bot.storage.build_files import beside
from bot.storage.builds import _BuildReader
from tests.engine.stories import copy_corpus
from tests.storage import make_snapshot
from tests.storage.test_builds import assert_same

REPO = Path(__file__).resolve().parents[2]
QUESTIONS = ("what did Jane Doe say?", "when does the bridge open?", "who said no?")


@pytest.fixture
def files_of(tmp_path: Path) -> Callable[[Path | str], Path]:
    """Where a test database's build files go: beside a SQLite file, or a folder given."""

    def folder(target: Path | str) -> Path:
        return beside(target) if isinstance(target, Path) else tmp_path / "build-files"

    return folder


def build_folders(root: Path) -> list[str]:
    """Everything in the build files' folder but the corpus fingerprint's record (service.py)."""
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if p.name != "corpus-fingerprint.json")


def not_from_the_database(monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading the build's stories from the database now fails the test."""

    def refused(self: object, rows: object) -> None:
        raise AssertionError("the build was read from the database")

    monkeypatch.setattr(_BuildReader, "read", refused)


def answers(snapshot: IndexSnapshot | None) -> list[str]:
    """The answers to a few questions (by words alone: the test builds' vectors are made up)."""
    assert snapshot is not None
    searcher = Searcher(snapshot, SearchSettings(semantic_weight=0.0))
    return [searcher.ask(q).model_dump_json() for q in QUESTIONS]


async def test_the_first_start_writes_the_build_files_and_the_next_reads_only_them(
    db_target: Path | str, files_of: Callable[[Path | str], Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = make_snapshot("v1", vectors=True)
    files = files_of(db_target)
    async with Database.open(db_target, build_files=files) as db:
        build = await db.save_snapshot(saved, 1.0)
        assert build_folders(files) == []  # a save writes none: the next start does
        first = await db.load_active_snapshot()
    assert_same(first, saved)
    (folder,) = build_folders(files)
    assert folder.startswith(f"build-{build.id}-")
    not_from_the_database(monkeypatch)
    async with Database.open(db_target, build_files=files) as db:
        again = await db.load_active_snapshot()
    assert_same(again, saved)
    assert answers(again) == answers(saved)
    assert again is not None and again.analyses[0].attribution == saved.analyses[0].attribution
    assert again.analyses[1].passage_terms.terms(0) == saved.analyses[1].passage_terms.terms(0)


async def test_the_files_of_another_build_are_never_read_and_are_replaced(
    db_target: Path | str, files_of: Callable[[Path | str], Path]
) -> None:
    files = files_of(db_target)
    old, new = make_snapshot("v1:old"), make_snapshot("v1:new", extra_word="Tuesday")
    async with Database.open(db_target, build_files=files) as db:
        await db.save_snapshot(old, 1.0)
        assert_same(await db.load_active_snapshot(), old)
        (old_folder,) = build_folders(files)
        build = await db.save_snapshot(new, 1.0)
        assert_same(await db.load_active_snapshot(), new)
        assert answers(await db.load_active_snapshot()) == answers(new)
    (new_folder,) = build_folders(files)  # the old build's removed
    assert new_folder != old_folder and new_folder.startswith(f"build-{build.id}-")


def _flip_a_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x10
    path.write_bytes(bytes(data))


DAMAGES: dict[str, Callable[[Path], None]] = {
    "a byte of the vectors changed": lambda folder: _flip_a_byte(folder / "vectors.npy"),
    "a byte of a story changed": lambda folder: _flip_a_byte(folder / "stories.bin"),
    "a byte of the BM25 index changed": lambda folder: _flip_a_byte(folder / "bm25.bin"),
    "the terms cut short": lambda folder: (folder / "terms.bin").write_bytes(b"STPTERMS"),
    "the people missing": lambda folder: (folder / "people.json").unlink(),
    "a byte of the quotes changed": lambda folder: _flip_a_byte(folder / "quotes.bin"),
    "a byte of the shown passages changed": lambda folder: _flip_a_byte(folder / "shown.bin"),
    "the shown passages missing": lambda folder: (folder / "shown.bin").unlink(),
    "a byte of the frequency rows changed": lambda folder: _flip_a_byte(
        folder / "frequency_rows.npy"
    ),
    "the contribution rows missing": lambda folder: (folder / "contribution_rows.npy").unlink(),
    "the file list damaged": lambda folder: _flip_a_byte(folder / "build.json"),
    "the file list missing": lambda folder: (folder / "build.json").unlink(),
}


def as_older_format(folder: Path, version: int, *missing: str) -> None:
    """Make a build's folder one an older storybot wrote: its `build.json` of format
    `version` (checksum and all), without the files that format did not have."""
    meta_path = folder / "build.json"
    meta = json.loads(meta_path.read_bytes().partition(b"\n")[2])
    meta["format"] = version
    for name in missing:
        del meta["files"][name]
        (folder / name).unlink()
    body = json.dumps(meta).encode()
    meta_path.write_bytes(b"%08x\n" % zlib.crc32(body) + body)


@pytest.mark.parametrize("damage", list(DAMAGES))
async def test_damaged_build_files_are_read_from_the_database_and_written_again(
    db_target: Path | str,
    files_of: Callable[[Path | str], Path],
    damage: str,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    saved = make_snapshot("v1", vectors=True)
    files = files_of(db_target)
    async with Database.open(db_target, build_files=files) as db:
        await db.save_snapshot(saved, 1.0)
        await db.load_active_snapshot()
        (folder,) = build_folders(files)
        DAMAGES[damage](files / folder)
        with caplog.at_level(logging.WARNING, logger="bot.storage.build_files"):
            loaded = await db.load_active_snapshot()
        assert_same(loaded, saved)
        assert answers(loaded) == answers(saved)
        assert "reading it from the database" in caplog.text
        assert build_folders(files) == [folder]
        not_from_the_database(monkeypatch)  # written again, whole
        assert_same(await db.load_active_snapshot(), saved)


async def test_files_of_an_older_format_are_read_from_the_database_and_written_again(
    db_target: Path | str,
    files_of: Callable[[Path | str], Path],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A folder an older storybot wrote (format 1: no rows of the commonest words) is not
    read: the build is read from the database and its files written again, in this format."""
    saved = make_snapshot("v1", vectors=True)
    files = files_of(db_target)
    async with Database.open(db_target, build_files=files) as db:
        await db.save_snapshot(saved, 1.0)
        await db.load_active_snapshot()
        (folder,) = build_folders(files)
        as_older_format(files / folder, 1, "frequency_rows.npy", "contribution_rows.npy")
        with caplog.at_level(logging.WARNING, logger="bot.storage.build_files"):
            loaded = await db.load_active_snapshot()
        assert "of another build or format" in caplog.text
        assert answers(loaded) == answers(saved)
        assert (files / folder / "frequency_rows.npy").is_file()
        not_from_the_database(monkeypatch)
        assert answers(await db.load_active_snapshot()) == answers(saved)


def shown_only_from_the_files(monkeypatch: pytest.MonkeyPatch) -> None:
    """Making a shown passage from its story now fails the test."""

    def refused(self: object, number: int) -> None:
        raise AssertionError("a shown passage was made from its story")

    monkeypatch.setattr(Rendering, "_made_shown", refused)


async def test_answers_from_the_build_files_show_each_passage_as_stored_with_the_build(
    db_target: Path | str, files_of: Callable[[Path | str], Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The files hold every passage's shown form (citation, text, quotes with their speakers):
    answers read it, made from no story, and are the answers of the build in memory."""
    saved = make_snapshot("v1", vectors=True)
    expected = answers(saved)
    assert "Jane Doe" in expected[0] and "Alpha “story”" in expected[0]  # a quote, a citation
    files = files_of(db_target)
    async with Database.open(db_target, build_files=files) as db:
        await db.save_snapshot(saved, 1.0)
        await db.load_active_snapshot()  # writes the files
    not_from_the_database(monkeypatch)
    shown_only_from_the_files(monkeypatch)
    async with Database.open(db_target, build_files=files) as db:
        loaded = await db.load_active_snapshot()
    assert loaded is not None and loaded.shown is not None
    assert answers(loaded) == expected


async def test_a_build_read_from_the_database_makes_each_shown_passage_from_its_story(
    db_target: Path | str, files_of: Callable[[Path | str], Path]
) -> None:
    """Where there are no build files (PostgreSQL unless told where, or files that cannot be
    written), a shown passage is made from its story: the same answers as from the files."""
    saved = make_snapshot("v1", vectors=True)
    files = files_of(db_target)
    async with Database.open(db_target, build_files=files) as db:
        await db.save_snapshot(saved, 1.0)
        from_files = await db.load_active_snapshot()
        db.builds.files = None
        from_database = await db.load_active_snapshot()
    assert from_files is not None and from_files.shown is not None
    assert from_database is not None and from_database.shown is None
    assert answers(from_database) == answers(from_files) == answers(saved)


async def test_files_of_format_2_answer_as_before_until_the_next_build(
    db_target: Path | str, files_of: Callable[[Path | str], Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder the previous storybot wrote (format 2: no shown passages) is read as it was,
    not from the database: each shown passage made from its story, the same answers; the next
    build's files hold them."""
    saved = make_snapshot("v1", vectors=True)
    files = files_of(db_target)
    async with Database.open(db_target, build_files=files) as db:
        await db.save_snapshot(saved, 1.0)
        await db.load_active_snapshot()
    (folder,) = build_folders(files)
    as_older_format(files / folder, 2, "shown.bin")
    with monkeypatch.context() as patched:
        not_from_the_database(patched)
        async with Database.open(db_target, build_files=files) as db:
            loaded = await db.load_active_snapshot()
        assert loaded is not None and loaded.shown is None
        assert answers(loaded) == answers(saved)
    assert build_folders(files) == [folder] and not (files / folder / "shown.bin").exists()
    async with Database.open(db_target, build_files=files) as db:
        await db.save_snapshot(make_snapshot("v2", vectors=True), 1.0)
        await db.load_active_snapshot()
    (newer,) = build_folders(files)
    assert (files / newer / "shown.bin").is_file()


async def test_the_quotes_kinds_are_stored_and_files_written_before_them_answer_the_same(
    db_target: Path | str, files_of: Callable[[Path | str], Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whether each quote is a direct quotation is stored beside its speaker (a speaker
    question reads it of each candidate); a folder written before it was (format 4, no
    `quote_direct.npy`) is read as it is, each kind read of the quotes' JSON when asked for."""
    saved = make_snapshot("v1", vectors=True)
    files = files_of(db_target)
    async with Database.open(db_target, build_files=files) as db:
        await db.save_snapshot(saved, 1.0)
        await db.load_active_snapshot()
    (folder,) = build_folders(files)
    kinds = saved.quotes.direct_quotes().tolist()
    assert True in kinds
    with monkeypatch.context() as patched:
        not_from_the_database(patched)
        async with Database.open(db_target, build_files=files) as db:
            loaded = await db.load_active_snapshot()
        assert loaded is not None and loaded.quotes._direct is not None
        assert loaded.quotes.direct_quotes().tolist() == kinds
        as_older_format(files / folder, 4, "quote_direct.npy")
        async with Database.open(db_target, build_files=files) as db:
            older = await db.load_active_snapshot()
        assert older is not None and older.quotes._direct is None
        assert older.quotes.direct_quotes().tolist() == kinds
        assert answers(older) == answers(loaded) == answers(saved)


async def test_a_folder_without_best_passages_answers_as_one_with_them(
    db_target: Path | str,
    files_of: Callable[[Path | str], Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each frequent word's best passages and their bounds are stored with the build (read,
    not made); a folder written before they were (format 4 without `best_passages.npy` and
    `best_bounds.npy`) is read as it is, without them, and answers the same."""
    saved = make_snapshot("v1", vectors=True)
    files = files_of(db_target)
    async with Database.open(db_target, build_files=files) as db:
        await db.save_snapshot(saved, 1.0)
        await db.load_active_snapshot()
    (folder,) = build_folders(files)
    assert (files / folder / "best_passages.npy").is_file()
    assert (files / folder / "best_bounds.npy").is_file()
    with monkeypatch.context() as patched:
        not_from_the_database(patched)
        async with Database.open(db_target, build_files=files) as db:
            loaded = await db.load_active_snapshot()
        assert loaded is not None and loaded.index._best._stored is not None
        as_older_format(files / folder, 4, "best_passages.npy", "best_bounds.npy")
        async with Database.open(db_target, build_files=files) as db:
            older = await db.load_active_snapshot()
        assert older is not None and older.index._best._stored is None
        assert answers(older) == answers(loaded) == answers(saved)


async def test_a_reindex_failing_halfway_leaves_the_old_build_answering_from_its_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reindex that fails in the middle of saving the new build: the service answers from
    the old build's files as before (its shown passages stored), and so does the next start,
    from those same files."""
    corpus = copy_corpus(tmp_path)
    path = tmp_path / "db.sqlite3"
    async with Database.open(path) as db:
        await StoryService(db, corpus, settings=WORDS).start()  # built and saved
    async with Database.open(path) as db:  # reads the build, writes its files
        await StoryService(db, corpus, settings=WORDS).start()
    (folder,) = build_folders(beside(path))
    question = "what did Bukele say about Garcia?"
    (corpus / "later.txt").write_text(
        story_file_text({"id": "later"}, '"We are not done," said Mayor Ana Ruiz on Friday.'),
        encoding="utf-8",
    )
    import bot.storage.builds as builds

    async def fail(*args: object) -> None:
        raise MemoryError("no room for the new build")

    async with Database.open(path) as db:
        service = StoryService(db, corpus, settings=WORDS)
        await service.start(build_if_missing=False)
        assert service.snapshot is not None and service.snapshot.shown is not None
        before = (await service.ask(question, source=AskSource("test"))).model_dump_json()
        assert "Bukele" in before
        with monkeypatch.context() as patched:
            # after the new build's row, its index and its stories are written (its new
            # story's analysis stored as it was made, before the save)
            patched.setattr(builds, "_activate", fail)
            with pytest.raises(MemoryError):
                await service.reindex()
        assert service.snapshot.shown is not None and service.build is not None
        assert (await service.ask(question, source=AskSource("test"))).model_dump_json() == before
    assert build_folders(beside(path)) == [folder]
    not_from_the_database(monkeypatch)
    shown_only_from_the_files(monkeypatch)
    async with Database.open(path) as db:
        again = StoryService(db, corpus, settings=WORDS)
        await again.start(build_if_missing=False)
        assert (await again.ask(question, source=AskSource("test"))).model_dump_json() == before


async def test_a_folder_left_half_written_is_never_read(
    db_target: Path | str, files_of: Callable[[Path | str], Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = make_snapshot("v1")
    files = files_of(db_target)
    async with Database.open(db_target, build_files=files) as db:
        await db.save_snapshot(saved, 1.0)
        await db.load_active_snapshot()
        (folder,) = build_folders(files)
        # as a process killed while writing them leaves them: another name, never renamed
        (files / folder).rename(files / f".{folder}.123.abcd.partial")
        assert_same(await db.load_active_snapshot(), saved)
        assert folder in build_folders(files)  # written whole again
        not_from_the_database(monkeypatch)
        assert_same(await db.load_active_snapshot(), saved)


async def test_files_that_cannot_be_written_leave_the_build_read_from_the_database(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    saved = make_snapshot("v1", vectors=True)
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    async with Database.open(tmp_path / "db.sqlite3", build_files=blocked / "builds") as db:
        await db.save_snapshot(saved, 1.0)
        with caplog.at_level(logging.WARNING):
            loaded = await db.load_active_snapshot()
    assert_same(loaded, saved)
    assert "could not write the files of build" in caplog.text


async def test_postgresql_keeps_no_files_unless_told_where(
    postgres_url: str, tmp_path: Path
) -> None:
    async with Database.open(postgres_url) as db:
        await db.save_snapshot(make_snapshot("v1"), 1.0)
        assert_same(await db.load_active_snapshot(), make_snapshot("v1"))
        assert db.builds.files is None


async def test_the_nearest_neighbour_index_is_read_from_the_files_with_the_same_answers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A build past `semantic_exact_below` keeps its index, passages added, in its files: a
    searcher reads it rather than adding every vector, and answers alike."""
    corpus = copy_corpus(tmp_path)
    approximate = SearchSettings(semantic_exact_below=10, semantic_probes=2)
    path = tmp_path / "db.sqlite3"
    async with Database.open(path) as db:
        await StoryService(db, corpus, settings=approximate).start()
        db.builds.files = None
        from_database = await db.load_active_snapshot()
    assert from_database is not None and from_database.nearest_filled is None
    async with Database.open(path) as db:
        from_files = await db.load_active_snapshot()  # written, then read
    assert from_files is not None and from_files.nearest_filled is not None
    assert from_files.nearest_trained == from_database.nearest_trained
    import bot.engine.nearest as nearest

    def refused(*args: object) -> None:
        raise AssertionError("the index was made again")

    monkeypatch.setattr(nearest.NearestPassages, "_made", staticmethod(refused))
    read = Searcher(from_files, approximate)
    monkeypatch.undo()
    made = Searcher(from_database, approximate)
    assert read._nearest is not None and made._nearest is not None
    questions = [
        "what did the two leaders think of each other?",
        "what did Bukele say about Garcia?",
        "how much does the prison cost?",
    ]
    for question in questions:
        assert read.ask(question).model_dump_json() == made.ask(question).model_dump_json()
        vector = read._loaded_embedder().embed([question])[0]  # type: ignore[union-attr]
        assert read._nearest.search(vector, 10) == made._nearest.search(vector, 10)
    assert isinstance(from_files.passage_vectors, np.ndarray)


def _environment(pause: str | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "STORYBOT_PAUSE_AT"}
    if pause:
        env["STORYBOT_PAUSE_AT"] = pause
    return env


def _storybot(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "bot", *args]
    done = subprocess.run(
        command, cwd=REPO, env=_environment(), capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    return done


def _paused_storybot(*args: str, pause: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "bot", *args],
        cwd=REPO,
        env=_environment(pause),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_storybot_index_writes_the_files_and_two_processes_writing_them_at_once_agree(
    tmp_path: Path,
) -> None:
    """The real CLI: `storybot index` leaves the files the next `storybot ask` reads; two
    `storybot ask` that both find them missing write them at the same moment (each stopped
    just before renaming its folder into place): one folder is kept, nothing half-written is
    left, and every answer is the same."""
    corpus = copy_corpus(tmp_path)
    db = tmp_path / "db.sqlite3"
    common = ("--db", str(db), "--corpus", str(corpus))
    asked = ("ask", "--json", "what did Bukele say about Garcia?")
    _storybot(*common, "index")
    files = beside(db)
    (folder,) = build_folders(files)
    expected = _storybot(*common, *asked).stdout
    assert build_folders(files) == [folder]

    shutil.rmtree(files / folder)
    racing = [_paused_storybot(*common, *asked, pause="build files written") for _ in range(2)]
    for process in racing:
        assert process.stderr is not None
        while "storybot paused at build files written" not in process.stderr.readline():
            assert process.poll() is None, "a process ended before writing its files"
    outputs = [process.communicate("\n", timeout=300) for process in racing]
    assert [process.returncode for process in racing] == [0, 0], outputs
    assert [stdout for stdout, _ in outputs] == [expected, expected]
    assert build_folders(files) == [folder]  # one kept, neither half-written one left
    assert _storybot(*common, *asked).stdout == expected


LATER = story_file_text({"id": "later"}, '"We are not done," said Mayor Ana Ruiz on Friday.')
ASKED = ("what did Bukele say about Garcia?", "what did Ana Ruiz say?", "who said we are not done?")


# words only: these tests are about the build's files, not closeness in meaning
WORDS = SearchSettings(semantic_weight=0.0)


async def asked(service: StoryService) -> list[str]:
    return [(await service.ask(q, source=AskSource("test"))).model_dump_json() for q in ASKED]


@asynccontextmanager
async def running_service(corpus: Path, path: Path) -> AsyncIterator[StoryService]:
    """A service on the database at `path`, started and its build's files written, as a
    running bot's is before anyone asks it to reindex."""
    async with Database.open(path) as db:
        service = StoryService(db, corpus, settings=WORDS)
        await service.start()
        await service.files_written()
        yield service


async def test_a_running_service_s_reindex_writes_the_new_build_s_files_and_answers_from_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """/reindex in a running bot answers from the new build as made at once, then writes its
    files as `storybot index` does and answers from them (each shown passage as stored): the
    same answers."""
    corpus = copy_corpus(tmp_path)
    path = tmp_path / "db.sqlite3"
    async with running_service(corpus, path) as service:
        (corpus / "later.txt").write_text(LATER, encoding="utf-8")
        report = await service.reindex()
        assert service.snapshot is not None and service.snapshot.shown is None  # as made
        as_made = await asked(service)
        assert "not done" in as_made[1]
        with monkeypatch.context() as patched:
            shown_only_from_the_files(patched)
            await service.files_written()
            assert service.snapshot is not None and service.snapshot.shown is not None
            assert await asked(service) == as_made
        (folder,) = build_folders(beside(path))
        assert folder.startswith(f"build-{report.build.id}-")
    with monkeypatch.context() as patched:
        not_from_the_database(patched)
        shown_only_from_the_files(patched)
        async with Database.open(path) as db:  # the next start reads the files it wrote
            again = StoryService(db, corpus, settings=WORDS)
            await again.start(build_if_missing=False)
            assert await asked(again) == as_made


@pytest.mark.parametrize("failing", ["writing", "copying"])
async def test_a_failure_while_writing_the_files_leaves_the_new_build_answering_as_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, failing: str
) -> None:
    """A failure in the middle of writing the new build's files (after the reindex, which
    succeeded), in writing the shown passages or in copying the kept story's from the old
    build's files: the half-written folder is removed, the old build's files are whole, the
    new build answers as made; the next start reads it from the database and writes its
    files."""
    corpus = copy_corpus(tmp_path)
    path = tmp_path / "db.sqlite3"
    import bot.engine.build_files as engine_build_files
    from bot.engine.shown import StoredShown

    def fail(*args: object, **kwargs: object) -> None:
        raise MemoryError("no room for the shown passages")

    async with running_service(corpus, path) as service:
        (folder,) = build_folders(beside(path))
        old_files = _folder_files(beside(path) / folder)
        (corpus / "later.txt").write_text(LATER, encoding="utf-8")
        with monkeypatch.context() as patched:
            if failing == "writing":
                patched.setattr(engine_build_files, "write_shown", fail)  # stories.bin written
            else:
                patched.setattr(StoredShown, "story_records", fail)
            report = await service.reindex()
            await service.files_written()
        assert "no room for the shown passages" in caplog.text
        assert build_folders(beside(path)) == [folder]  # nothing half-written left
        assert _folder_files(beside(path) / folder) == old_files
        assert service.build == report.build
        assert service.snapshot is not None and service.snapshot.shown is None  # as made
        as_made = await asked(service)
        assert "not done" in as_made[1]
    async with Database.open(path) as db:
        assert db.builds.files is not None
        snapshot = await db.load_active_snapshot()  # the new build: its files written now
        assert snapshot is not None and snapshot.shown is not None
        again = StoryService(db, corpus, settings=WORDS)
        await again.start(build_if_missing=False)
        assert await asked(again) == as_made
        (newer,) = build_folders(beside(path))
        assert newer != folder


async def test_the_event_loop_answers_while_the_new_build_s_files_are_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The files are written on a thread after the reindex: a question asked while they are
    being written is answered by the new build, as made, before they are done; the next
    reindex waits for them."""
    corpus = copy_corpus(tmp_path)
    path = tmp_path / "db.sqlite3"
    import bot.storage.build_files as storage_build_files

    loop = asyncio.get_running_loop()
    writing = asyncio.Event()
    may_finish = threading.Event()
    real_write = storage_build_files.write_build_files

    def held_write(*args: Any) -> Path:
        loop.call_soon_threadsafe(writing.set)
        if not may_finish.wait(timeout=60):  # a guard: the loop never answered meanwhile
            raise AssertionError("the event loop was blocked while the files were written")
        return real_write(*args)

    async with running_service(corpus, path) as service:
        (corpus / "later.txt").write_text(LATER, encoding="utf-8")
        monkeypatch.setattr(storage_build_files, "write_build_files", held_write)
        await service.reindex()
        await writing.wait()
        assert "not done" in (await asked(service))[1]  # answered while the files are written
        assert service.snapshot is not None and service.snapshot.shown is None
        (corpus / "later.txt").unlink()
        next_reindex = asyncio.create_task(service.reindex())
        may_finish.set()
        await next_reindex  # after the files: its own build is not superseded by them
        assert "not done" not in (await asked(service))[1]
        await service.files_written()
        assert service.snapshot is not None and service.snapshot.shown is not None
        assert "not done" not in (await asked(service))[1]


async def test_a_service_closed_before_its_build_s_files_are_written_leaves_the_next_start_them(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The database closed right after a reindex, before its files were begun (a bot stopped
    just after `/reindex`): a warning, no error, and the next start answers from the new
    build, read from the database and its files written then."""
    corpus = copy_corpus(tmp_path)
    path = tmp_path / "db.sqlite3"
    async with running_service(corpus, path) as service:
        (folder,) = build_folders(beside(path))
        (corpus / "later.txt").write_text(LATER, encoding="utf-8")
        await service.reindex()
    await service.files_written()
    assert "files were not written" in caplog.text
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert build_folders(beside(path)) == [folder]  # the old build's, whole
    async with Database.open(path) as db:
        again = StoryService(db, corpus, settings=WORDS)
        await again.start(build_if_missing=False)
        assert "not done" in (await asked(again))[1]
        (newer,) = build_folders(beside(path))
        assert newer != folder


def _folder_files(folder: Path) -> dict[str, bytes]:
    """Every file of a build's folder, `build.json` without what names the build (its id,
    time and corpus hash, which a reindex's differ in from a whole build's)."""
    files = {path.name: path.read_bytes() for path in folder.iterdir()}
    meta = json.loads(files.pop("build.json").partition(b"\n")[2])
    for naming in ("identity", "built_at", "corpus_hash"):
        meta.pop(naming)
    files["build.json"] = json.dumps(meta, sort_keys=True).encode()
    return files


async def test_a_reindex_s_files_are_those_a_whole_build_of_its_corpus_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A running bot's reindex writes its files copying what it keeps of the build it
    replaces (the unchanged story's shown passages, now at another place, and its stored
    analysis), making only the changed and added stories' again: byte for byte the files a
    whole build of the same corpus writes."""
    corpus = copy_corpus(tmp_path)
    (corpus / "later.txt").write_text(LATER, encoding="utf-8")
    path = tmp_path / "db.sqlite3"
    told: list[str] = []
    real_told = StoryAnalysis.told_passages

    def telling(analysis: StoryAnalysis) -> Any:
        told.append(analysis.story_id)
        return real_told(analysis)

    async with running_service(corpus, path) as service:
        assert service.snapshot is not None and service.snapshot.shown is not None
        (corpus / "later.txt").write_text(LATER.replace("Friday", "Monday"), encoding="utf-8")
        first = story_file_text({"id": "aardvark"}, '"It is early," said Chef Li Wei at dawn.')
        (corpus / "aardvark.txt").write_text(first, encoding="utf-8")  # before the others
        await service.reindex()
        with monkeypatch.context() as patched:
            patched.setattr(StoryAnalysis, "told_passages", telling)
            await service.files_written()
        assert sorted(told) == ["aardvark", "later"]  # the other story's copied
        reindexed = _folder_files(beside(path) / build_folders(beside(path))[0])
        answered = await asked(service)
    whole = tmp_path / "whole.sqlite3"
    async with running_service(corpus, whole) as service:
        assert _folder_files(beside(whole) / build_folders(beside(whole))[0]) == reindexed
        assert await asked(service) == answered


# -- the sounds of the people's names --------------------------------------------------------

DICTATED = "what did jain dough say?"  # Jane Doe, as dictation writes a name it does not know


def sounds_worked_out(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every text whose sound (jellyfish's metaphone) is worked out from now on, in order."""
    heard: list[str] = []
    metaphone = jellyfish.metaphone

    def recorded(text: str) -> str:
        heard.append(text)
        return metaphone(text)

    monkeypatch.setattr(jellyfish, "metaphone", recorded)
    return heard


async def test_a_dictated_name_is_read_by_the_sounds_stored_with_the_build_s_files(
    db_target: Path | str, files_of: Callable[[Path | str], Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sounds of the people's names (by which "jain dough" is Jane Doe) are stored with
    the build's files: a process reading them works out the sound of the question's words
    alone, no name's (before, the first question needing the table made it: ~12 ms at
    100,000 passages, 2,573 people)."""
    saved = make_snapshot("v1", vectors=True)
    files = files_of(db_target)
    async with Database.open(db_target, build_files=files) as db:
        await db.save_snapshot(saved, 1.0)
        await db.load_active_snapshot()  # writes the files
    not_from_the_database(monkeypatch)
    async with Database.open(db_target, build_files=files) as db:
        loaded = await db.load_active_snapshot()
    assert loaded is not None
    heard = sounds_worked_out(monkeypatch)
    answer = Searcher(loaded, SearchSettings(semantic_weight=0.0)).ask(DICTATED)
    assert answer.asked_speaker == "Jane Doe"
    assert heard and all(text in DICTATED.replace(" ", "") for text in heard)


async def test_files_written_before_the_sounds_were_stored_answer_a_dictated_name_the_same(
    db_target: Path | str, files_of: Callable[[Path | str], Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder written before the sounds were stored (format 4 without `name_sounds.json`)
    is read as it is, not from the database, as is one whose sounds other code made (an
    upgrade's: its metaphone or its rules may differ): the sounds are made from the people
    when a question first needs them, the same answer. The next build's files hold them."""
    saved = make_snapshot("v1", vectors=True)
    files = files_of(db_target)
    async with Database.open(db_target, build_files=files) as db:
        await db.save_snapshot(saved, 1.0)
        await db.load_active_snapshot()
    (folder,) = build_folders(files)
    expected = Searcher(saved, SearchSettings(semantic_weight=0.0)).ask(DICTATED)
    assert expected.asked_speaker == "Jane Doe"
    with monkeypatch.context() as patched:
        not_from_the_database(patched)
        patched.setattr(name_sounds, "made_by", lambda: "other code")
        async with Database.open(db_target, build_files=files) as db:
            by_other_code = await db.load_active_snapshot()
        assert by_other_code is not None and by_other_code.name_sounds is not None
        heard = sounds_worked_out(patched)
        answer = Searcher(by_other_code, SearchSettings(semantic_weight=0.0)).ask(DICTATED)
        assert answer == expected and "janedoe" in heard  # the table made again
    as_older_format(files / folder, 4, "name_sounds.json")
    with monkeypatch.context() as patched:
        not_from_the_database(patched)
        async with Database.open(db_target, build_files=files) as db:
            older = await db.load_active_snapshot()
        assert older is not None and older.name_sounds is None
        heard = sounds_worked_out(patched)
        assert Searcher(older, SearchSettings(semantic_weight=0.0)).ask(DICTATED) == expected
        assert "janedoe" in heard
    async with Database.open(db_target, build_files=files) as db:
        await db.save_snapshot(make_snapshot("v2", vectors=True), 1.0)
        await db.load_active_snapshot()
    (newer,) = build_folders(files)
    assert (files / newer / "name_sounds.json").is_file()


async def test_a_build_made_at_start_answers_a_dictated_name_from_its_files_sounds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A running bot's build, once its files are written and read back, reads "nay eve boo
    kelly" as Nayib Bukele by the sounds stored with them: no name's sound worked out while a
    member waits, only those of the question's runs of words."""
    question = "um what did nay eve boo kelly say about the crime problem"
    corpus = copy_corpus(tmp_path)
    async with running_service(corpus, tmp_path / "db.sqlite3") as service:
        assert service.snapshot is not None and service.snapshot.name_sounds is not None
        heard = sounds_worked_out(monkeypatch)
        answer = await service.ask(question, source=AskSource("test"))
    assert answer.asked_speaker == "Nayib Bukele"
    assert heard and all(text in question.replace(" ", "") for text in heard)
