"""Dense retrieval through the approximate nearest-neighbour index (bot/engine/nearest.py), used
from `semantic_exact_below` passages on: here a threshold below the shipped story's 30."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import bot.engine.nearest as nearest_module
from bot.engine.nearest import Closeness, NearestPassages
from bot.engine.search import Searcher, SearchSettings
from bot.engine.search.settings import FollowUp
from bot.engine.service import StoryService
from bot.engine.snapshot import IndexSnapshot
from bot.storage import Database
from tests.engine.stories import copy_corpus

REPO = Path(__file__).resolve().parents[2]
# Closeness in meaning decides these (test_semantic.py: by the words alone, ¶14 comes first).
BY_MEANING = "what did the two leaders think of each other?"
# No speaker: the passages closest in meaning join the ranking (a speaker question's ranking
# compares only their own passages' vectors)
ON_A_TOPIC = "why was he sent to El Salvador?"
APPROXIMATE = SearchSettings(semantic_exact_below=10, semantic_probes=2)


class SearchesCounted(NearestPassages):
    """The real index, counting the questions it is asked."""

    searches = 0

    def search(  # type: ignore[override]
        self,
        question: np.ndarray,  # type: ignore[type-arg]
        k: int,
        *,
        wider: bool = False,
    ) -> tuple[list[int], list[float]]:
        type(self).searches += 1
        return super().search(question, k, wider=wider)


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> type[SearchesCounted]:
    SearchesCounted.searches = 0
    monkeypatch.setattr("bot.engine.search.meaning.NearestPassages", SearchesCounted)
    return SearchesCounted


async def test_a_corpus_from_the_threshold_on_is_searched_through_the_index_with_the_same_top(
    tmp_path: Path, counted: type[SearchesCounted]
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for story in (REPO / "corpus").glob("*.txt"):
        shutil.copy(story, corpus)
    async with Database.open(tmp_path / "db.sqlite3") as db:
        await StoryService(db, corpus).start()  # built and stored with the default settings
    async with Database.open(tmp_path / "db.sqlite3") as db:
        approximate = StoryService(db, corpus, settings=APPROXIMATE)
        await approximate.start()  # read back from the file
        assert approximate.searcher._nearest is not None  # built before the first question
        answer = await approximate.ask(BY_MEANING)
        await approximate.ask(ON_A_TOPIC)
        assert counted.searches > 0
        exact = Searcher(approximate.searcher.snapshot).ask(BY_MEANING)
    assert answer.passages[0].paragraph == exact.passages[0].paragraph == 7


class EverySignal(Searcher):
    """A searcher working out every confidence signal of every question."""

    def _ask_part(
        self, question: str, top_k: int, follow_up: FollowUp | None, *, every_signal: bool = False
    ) -> Any:
        return super()._ask_part(question, top_k, follow_up, every_signal=True)


def test_the_index_is_searched_for_the_confidence_only_where_it_can_change_it(
    story_snapshot: IndexSnapshot, counted: type[SearchesCounted]
) -> None:
    """Whether the best passage is also the closest in meaning of all (a confidence signal) is
    looked up in the index only when it can change the confidence: every answer to the dev
    questions is the one with every signal worked out, for fewer searches."""
    lines = (REPO / "tests" / "data" / "eval-dev.jsonl").read_text(encoding="utf-8").splitlines()
    questions = [json.loads(line).get("q") for line in lines if line.strip()]
    questions = [q for q in questions if q]  # (its attribution items ask none)
    answers = [Searcher(story_snapshot, APPROXIMATE).ask(q).model_dump() for q in questions]
    searched = counted.searches
    counted.searches = 0
    every = EverySignal(story_snapshot, APPROXIMATE)
    assert [every.ask(q).model_dump() for q in questions] == answers
    assert 0 < searched < counted.searches


def test_below_the_threshold_every_passage_is_compared(
    story_snapshot: IndexSnapshot, counted: type[SearchesCounted]
) -> None:
    answer = Searcher(story_snapshot, SearchSettings(semantic_exact_below=31)).ask(BY_MEANING)
    assert answer.passages[0].paragraph == 7
    assert counted.searches == 0


def test_a_passage_s_own_vector_finds_it_first(story_snapshot: IndexSnapshot) -> None:
    vectors = story_snapshot.passage_vectors
    assert vectors is not None
    index = NearestPassages(vectors, probes=1)
    for passage in range(len(vectors)):
        found, similarities = index.search(vectors[passage], 3)
        assert found[0] == passage
        assert similarities[0] == pytest.approx(1.0, abs=1e-5)


def test_approximate_closeness_is_each_passage_s_own_cosine(
    story_snapshot: IndexSnapshot,
) -> None:
    vectors = story_snapshot.passage_vectors
    assert vectors is not None
    question = vectors[6]  # ¶7's own vector: the vectors make the nearest clear
    exact = Closeness(question, vectors, None)
    approximate = Closeness(question, vectors, NearestPassages(vectors, probes=1))
    assert approximate.best() == exact.best() == 6
    assert approximate.of([0, 6, 29]) == pytest.approx(exact.of([0, 6, 29]), abs=1e-5)
    # one group looked into may miss the true second: the lead found is never smaller
    assert approximate.lead() >= exact.lead() - 1e-5
    everywhere = Closeness(question, vectors, NearestPassages(vectors, probes=len(vectors)))
    assert everywhere.lead() == pytest.approx(exact.lead(), abs=1e-5)
    assert 6 in approximate.closest(3) and 6 in exact.closest(3)


def test_whether_a_passage_is_closest_of_all_is_left_to_a_wider_search_when_open(
    story_snapshot: IndexSnapshot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The index may miss the closest passage itself (its group not probed): a closer
    passage found says it is not the closest, finding it first that it is, finding neither
    leaves it open to a search of more groups, and on no evidence it is not."""
    vectors = story_snapshot.passage_vectors
    assert vectors is not None
    question = vectors[6]  # ¶7's own vector: ¶7 is the closest of all
    exact = Closeness(question, vectors, None)
    cosines = exact.of(list(range(len(vectors))))
    nearer, farther = sorted((p for p in range(len(vectors)) if p != 6), key=lambda p: -cosines[p])[
        :2
    ]
    index = NearestPassages(vectors, probes=1)
    wider_finds: list[int] = []
    searches: list[bool] = []

    def search(question: Any, k: int, *, wider: bool = False) -> tuple[list[int], list[float]]:
        searches.append(wider)
        found = wider_finds if wider else [nearer, farther]  # not ¶7 itself
        return found, [cosines[p] for p in found]

    monkeypatch.setattr(index, "search", search)
    assert exact.closest_of_all(6)
    assert not exact.closest_of_all(nearer) and not exact.closest_of_all(farther)

    approximate = Closeness(question, vectors, index)
    assert approximate.closest_of_all(nearer)  # found first
    assert not approximate.closest_of_all(farther)  # a closer one found
    assert searches.count(True) == 0
    assert not approximate.closest_of_all(6)  # neither, nor by the wider search
    assert searches.count(True) == 1
    wider_finds[:] = [6, nearer]
    assert approximate.closest_of_all(6)  # the wider search finds it first


