"""Index builds from the corpus folder: analysed on every core, and incrementally (a story whose
file did not change is not analysed again), giving the snapshot a one-process build gives."""

from __future__ import annotations

from pathlib import Path

import pytest

import bot.engine.builder as builder
from bot.engine.builder import analyse_corpus, build_snapshot, indexed_terms, snapshot_of
from bot.engine.corpus import load_corpus, parse_story
from bot.engine.fingerprint_record import corpus_fingerprint
from bot.engine.service import StoryService
from bot.engine.snapshot import BuildRecord, IndexSnapshot
from bot.errors import CorpusError
from bot.storage import Database

REPO = Path(__file__).resolve().parents[2]
STORY = (REPO / "corpus" / "bukele-white-house.txt").read_text("utf-8")


def _corpus(folder: Path, copies: int) -> Path:
    folder.mkdir()
    for n in range(copies):
        text = STORY.replace('id = "bukele-white-house"', f'id = "copy-{n:02d}"', 1)
        # each copy its own words, so the stories differ and their people merge across them
        text = text.replace("preposterous", f"preposterous{n}")
        (folder / f"copy-{n:02d}.txt").write_text(text, "utf-8")
    return folder


def _same(a: IndexSnapshot, b: IndexSnapshot) -> None:
    assert a.stories == b.stories
    assert a.passages == b.passages
    assert a.people == b.people
    assert a.quotes == b.quotes
    assert indexed_terms(a) == indexed_terms(b)
    assert a.index.to_bytes() == b.index.to_bytes()
    assert [a.passage_terms.tokens(d) for d in range(len(a.passages))] == [
        b.passage_terms.tokens(d) for d in range(len(b.passages))
    ]


def test_worker_processes_build_what_one_process_builds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    corpus = _corpus(tmp_path / "corpus", 4)
    monkeypatch.setattr(builder, "_POOL_FROM", 2)  # a pool for four stories
    # a whole build starts its pool before reading the files
    analyses = analyse_corpus(corpus, workers=2).analyses
    assert "worker processes stopped" not in caplog.text  # the pool did the work
    _same(snapshot_of(list(analyses.values()), "h"), build_snapshot(load_corpus(corpus), "h"))
    # a reindex with analyses to reuse (of none of these files) starts one for those to do
    unrelated = {"a key no file has": next(iter(analyses.values()))}
    again = analyse_corpus(corpus, workers=2, previous=unrelated).analyses
    assert "worker processes stopped" not in caplog.text
    _same(snapshot_of(list(again.values()), "h"), build_snapshot(load_corpus(corpus), "h"))


