"""A passage of one sentence: its sentence's vector is the passage's own, embedded from the same
text when the build was made, so the closest sentence (`_closest_sentence_in`) reads it rather
than embedding the passage again on its first sight (13p50d); a passage of several sentences
still has each embedded."""

from __future__ import annotations

import numpy as np
import pytest

from bot.engine.search import Searcher
from bot.engine.semantic import Embedder
from tests.engine.stories import searcher_for

ORCHARD_STORY = "\n".join(
    [
        "The Pellow orchard will close its cider barn to visitors after a dry summer.",
        "Frost in April killed most of the blossom. The harvest was a third of last year's, and"
        " the press stood idle for weeks.",
        "“We cannot open the barn with nothing to pour,” said Maren Quist, who runs the orchard.",
        "The parish council said it would help the family apply for a drought grant.",
    ]
)


@pytest.fixture(scope="module")
def pellow() -> Searcher:
    searcher = searcher_for("pellow-orchard", ORCHARD_STORY)
    if searcher._loaded_embedder() is None or searcher._passage_vectors is None:
        pytest.skip("no embedding model")
    return searcher


def _sentence_texts(searcher: Searcher, passage: int) -> list[str]:
    found = searcher.snapshot.passages[passage]
    return [found.text[s.start - found.start : s.end - found.start] for s in found.sentences]


def test_a_passage_of_one_sentence_is_not_embedded_again(
    pellow: Searcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    embedded: list[list[str]] = []
    embed = Embedder.embed

    def counted(self: Embedder, texts: list[str]) -> np.ndarray:
        embedded.append(list(texts))
        return embed(self, texts)

    monkeypatch.setattr(Embedder, "embed", counted)
    one = [p for p in range(len(pellow.snapshot.passages)) if len(_sentence_texts(pellow, p)) == 1]
    several = [p for p in range(len(pellow.snapshot.passages)) if p not in one]
    assert one and several  # the story has both
    for passage in one:
        pellow._sentences_embedded(passage)
    assert embedded == []
    for passage in several:
        pellow._sentences_embedded(passage)
    assert embedded == [_sentence_texts(pellow, p) for p in several]


def test_each_sentence_vector_is_the_one_embedding_it_makes(pellow: Searcher) -> None:
    embedder = pellow._loaded_embedder()
    assert embedder is not None
    for passage in range(len(pellow.snapshot.passages)):
        texts = _sentence_texts(pellow, passage) or [pellow.snapshot.passages[passage].text]
        made = pellow._sentences_embedded(passage)
        assert made.dtype == np.float32
        assert np.array_equal(made, embedder.embed(texts))  # to the last bit
