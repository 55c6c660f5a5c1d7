"""The service over a real SQLite file: start-up, reindex swaps, failures that change nothing."""

from __future__ import annotations

import asyncio
import gc
import weakref
from collections.abc import Sequence
from pathlib import Path

import orjson
import pytest

import bot.engine.builder as builder
import bot.engine.fingerprint_record as fingerprint_record
from bot.engine.build_version import corpus_hash
from bot.engine.corpus import story_file_text
from bot.engine.evaluation import load_items
from bot.engine.fingerprint_record import corpus_fingerprint
from bot.engine.reports import AskSource
from bot.engine.service import StoryService
from bot.engine.snapshot import QueryLogEntry
from bot.errors import CorpusError, IndexNotBuiltError, QuestionError
from bot.storage import Database
from tests.engine.stories import copy_corpus

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = "what did Bukele say about returning Garcia?"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return copy_corpus(tmp_path)


async def test_first_start_builds_and_answers_and_logs(corpus: Path, tmp_path: Path) -> None:
    async with Database.open(tmp_path / "db.sqlite3") as db:
        service = StoryService(db, corpus)
        build = await service.start()
        assert build is not None and build.stories == 1 and build.passages == 30
        answer = await service.ask(EXAMPLE, source=AskSource("test", guild_id=7))
        assert answer.passages[0].paragraph == 14  # his own words, ¶13 relaying them beside
        with pytest.raises(QuestionError):
            await service.ask("   ", source=AskSource("test", guild_id=7))
        stats = await db.query_log.stats(guild_id=7)
        assert (stats.total, stats.answered) == (2, 1)