def test_a_wider_search_not_looking_into_a_passage_s_group_is_not_made_for_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A search finds passages only in the groups it looks into: where the wider search would
    not look into a passage's group, the passage is not the closest of all (as the search
    would have said, finding it nowhere), and that search is not made."""
    rng = np.random.default_rng(13)
    vectors = rng.standard_normal((1_000, 16)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    index = NearestPassages(vectors, probes=1)
    outside = 0
    for question in vectors[:20]:
        found = set(index.search(question, 500, wider=True)[0])
        looked = {p for p in range(len(vectors)) if index.looks_into(question, p, wider=True)}
        assert found and found <= looked
        outside += len(vectors) - len(looked)
    assert outside > 0
    question = vectors[0]
    far = next(p for p in range(len(vectors)) if not index.looks_into(question, p, wider=True))
    searches: list[bool] = []
    search = index.search

    def counted(question: Any, k: int, *, wider: bool = False) -> tuple[list[int], list[float]]:
        searches.append(wider)
        return search(question, k, wider=wider)

    monkeypatch.setattr(index, "search", counted)
    closeness = Closeness(question, vectors, index)
    assert not closeness.closest_of_all(far)
    assert searches == [False]  # the first search only
    assert closeness.closest_of_all(0)  # its own vector: found first


def test_a_question_whose_groups_are_empty_falls_back_to_every_passage(
    story_snapshot: IndexSnapshot, monkeypatch: pytest.MonkeyPatch
) -> None:
    vectors = story_snapshot.passage_vectors
    assert vectors is not None
    index = NearestPassages(vectors, probes=1)
    monkeypatch.setattr(index, "search", lambda question, k: ([], []))
    closeness = Closeness(vectors[6], vectors, index)
    assert closeness.best() == 6
    assert nearest_module.Closeness is Closeness


class Learnings:
    """Counts the times the index's centres are learnt (the real `trained_index` underneath)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        real = nearest_module.trained_index

        def counted(
            vectors: np.ndarray,  # type: ignore[type-arg]
            previous: bytes | None = None,
            *,
            one_thread: bool = False,
        ) -> bytes:
            made = real(vectors, previous, one_thread=one_thread)
            self.count += made is not previous
            return made

        monkeypatch.setattr(nearest_module, "trained_index", counted)
        monkeypatch.setattr("bot.engine.service.trained_index", counted)