def test_a_reindex_analyses_only_the_changed_story(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _corpus(tmp_path / "corpus", 3)
    first = analyse_corpus(corpus, workers=1).analyses
    analysed: list[str] = []
    real = builder.analyse_story

    def counted(
        story: builder.Story, key: str, *, in_worker: bool = False
    ) -> builder.StoryAnalysis:
        analysed.append(story.id)
        return real(story, key, in_worker=in_worker)

    monkeypatch.setattr(builder, "analyse_story", counted)
    changed = corpus / "copy-01.txt"
    changed.write_text(changed.read_text("utf-8").replace("honor", "privilege"), "utf-8")
    (corpus / "copy-02.txt").unlink()
    again = analyse_corpus(corpus, workers=1, previous=first).analyses
    assert analysed == ["copy-01"]
    # the fingerprint a build is stored under is that of the bytes it analysed
    assert analyse_corpus(corpus, workers=1, previous=again).fingerprint == corpus_fingerprint(
        corpus
    )
    _same(snapshot_of(list(again.values()), "h"), build_snapshot(load_corpus(corpus), "h"))


def test_a_bad_file_is_refused_as_the_loader_refuses_it(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus", 3)
    (corpus / "copy-01.txt").write_text("+++\nid = 'Bad Id'\n+++\ntext\n", "utf-8")
    (corpus / "copy-02.txt").write_text(STORY.replace("bukele-white-house", "copy-00"), "utf-8")
    with pytest.raises(CorpusError) as loaded:
        load_corpus(corpus)
    with pytest.raises(CorpusError) as analysed:
        analyse_corpus(corpus, workers=1)
    assert str(analysed.value) == str(loaded.value) and "copy-01.txt" in str(analysed.value)
    (corpus / "copy-01.txt").unlink()
    with pytest.raises(CorpusError, match="duplicate id 'copy-00'"):
        analyse_corpus(corpus, workers=1)


async def test_the_service_reindexes_only_what_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _corpus(tmp_path / "corpus", 3)
    analysed: list[str] = []
    real = builder.analyse_story

    def counted(
        story: builder.Story, key: str, *, in_worker: bool = False
    ) -> builder.StoryAnalysis:
        analysed.append(story.id)
        return real(story, key, in_worker=in_worker)

    monkeypatch.setattr(builder, "analyse_story", counted)
    async with Database.open(tmp_path / "db.sqlite3") as db:
        service = StoryService(db, corpus, workers=1)
        await service.start()
        assert sorted(analysed) == ["copy-00", "copy-01", "copy-02"]
        analysed.clear()
        new = STORY.replace('id = "bukele-white-house"', 'id = "fresh"', 1)
        change = await service.add_story(new.encode(), "fresh.txt")
        assert change.report.stories_added == ("fresh",) and analysed == ["fresh"]
        answer = await service.ask("what did Bukele say about Garcia?")
        assert any("preposterous" in p.text for p in answer.passages)


def test_a_snapshot_s_objects_are_left_out_of_later_collections(tmp_path: Path) -> None:
    import gc

    from bot.engine.memory import long_lived_objects

    assert gc.isenabled()
    with long_lived_objects():
        assert not gc.isenabled()  # no collection walks them while they are made
        made = [[n] for n in range(1000)]
    assert gc.isenabled() and gc.get_freeze_count() >= len(made)
    gc.unfreeze()


def _naive_changes(old: IndexSnapshot, new: IndexSnapshot) -> tuple[int, int, int, int]:
    """Every passage and quote of both builds compared, as a set."""

    def passages(s: IndexSnapshot) -> set[tuple[str, str]]:
        return {(p.story_id, p.text) for p in s.passages}

    def quotes(s: IndexSnapshot) -> set[tuple[str, str, str | None, str]]:
        return {(q.story_id, q.text, q.speaker_id, q.kind) for q in s.quotes}

    return (
        len(passages(new) - passages(old)),
        len(passages(old) - passages(new)),
        len(quotes(new) - quotes(old)),
        len(quotes(old) - quotes(new)),
    )


def test_the_changes_counted_story_by_story_are_those_of_the_whole_builds(
    tmp_path: Path,
) -> None:
    from bot.engine.build_changes import build_changes

    corpus = _corpus(tmp_path / "corpus", 4)
    first = analyse_corpus(corpus, workers=1).analyses
    old = snapshot_of(list(first.values()), "old")
    changed = corpus / "copy-01.txt"
    text = changed.read_text("utf-8")
    # a quotation reworded, a paragraph dropped, a speaker renamed (a new person)
    text = text.replace("preposterous", "absurd").replace("Bukele", "Bukelé", 3)
    changed.write_text(text.replace("\n\n", "\n\n", 1), "utf-8")
    (corpus / "copy-02.txt").unlink()
    (corpus / "copy-09.txt").write_text(STORY.replace("bukele-white-house", "copy-09"), "utf-8")
    new = snapshot_of(
        list(analyse_corpus(corpus, workers=1, previous=first).analyses.values()), "new"
    )

    changes = build_changes(old, new)
    assert (changes.stories_added, changes.stories_removed) == (("copy-09",), ("copy-02",))
    counted = (
        changes.passages_added,
        changes.passages_removed,
        changes.quotes_added,
        changes.quotes_removed,
    )
    assert counted == _naive_changes(old, new)
    assert all(counted)


async def test_a_new_process_reindexing_makes_only_the_changed_story_from_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.engine.story_analysis as story_analysis

    corpus = _corpus(tmp_path / "corpus", 3)
    async with Database.open(tmp_path / "db.sqlite3") as db:
        await StoryService(db, corpus, workers=1).start()
    made: list[str] = []
    real = story_analysis._story

    def counted(facts: dict[str, object]) -> builder.Story:
        story = real(facts)  # type: ignore[arg-type]
        made.append(story.id)
        return story

    monkeypatch.setattr(story_analysis, "_story", counted)
    changed = corpus / "copy-01.txt"
    changed.write_text(changed.read_text("utf-8").replace("honor", "privilege"), "utf-8")
    async with Database.open(tmp_path / "db.sqlite3") as db:  # as a new `storybot index`
        service = StoryService(db, corpus, workers=1)
        await service.start(build_if_missing=False)
        assert made == []
        report = await service.reindex()
    # the stored stories stay as stored, the changed one too: its old and new passages' texts
    # are read from the stored form to count the passages it changed (its new analysis comes
    # from the worker stored too)
    assert made == []
    assert report.passages_added == report.passages_removed > 0


def test_the_index_holds_each_passage_s_terms_and_its_speakers_as_with_speakers_makes_them(
    tmp_path: Path,
) -> None:
    """snapshot_of adds the speakers' names and roles group by group (SpeakerTerms): the
    index is the one built from `with_speakers` passage by passage."""
    from bot.engine.index import BM25Index

    snapshot = build_snapshot(load_corpus(_corpus(tmp_path / "corpus", 3)), "h")
    by_passage = indexed_terms(snapshot)  # with_speakers over each passage's text
    assert any(len(terms) > len(set(terms)) for terms in by_passage)
    assert BM25Index.build(by_passage).to_bytes() == snapshot.index.to_bytes()


@pytest.mark.parametrize("ids_in_file_order", [True, False])
def test_a_build_s_vectors_are_gathered_into_one_matrix_as_each_process_made_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ids_in_file_order: bool
) -> None:
    """The workers' vectors go straight into one matrix as each story comes back, which the
    snapshot uses as it is when the stories come back in story order, and copies in story
    order when they do not: the same vectors as a build in one process, each story's a view
    of the snapshot's matrix."""
    import numpy as np

    corpus = _corpus(tmp_path / "corpus", 4)
    if not ids_in_file_order:  # file names sort one way, story ids the other
        for path in sorted(corpus.iterdir()):
            text = path.read_text("utf-8").replace('id = "copy-', 'id = "z-copy-', 1)
            path.with_name("x" + path.name).write_text(
                text.replace('id = "z-copy-0', 'id = "z-copy-9', 1)
                if path.name == "copy-00.txt"
                else text,
                "utf-8",
            )
            path.unlink()
    monkeypatch.setattr(builder, "_POOL_FROM", 2)
    gathered = analyse_corpus(corpus, workers=2).analyses
    analyses, vectors = builder.with_joined_vectors(list(gathered.values()))
    alone = build_snapshot(load_corpus(corpus), "h")
    assert vectors is not None and alone.passage_vectors is not None
    assert vectors.tobytes() == alone.passage_vectors.tobytes()
    first = next(iter(gathered.values())).vectors
    assert first is not None
    assert (first.base is vectors) == ids_in_file_order  # used as it is, not copied
    assert all(a.vectors is not None and a.vectors.base is vectors for a in analyses)
    assert [a.story_id for a in analyses] == sorted(a.story_id for a in analyses)
    snapshot = snapshot_of(analyses, "h", joined_vectors=vectors)
    _same(snapshot, alone)
    assert np.shares_memory(snapshot.passage_vectors, vectors)


def test_a_build_s_vector_matrix_is_made_once_and_never_grown_while_stories_come() -> None:
    """`_VectorRows` makes its matrix once, of the most rows the stories can have, and fills
    it in place: a growth (numpy zero-fills the rows it adds, holding the interpreter's lock)
    was the event loop's longest stall in a rebuild. The rows left unused are cut off."""
    import numpy as np

    rows = builder._VectorRows(most_rows=12)
    stories = [np.full((n, 4), n, dtype=np.float32) for n in (3, 5, 2)]
    places, memory = [], set()
    for vectors in stories:
        places.append(rows.add(vectors))
        assert rows._matrix is not None
        memory.add(rows._matrix.__array_interface__["data"][0])
    assert places == [(0, 3), (3, 8), (8, 10)]
    assert len(memory) == 1 and rows._matrix.shape == (12, 4)  # never reallocated
    matrix = rows.finished()
    assert matrix is not None and matrix.shape == (10, 4)
    assert matrix.tobytes() == np.concatenate(stories).tobytes()
    over = builder._VectorRows(most_rows=4)
    over.add(stories[0])
    with pytest.raises(ValueError, match="expected"):
        over.add(stories[2])


def test_a_story_file_never_has_more_passages_than_most_passages_says(tmp_path: Path) -> None:
    """The matrix's rows are counted from the files' bytes before they are parsed: each
    passage is a non-blank line, whatever the line ends, blank lines and header."""
    header = '+++\nid = "s"\ntitle = "T"\n+++\n'
    bodies = [
        "One line.",
        "One.\nTwo.\n\n\nThree.\n",
        "A.\r\nB.\r\n\r\nC.",
        "no final newline\nsecond",
        "\n".join(f"Paragraph {i} said the mayor." for i in range(60)),
    ]
    for body in bodies:
        raw = (header + body).encode()
        assert 0 < len(parse_story(raw, source="s.txt").passages) <= builder.most_passages(raw)
    raws = [p.read_bytes() for p in sorted(_corpus(tmp_path / "corpus", 3).iterdir())]
    most = sum(builder.most_passages(raw) for raw in raws)
    passages = sum(len(parse_story(raw, source="x").passages) for raw in raws)
    assert passages <= most < passages * 3 + 30  # a bound, and not a wasteful one


def test_the_index_built_from_passages_read_a_story_at_a_time_is_the_one_from_a_list(
    tmp_path: Path,
) -> None:
    """snapshot_of hands the index an iterator of the passages' terms (never all of them in
    a list): the index is the one built from the list, and an iterator shorter than its
    count is refused."""
    from bot.engine.index import BM25Index

    snapshot = build_snapshot(load_corpus(_corpus(tmp_path / "corpus", 3)), "h")
    by_passage = indexed_terms(snapshot)
    built = BM25Index.build(iter(by_passage), count=len(by_passage))
    assert built.to_bytes() == BM25Index.build(by_passage).to_bytes()
    with pytest.raises(ValueError, match="fewer"):
        BM25Index.build(iter(by_passage[:-1]), count=len(by_passage))
    with pytest.raises(TypeError):
        BM25Index.build(iter(by_passage))


def _ruiz_story(story_id: str, name: str, said: str) -> str:
    return (
        f'+++\nid = "{story_id}"\ntitle = "{story_id}"\noutlet = ""\nurl = ""\n+++\n\n'
        f"The council met on Monday to talk about the river and the new bridge.\n"
        f"“{said},” {name} said after the meeting.\n"
    )


async def test_the_changes_from_a_stored_build_count_a_speaker_renamed_by_the_merge_alone(
    tmp_path: Path,
) -> None:
    """Counted from a build read back from the store (its stories' attributions not decoded,
    its quotes made only when asked for), with a quote whose file did not change but whose
    speaker the merge names anew: "José Ruiz" took the id "jose-ruiz" before "Jose Ruiz",
    who gets it once the other story is gone."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(_ruiz_story("a", "José Ruiz", "We will build it"), "utf-8")
    (corpus / "b.txt").write_text(_ruiz_story("b", "Jose Ruiz", "The river is high"), "utf-8")
    (corpus / "c.txt").write_text(_ruiz_story("c", "Ana Pérez", "It costs too much"), "utf-8")
    async with Database.open(tmp_path / "db.sqlite3") as db:
        await StoryService(db, corpus, workers=1).start()
    (corpus / "a.txt").unlink()
    (corpus / "c.txt").write_text(_ruiz_story("c", "Ana Pérez", "It costs far too much"), "utf-8")
    async with Database.open(tmp_path / "db.sqlite3") as db:
        service = StoryService(db, corpus, workers=1)
        await service.start(build_if_missing=False)
        old = service.snapshot
        assert old is not None
        report = await service.reindex()
        new = service.snapshot
        assert new is not None
    speakers = {q.story_id: q.speaker_id for q in old.quotes}
    assert speakers["b"] == "jose-ruiz-2"
    assert {q.story_id: q.speaker_id for q in new.quotes}["b"] == "jose-ruiz"
    counted = (
        report.passages_added,
        report.passages_removed,
        report.quotes_added,
        report.quotes_removed,
    )
    # a's quote and passages gone, c's quote and passage reworded, b's quote renamed
    assert counted == _naive_changes(old, new) == (1, 3, 2, 3)


def test_the_changes_counted_from_a_build_whose_quote_counts_do_not_add_up_are_right(
    tmp_path: Path,
) -> None:
    """Where a build's stories' quote counts do not add up to its quotes (not a build
    `snapshot_of` made: here a's quote dropped), every quote is made and grouped by story,
    not read as runs in story order: the same counts as the whole builds'."""
    from bot.engine.build_changes import build_changes

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    said = {
        "a": ("José Ruiz", "We will build it"),
        "b": ("Ana Pérez", "The river is high"),
        "c": ("Tom Hill", "It costs too much"),
    }
    for story_id, (name, words) in said.items():
        (corpus / f"{story_id}.txt").write_text(_ruiz_story(story_id, name, words), "utf-8")
    first = analyse_corpus(corpus, workers=1).analyses
    old = snapshot_of(list(first.values()), "old")
    (corpus / "b.txt").write_text(_ruiz_story("b", "Ana Pérez", "The river is low"), "utf-8")
    new = snapshot_of(
        list(analyse_corpus(corpus, workers=1, previous=first).analyses.values()), "new"
    )
    shelf = old.quotes
    fewer = type(shelf).of(list(shelf)[1:], old.passages.places)
    cut = old.model_copy(update={"quotes": fewer})
    assert [q.story_id for q in cut.quotes] == ["b", "c"]
    changes = build_changes(cut, new)
    assert (
        (
            changes.passages_added,
            changes.passages_removed,
            changes.quotes_added,
            changes.quotes_removed,
        )
        == _naive_changes(cut, new)
        == (1, 1, 2, 1)
    )


async def test_a_build_s_new_analyses_are_stored_before_its_save_and_read_back_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each fresh analysis is written as the build reads it back (`IndexStore.keep_analyses`),
    not by the save at its end: the save finds every analysis of its build stored already,
    byte for byte the stored form the save itself writes."""
    from bot.storage.builds import _encoded

    corpus = _corpus(tmp_path / "corpus", 3)
    async with Database.open(tmp_path / "db.sqlite3") as db:
        stored_at_save: list[dict[str, bytes]] = []
        real_save = db.builds.save_snapshot

        async def save(snapshot: IndexSnapshot, duration_ms: float) -> BuildRecord:
            rows = await db.builds._db.fetchall("SELECT key, analysis FROM story_analyses")
            stored_at_save.append({row["key"]: row["analysis"] for row in rows})
            return await real_save(snapshot, duration_ms)

        monkeypatch.setattr(db.builds, "save_snapshot", save)
        service = StoryService(db, corpus, workers=1)
        await service.start()
        built = service.snapshot
        assert built is not None and len(built.analyses) == 3
        assert stored_at_save[0] == dict(_encoded(built.analyses))
        changed = corpus / "copy-01.txt"
        changed.write_text(changed.read_text("utf-8").replace("honor", "privilege"), "utf-8")
        await service.reindex()
        rebuilt = service.snapshot
        assert rebuilt is not None
        new_key = {a.key for a in rebuilt.analyses} - {a.key for a in built.analyses}
        assert len(new_key) == 1 and new_key <= set(stored_at_save[1])
        answer = await service.ask("what did Bukele say about Garcia?")
    async with Database.open(tmp_path / "db.sqlite3") as db:  # a restart reads the same build
        service = StoryService(db, corpus, workers=1)
        await service.start(build_if_missing=False)
        assert service.snapshot is not None
        _same(service.snapshot, rebuilt)
        again = await service.ask("what did Bukele say about Garcia?")
        assert again.public_json() == answer.public_json()


async def test_a_build_whose_analyses_cannot_be_stored_early_is_saved_whole_by_its_save(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.errors import StorageError

    corpus = _corpus(tmp_path / "corpus", 3)
    async with Database.open(tmp_path / "db.sqlite3") as db:

        async def refused(stored: object) -> None:
            raise StorageError("the disk said no")

        monkeypatch.setattr(db.builds, "keep_analyses", refused)
        service = StoryService(db, corpus, workers=1)
        build = await service.start()
        assert build is not None and build.stories == 3
        answer = await service.ask("what did Bukele say about Garcia?")
        assert any("preposterous" in p.text for p in answer.passages)
    async with Database.open(tmp_path / "db.sqlite3") as db:
        service = StoryService(db, corpus, workers=1)
        again = await service.start(build_if_missing=False)
        assert again is not None and again.id == build.id and service.snapshot is not None
        assert len(service.snapshot.analyses) == 3


async def test_a_whole_rebuild_reports_its_changes_from_the_build_in_use(tmp_path: Path) -> None:
    """The changes are counted while the build's nearest centres are learnt, from the build in
    use even when nothing of it is reused (`from_scratch`)."""
    corpus = _corpus(tmp_path / "corpus", 3)
    async with Database.open(tmp_path / "db.sqlite3") as db:
        service = StoryService(db, corpus, workers=1)
        await service.start()
        same = await service.reindex(from_scratch=True)
        assert (same.passages_added, same.passages_removed, same.quotes_added) == (0, 0, 0)
        changed = corpus / "copy-01.txt"
        changed.write_text(changed.read_text("utf-8").replace("honor", "privilege"), "utf-8")
        report = await service.reindex(from_scratch=True)
        assert report.passages_added == report.passages_removed > 0
        assert report.stories_added == report.stories_removed == ()


async def test_a_build_that_fails_after_storing_its_new_analyses_leaves_none_behind(
    tmp_path: Path,
) -> None:
    corpus = _corpus(tmp_path / "corpus", 3)
    async with Database.open(tmp_path / "db.sqlite3") as db:
        service = StoryService(db, corpus, workers=1)
        await service.start()
        before = {
            row["key"] for row in await db.builds._db.fetchall("SELECT key FROM story_analyses")
        }
        # a new story, and a file repeating a story's id: refused once every story is analysed
        (corpus / "copy-07.txt").write_text(
            STORY.replace('id = "bukele-white-house"', 'id = "copy-07"', 1), "utf-8"
        )
        (corpus / "copy-08.txt").write_text((corpus / "copy-00.txt").read_text("utf-8") + "\n")
        with pytest.raises(CorpusError, match="duplicate id"):
            await service.reindex()
        rows = await db.builds._db.fetchall("SELECT key FROM story_analyses")
        assert {row["key"] for row in rows} == before
        assert (await service.ask("what did Bukele say about Garcia?")).answered
