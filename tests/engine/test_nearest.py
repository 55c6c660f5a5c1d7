"""Dense retrieval through the approximate nearest-neighbour index (bot/engine/nearest.py), used
from `semantic_exact_below` passages on: here a threshold below the shipped story's 30."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

import bot.engine.nearest as nearest_module
from bot.engine.nearest import Closeness, NearestPassages
from bot.engine.search import Searcher, SearchSettings
from bot.engine.service import StoryService
from bot.engine.snapshot import IndexSnapshot
from bot.storage import Database

REPO = Path(__file__).resolve().parents[2]
# Closeness in meaning decides these (test_semantic.py: by the words alone, ¶14 comes first).
BY_MEANING = "what did the two leaders think of each other?"
APPROXIMATE = SearchSettings(semantic_exact_below=10, semantic_probes=2)


class SearchesCounted(NearestPassages):
    """The real index, counting the questions it is asked."""

    searches = 0

    def search(self, question: np.ndarray, k: int) -> tuple[list[int], list[float]]:  # type: ignore[type-arg]
        type(self).searches += 1
        return super().search(question, k)


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
        assert counted.searches > 0
        exact = Searcher(approximate.searcher.snapshot).ask(BY_MEANING)
    assert answer.passages[0].paragraph == exact.passages[0].paragraph == 7


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