def _edit_story(corpus: Path) -> None:
    """A change to one story's text (done again: changed back)."""
    story = next(corpus.glob("*.txt"))
    text = story.read_text(encoding="utf-8")
    if "White  House" in text:
        story.write_text(text.replace("White  House", "White House", 1), encoding="utf-8")
    else:
        story.write_text(text.replace("White House", "White  House", 1), encoding="utf-8")


async def test_the_centres_are_learnt_once_with_the_build_and_every_process_uses_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = copy_corpus(tmp_path)
    learnt = Learnings(monkeypatch)
    async with Database.open(tmp_path / "db.sqlite3") as db:
        builder = StoryService(db, corpus, settings=APPROXIMATE)
        await builder.start()
        centres = builder.searcher.snapshot.nearest_trained
        assert centres is not None and learnt.count == 1  # with the build, not again
        built_answer = await builder.ask(BY_MEANING)
    async with Database.open(tmp_path / "db.sqlite3") as db:
        another = StoryService(db, corpus, settings=APPROXIMATE)
        await another.start()  # a new process: reads the build, learns nothing
        assert another.searcher.snapshot.nearest_trained == centres
        assert learnt.count == 1
        assert another.searcher._nearest is not None
        assert (await another.ask(BY_MEANING)).model_dump() == built_answer.model_dump()


async def test_a_reindex_keeps_the_centres_and_a_whole_rebuild_learns_them_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = copy_corpus(tmp_path)
    learnt = Learnings(monkeypatch)
    async with Database.open(tmp_path / "db.sqlite3") as db:
        service = StoryService(db, corpus, settings=APPROXIMATE)
        await service.start()
        centres = service.searcher.snapshot.nearest_trained
        _edit_story(corpus)
        report = await service.reindex()
        assert report.build.id == 2
        assert service.searcher.snapshot.nearest_trained == centres
        assert learnt.count == 1
        await service.reindex(from_scratch=True)
        assert learnt.count == 2
        relearnt = service.searcher.snapshot.nearest_trained
    async with Database.open(tmp_path / "db.sqlite3") as db:  # the new build's, stored
        reread = StoryService(db, corpus, settings=APPROXIMATE)
        await reread.start()
        assert reread.searcher.snapshot.nearest_trained == relearnt
        assert learnt.count == 2