async def test_restart_loads_the_stored_index_without_reading_the_corpus(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with Database.open(tmp_path / "db.sqlite3") as db:
        first = await StoryService(db, corpus).start()

    def must_not_parse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the corpus was parsed again")

    monkeypatch.setattr(builder, "analyse_corpus", must_not_parse)
    async with Database.open(tmp_path / "db.sqlite3") as db:
        service = StoryService(db, corpus)
        again = await service.start()
        assert again is not None and first is not None and again.id == first.id
        assert (await service.ask(EXAMPLE)).answered


async def test_a_reindex_records_the_corpus_fingerprint_and_the_next_start_reads_no_story(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reindex /reindex runs records the fingerprint of the story files it built from
    beside the build's files, as `storybot index` does (fingerprint_record.py): the next
    start takes the fingerprint from it and reads no story file while none changed."""
    async with Database.open(tmp_path / "db.sqlite3") as db:
        service = StoryService(db, corpus)
        await service.start()
        folder = db.local_folder()
        assert folder is not None
        record = folder / "corpus-fingerprint.json"
        record.unlink()  # the start's own: only the reindex can write it again
        (corpus / "extra.txt").write_text(
            story_file_text({"id": "extra"}, "The mayor said the bridge would open in May."),
            encoding="utf-8",
        )
        report = await service.reindex()
        assert report.build.stories == 2
    facts = orjson.loads(record.read_bytes())
    assert facts["fingerprint"] == corpus_fingerprint(corpus)
    assert corpus_hash(facts["fingerprint"]) == report.build.corpus_hash
    assert sorted(facts["files"]) == sorted(p.name for p in corpus.iterdir())
    # as if the files had been written long before the reindex (written a moment before it,
    # their times prove nothing yet, and a start would hash them again)
    facts["started_ns"] += 60 * 10**9
    record.write_bytes(orjson.dumps(facts))

    def must_not_read(*args: object, **kwargs: object) -> None:
        raise AssertionError("a story file was read")

    monkeypatch.setattr(fingerprint_record, "fingerprint_bytes", must_not_read)
    monkeypatch.setattr(builder, "analyse_corpus", must_not_read)
    async with Database.open(tmp_path / "db.sqlite3") as db:
        service = StoryService(db, corpus)
        again = await service.start()
        assert again is not None and again.id == report.build.id
        assert (await service.ask("when will the bridge open?")).answered


async def test_a_changed_corpus_is_reindexed_at_start(corpus: Path, tmp_path: Path) -> None:
    async with Database.open(tmp_path / "db.sqlite3") as db:
        await StoryService(db, corpus).start()
    (corpus / "extra.txt").write_text(
        story_file_text({"id": "extra"}, "The mayor said the bridge would open in May."),
        encoding="utf-8",
    )
    async with Database.open(tmp_path / "db.sqlite3") as db:
        service = StoryService(db, corpus)
        build = await service.start()
        assert build is not None and build.stories == 2
        answer = await service.ask("when will the bridge open?")
        assert answer.passages[0].story_id == "extra"


async def test_a_broken_file_leaves_the_old_index_answering(corpus: Path, tmp_path: Path) -> None:
    async with Database.open(tmp_path / "db.sqlite3") as db:
        service = StoryService(db, corpus)
        before = await service.start()
        (corpus / "broken.txt").write_bytes(b"+++\ntitle = 'no id'\n+++\nBody.")
        with pytest.raises(CorpusError, match=r"broken\.txt: the header has no id"):
            await service.reindex()
        assert service.build == before
        assert (await service.ask(EXAMPLE)).answered
        assert await db.active_build() == before

    # A restart with the broken file still there serves the old index rather than failing.
    async with Database.open(tmp_path / "db.sqlite3") as db:
        service = StoryService(db, corpus)
        assert await service.start() == before
        assert (await service.ask(EXAMPLE)).answered


async def test_reindex_reports_what_changed(corpus: Path, tmp_path: Path) -> None:
    async with Database.open(tmp_path / "db.sqlite3") as db:
        service = StoryService(db, corpus)
        await service.start()
        (corpus / "extra.txt").write_text(
            story_file_text({"id": "extra"}, "“We will open it,” the mayor, Ann Lee, said."),
            encoding="utf-8",
        )
        report = await service.reindex()
        assert report.stories_added == ("extra",)
        assert (report.passages_added, report.passages_removed) == (1, 0)
        assert report.quotes_added == 1
        (corpus / "extra.txt").unlink()
        report = await service.reindex()
        assert report.stories_removed == ("extra",)
        assert report.quotes_removed == 1


async def test_a_reindex_frees_the_build_it_replaces_once_nothing_answers_from_it(
    corpus: Path, tmp_path: Path
) -> None:
    """A build's objects are frozen out of the cyclic collector when made (memory.py), so a
    reference cycle among a build's searcher's objects kept every build a reindex replaced,
    its mapped files and tables, for the life of the process: the soak test's bot grew by
    ~140 MB a reindex under load. Collection off here: reference counting alone frees them,
    after the questions of the dev set have filled the searcher's caches."""
    questions = [item.q for item in load_items(REPO / "tests/data/eval-dev.jsonl") if item.q]
    gc.disable()
    try:
        async with Database.open(tmp_path / "db.sqlite3") as db:
            service = StoryService(db, corpus)
            await service.start()
            await service.files_written()  # answering from the build's files, as after a restart
            for question in questions:
                # on this thread: a worker thread holds its last call's arguments a moment after
                # answering, which is not what is tested
                service.searcher.ask(question)
            replaced = weakref.ref(service.searcher), weakref.ref(service.searcher.snapshot)
            (corpus / "extra.txt").write_text(
                story_file_text({"id": "extra"}, "“We will open it,” the mayor, Ann Lee, said."),
                encoding="utf-8",
            )
            await service.reindex()
            await service.files_written()
            assert [held() for held in replaced] == [None, None]
            assert (await service.ask(EXAMPLE)).passages[0].paragraph == 14
    finally:
        gc.enable()


async def test_questions_are_answered_from_the_old_index_while_a_reindex_runs(
    corpus: Path, tmp_path: Path
) -> None:
    async with Database.open(tmp_path / "db.sqlite3") as db:
        service = StoryService(db, corpus)
        await service.start()
        reindex = asyncio.create_task(service.reindex())
        answers = await asyncio.gather(*(service.ask(EXAMPLE) for _ in range(5)))
        await reindex
        assert all(a.passages[0].paragraph == 14 for a in answers)


async def test_quotes_by_speaker_match_names_and_surnames(corpus: Path, tmp_path: Path) -> None:
    async with Database.open(tmp_path / "db.sqlite3") as db:
        service = StoryService(db, corpus)
        await service.start()
        by_surname = service.quotes("bukele")
        assert by_surname and {q.speaker for q in by_surname} == {"Nayib Bukele"}
        assert service.quotes("Nayib Bukele") == by_surname
        assert service.quotes("nobody at all") == []
        assert {q.paragraph for q in service.quotes("human rights watch")} == {18, 19, 20}


async def test_asking_before_any_build_is_a_clear_error(corpus: Path, tmp_path: Path) -> None:
    async with Database.open(tmp_path / "db.sqlite3") as db:
        service = StoryService(db, corpus)
        await service.start(build_if_missing=False)
        with pytest.raises(IndexNotBuiltError, match="storybot index"):
            await service.ask(EXAMPLE)


async def test_each_quote_s_speaker_is_named_as_the_quote_list_names_them(
    corpus: Path, tmp_path: Path
) -> None:
    """`storybot index` counts quotes per speaker from these without making each quote's view."""
    async with Database.open(tmp_path / "db.sqlite3") as db:
        service = StoryService(db, corpus)
        await service.start()
        speakers = list(service.quote_speakers())
        assert speakers == [q.speaker for q in service.quotes()]
        assert None in speakers and "Nayib Bukele" in speakers


async def test_stats_read_after_an_answer_count_it_though_its_log_write_is_still_under_way(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Front ends post the answer first and log it after: a moderator's /stats arriving in
    between waits for the write instead of missing the question."""
    async with Database.open(tmp_path / "db.sqlite3") as db:
        service = StoryService(db, corpus)
        await service.start()
        store = service._store
        write_begun, may_write = asyncio.Event(), asyncio.Event()
        real_log_queries = store.log_queries

        async def held_write(entries: Sequence[QueryLogEntry]) -> None:
            write_begun.set()
            await may_write.wait()
            await real_log_queries(entries)

        monkeypatch.setattr(store, "log_queries", held_write)
        _, entry = await service.answer(EXAMPLE, source=AskSource("test", guild_id=7))
        logging = asyncio.ensure_future(service.log(entry))
        await write_begun.wait()

        async def stats_after_logged() -> int:
            await service.logged()
            return (await db.query_log.stats(guild_id=7)).total

        reading = asyncio.ensure_future(stats_after_logged())
        for _ in range(5):  # give the reader every chance to run ahead of the write
            await asyncio.sleep(0)
        assert not reading.done()
        may_write.set()
        assert await reading == 1
        await logging
        assert await asyncio.wait_for(stats_after_logged(), 10) == 1  # nothing pending: at once