class Fills:
    """Counts the times a build's passages are added to its index (the real `FilledIndex`)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        real = nearest_module.FilledIndex.__init__

        def counted(index: nearest_module.FilledIndex, vectors: Any, trained: bytes) -> None:
            self.count += 1
            real(index, vectors, trained)

        monkeypatch.setattr(nearest_module.FilledIndex, "__init__", counted)


def _serialised(index: Any) -> bytes:
    import faiss

    return bytes(faiss.serialize_index(index))


def _fresh_fill(snapshot: IndexSnapshot) -> Any:
    """The index of `snapshot`'s centres with every one of its passages added at once, in the
    layout it is searched in."""
    vectors, trained = snapshot.passage_vectors, snapshot.nearest_trained
    assert vectors is not None and trained is not None
    fresh = nearest_module._empty_index(trained, vectors.shape[1])
    fresh.add(vectors)
    return nearest_module._fast_scanned(fresh)


async def test_a_reindex_fills_its_index_from_the_old_one_as_a_whole_fill_makes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reindex after one story changed keeps the old index's entries of the other stories
    and adds only that story's passages: the same index, byte for byte, as adding every
    passage makes, shared by the save and the searcher (each filled its own); a new process
    reading its file answers as the searcher did. From a build read from its files, too, and
    the files the reindex then writes, answered from, hold the same index."""
    corpus = copy_corpus(tmp_path)
    async with Database.open(tmp_path / "db.sqlite3") as db:
        service = StoryService(db, corpus, settings=APPROXIMATE)
        await service.start()
        _edit_story(corpus)
        fills = Fills(monkeypatch)
        await service.reindex()
        assert fills.count == 0  # no passage of the unchanged stories added again
        snapshot = service.searcher.snapshot
        assert snapshot.nearest_made is not None and service.searcher._nearest is not None
        assert service.searcher._nearest._index is snapshot.nearest_made.index
        assert _serialised(snapshot.nearest_made.index) == _serialised(_fresh_fill(snapshot))
        answers = [(await service.ask(q)).model_dump() for q in (BY_MEANING, ON_A_TOPIC)]
        await service.files_written()
    async with Database.open(tmp_path / "db.sqlite3") as db:
        reread = StoryService(db, corpus, settings=APPROXIMATE)
        await reread.start()  # reads the build's files the reindex wrote
        snapshot = reread.searcher.snapshot
        assert snapshot.nearest_filled is not None and snapshot.nearest_made is None
        assert snapshot.nearest_filled.read_bytes() == _serialised(_fresh_fill(snapshot))
        assert [(await reread.ask(q)).model_dump() for q in (BY_MEANING, ON_A_TOPIC)] == answers
        fills.count = 0
        _edit_story(corpus)  # its story back as it was: from the stored file's entries
        await reread.reindex()
        assert fills.count == 0
        made = reread.searcher.snapshot.nearest_made
        assert made is not None
        assert _serialised(made.index) == _serialised(_fresh_fill(reread.searcher.snapshot))
        await reread.files_written()
        written = reread.searcher.snapshot.nearest_filled  # answering from its files now
        assert written is not None and reread.searcher.snapshot.nearest_made is None
        assert written.read_bytes() == _serialised(made.index)
        await reread.reindex(from_scratch=True)  # new centres: every passage added
        assert fills.count == 1
        await reread.files_written()


async def test_a_failed_reindex_leaves_the_build_and_its_centres_answering(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = copy_corpus(tmp_path)
    async with Database.open(tmp_path / "db.sqlite3") as db:
        service = StoryService(db, corpus, settings=APPROXIMATE)
        await service.start()
        await service.files_written()  # then answering from them
        before = service.searcher
        before_answer = await service.ask(BY_MEANING)

        def refused(
            vectors: np.ndarray,  # type: ignore[type-arg]
            previous: bytes | None = None,
            *,
            one_thread: bool = False,
        ) -> bytes:
            raise MemoryError("no room to learn the centres")

        monkeypatch.setattr("bot.engine.service.trained_index", refused)
        _edit_story(corpus)
        with pytest.raises(MemoryError):
            await service.reindex(from_scratch=True)
        assert service.searcher is before
        assert (await service.ask(BY_MEANING)).model_dump() == before_answer.model_dump()
    async with Database.open(tmp_path / "db.sqlite3") as db:
        assert [b.id for b in await db.build_history()] == [1]
        assert (await db.load_active_snapshot()) is not None


def test_centres_learnt_on_one_thread_are_the_same_and_the_thread_s_setting_is_kept() -> None:
    """A whole build learns the centres on one thread while it indexes on the other core:
    the same bytes as faiss's own threads learn, and the thread's setting is put back."""
    import faiss

    rng = np.random.default_rng(5)
    vectors = rng.standard_normal((3_000, 32)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    before = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(2)
    try:
        learnt = nearest_module.trained_index(vectors)
        assert nearest_module.trained_index(vectors, one_thread=True) == learnt
        assert faiss.omp_get_max_threads() == 2
    finally:
        faiss.omp_set_num_threads(before)


def test_passages_added_on_one_thread_make_the_index_faiss_s_threads_make() -> None:
    """A searcher's index is filled on one thread (beside the save of its build): the same
    index, byte for byte, as two faiss threads fill, and the same nearest passages; the
    thread's setting is put back."""
    import faiss

    rng = np.random.default_rng(7)
    vectors = rng.standard_normal((4_000, 32)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    trained = nearest_module.trained_index(vectors)
    before = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(2)
    try:
        ours = NearestPassages(vectors, probes=4, trained=trained)
        assert faiss.omp_get_max_threads() == 2
        filled = nearest_module.FilledIndex(vectors, trained)  # as the searcher fills it
        assert faiss.omp_get_max_threads() == 2
        theirs = nearest_module.FilledIndex.__new__(nearest_module.FilledIndex)
        added = nearest_module._empty_index(trained, 32)
        added.add(vectors)  # faiss's two threads
        theirs.index, theirs.trained = nearest_module._fast_scanned(added), trained
    finally:
        faiss.omp_set_num_threads(before)
    assert _serialised(filled.index) == _serialised(theirs.index)
    from_theirs = NearestPassages(vectors, probes=4, trained=trained, made=theirs)
    assert [ours.search(v, 10) for v in vectors[:50]] == [
        from_theirs.search(v, 10) for v in vectors[:50]
    ]


def test_stored_centres_that_do_not_fit_are_learnt_again(
    story_snapshot: IndexSnapshot, caplog: pytest.LogCaptureFixture
) -> None:
    vectors = story_snapshot.passage_vectors
    assert vectors is not None
    fresh = NearestPassages(vectors, probes=2)
    for damaged in (b"not an index", nearest_module.trained_index(vectors[:, :64].copy())):
        index = NearestPassages(vectors, probes=2, trained=damaged)
        assert [index.search(v, 5) for v in vectors] == [fresh.search(v, 5) for v in vectors]
    assert "do not fit" in caplog.text


def test_every_searcher_shares_the_process_s_embedder(story_snapshot: IndexSnapshot) -> None:
    """A reindex's new searcher does not load the model again on its first question (its
    tokenizer's parse held the interpreter while the event loop waited)."""
    first, second = Searcher(story_snapshot), Searcher(story_snapshot)
    first.ask(BY_MEANING)
    second.ask(BY_MEANING)
    assert first._embedder is not None
    assert first._embedder is second._embedder


_DIMENSIONS = 16
_POOL = np.random.default_rng(11).standard_normal((400, _DIMENSIONS)).astype(np.float32)
_POOL /= np.linalg.norm(_POOL, axis=1, keepdims=True)
_CENTRES = nearest_module.trained_index(_POOL)
# a story: the pool rows its passages' vectors are (from 1 passage, below faiss's batch size
# for its other arithmetic, to past it)
_story = st.lists(st.integers(0, len(_POOL) - 1), min_size=1, max_size=45)


@settings(max_examples=60, deadline=None)
@given(old=st.lists(_story, max_size=8), data=st.data())
def test_an_index_updated_from_the_previous_one_is_a_whole_fill(
    old: list[list[int]], data: st.DataObject
) -> None:
    """Stories added, changed and removed anywhere: the index updated from the previous
    build's (its unchanged stories' entries kept, renumbered) is the one adding every passage
    makes, byte for byte; the previous one is left as it was."""
    kept = data.draw(st.lists(st.booleans(), min_size=len(old), max_size=len(old)))
    added = data.draw(st.lists(st.tuples(st.integers(0, len(old)), _story), max_size=3))
    new: list[tuple[int | None, list[int]]] = [(i, s) for i, s in enumerate(old) if kept[i]]
    for place, fresh in added:  # in front of old story `place` (or at the end)
        at = next((j for j, (i, _) in enumerate(new) if i is not None and i >= place), len(new))
        new.insert(at, (None, fresh))
    old_vectors = _POOL[[row for s in old for row in s]].reshape(-1, _DIMENSIONS)
    new_vectors = _POOL[[row for _, s in new for row in s]].reshape(-1, _DIMENSIONS)
    previous = nearest_module.FilledIndex(old_vectors, _CENTRES).index
    before = _serialised(previous)
    starts = np.cumsum([0, *map(len, old)])
    moved = np.full(len(old_vectors), -1, dtype=np.int64)
    at = 0
    for source, s in new:
        if source is not None:
            moved[starts[source] : starts[source] + len(s)] = np.arange(at, at + len(s))
        at += len(s)
    updated = nearest_module.FilledIndex.updated(previous, moved, new_vectors, _CENTRES)
    whole = nearest_module.FilledIndex(new_vectors, _CENTRES)
    assert _serialised(updated.index) == _serialised(whole.index)
    assert _serialised(previous) == before


def test_an_index_of_other_centres_is_not_updated_from() -> None:
    vectors = _POOL[:100]
    other = nearest_module.trained_index(_POOL[200:], None)
    previous = nearest_module.FilledIndex(vectors, other)
    assert nearest_module.previous_filled(previous, None, vectors, _CENTRES) is None
    assert nearest_module.previous_filled(previous, None, vectors, other) is previous.index


def _eight_bit_centres(vectors: Any) -> bytes:
    """Centres as builds stored them before product codes: an index of 8-bit codes."""
    import faiss

    index = faiss.IndexIVFScalarQuantizer(
        faiss.IndexFlatIP(vectors.shape[1]),
        vectors.shape[1],
        nearest_module._lists(len(vectors)),
        faiss.ScalarQuantizer.QT_8bit,
        faiss.METRIC_INNER_PRODUCT,
    )
    index.cp.min_points_per_centroid = 1
    index.train(vectors)
    return _serialised(index)


def test_an_older_build_s_index_of_8_bit_codes_is_searched_as_it_is_until_a_build_learns_codes(
    tmp_path: Path,
) -> None:
    """A build stored before product codes answers from its index of 8-bit codes as it did
    (read from its file, not made again, twice as many passages as asked for ranked exactly);
    the next build learns product codes rather than keep those centres."""
    import faiss

    vectors = _POOL[:300]
    older = _eight_bit_centres(vectors)
    filled = tmp_path / "nearest.faiss"
    nearest_module.write_filled_index(filled, vectors, older)
    index = NearestPassages(vectors, probes=2, trained=older, filled=filled)
    assert isinstance(index._index, faiss.IndexIVFScalarQuantizer)
    as_it_was = nearest_module._filled_index(filled, vectors)
    for question in vectors[:40]:
        _, found = as_it_was.search(question.reshape(1, -1), 20, params=index._probes)
        passages = found[0][found[0] >= 0]
        cosines = vectors[passages] @ question
        best = np.argsort(-cosines, kind="stable")[:10]
        assert index.search(question, 10) == (passages[best].tolist(), cosines[best].tolist())
    learnt = nearest_module.trained_index(vectors, older)
    assert isinstance(nearest_module._empty_index(learnt, _DIMENSIONS), faiss.IndexIVFPQ)
    assert nearest_module.trained_index(vectors, learnt) is learnt
    coded = NearestPassages(vectors, probes=2, trained=learnt)
    assert isinstance(coded._index, faiss.IndexIVFPQFastScan)
    assert all(coded.search(v, 3)[0][0] == p for p, v in enumerate(vectors[:40]))


def _resident_bytes(address: int) -> int | None:
    """How much of the mapping of this process starting at `address` is resident (its "Rss"
    in /proc/self/smaps); None where the system has no such file."""
    smaps = Path("/proc/self/smaps")
    if not smaps.exists():
        return None
    found = False
    for line in smaps.read_text().splitlines():
        fields = line.split()
        if "-" in fields[0] and not fields[0].endswith(":"):
            found = int(fields[0].split("-")[0], 16) == address
        elif found and fields[0] == "Rss:":
            return int(fields[1]) * 1024
    return None


def test_a_searcher_on_a_build_s_files_maps_their_vectors_in_at_its_first_search(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A build's vectors are read from their file, memory-mapped: the index's searcher makes
    every page of a large one present at once, not a fault at each passage a question first
    ranks (here any size is large)."""
    rng = np.random.default_rng(5)
    vectors = rng.standard_normal((1024, 64)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    np.save(tmp_path / "vectors.npy", vectors)
    mapped = np.asarray(np.load(tmp_path / "vectors.npy", mmap_mode="r"))
    address = mapped.ctypes.data - mapped.ctypes.data % 4096  # the file's mapping
    trained = nearest_module.trained_index(vectors)
    made = nearest_module.FilledIndex(vectors, trained)  # as the build's process made it
    before = _resident_bytes(address)
    if before is None:
        pytest.skip("no /proc/self/smaps here")
    assert before == 0
    assert not nearest_module.map_in(mapped)  # a file this small is left as read
    assert _resident_bytes(address) == 0
    monkeypatch.setattr(nearest_module, "_MAP_IN_FROM_BYTES", 0)
    index = NearestPassages(mapped, probes=2, trained=trained, made=made)
    assert _resident_bytes(address) == 0  # made while another build may still answer
    question = vectors[7]
    found = index.search(question, 5)
    assert _resident_bytes(address) == -(-(vectors.nbytes + 128) // 4096) * 4096
    # the same passages, in the same order, as from the vectors in memory
    assert found == NearestPassages(vectors, probes=2, trained=trained, made=made).search(
        question, 5
    )
    assert not nearest_module.map_in(vectors)  # an array of its own memory: nothing to map
