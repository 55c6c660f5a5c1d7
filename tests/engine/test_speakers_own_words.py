"""A question asking what someone said ("what did X say about Y") asks for their words:
among their passages, one quoting them directly holds the kind of answer asked, as a number
does for "how many", and is ranked so (the answer-type bonus); one only reporting them
("Calder said it would be “reckless” ...") does not. On a story of its own: the mayor's
quotation carrying on from the paragraph that reports her on the pier, which the reported
paragraphs outrank in meaning."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

PIER_STORY = "\n".join(
    [
        "The town council voted on Tuesday to close the old ferry pier for repairs over the "
        "winter.",
        "Mayor Ines Calder said it would be “reckless” to reopen the pier before the summer "
        "season.",
        "“I will not put families on rotten timber. I don't have the money to mend it this year "
        "either,” Calder said.",
        "Calder said the pier had cost the town more than the new library.",
        "Harbour master Lena Osei said the ferry would run from the north quay instead.",
        "“Tickets stay the same price,” Osei said.",
        "Calder has been mayor since 2019 and said she would stand again in the spring.",
    ]
)

OWN_WORDS = "I don't have the money to mend it"
QUESTION = "what did calder say about the money for the pier"


@pytest.fixture(scope="module")
def pier() -> Searcher:
    return searcher_for("pier", PIER_STORY)


def test_the_speakers_own_words_come_before_their_words_reported(pier: Searcher) -> None:
    answer = pier.ask(QUESTION)
    assert answer.answered and answer.asked_speaker == "Ines Calder"
    assert OWN_WORDS in answer.passages[0].text


def test_without_the_bonus_a_reported_passage_closer_in_meaning_comes_first(
    pier: Searcher,
) -> None:
    # the cause: her quotation names neither her nor the pier, so closeness in meaning puts
    # it last of her three passages on the pier
    plain = Searcher(pier.snapshot, pier.settings.model_copy(update={"answer_type_bonus": 0.0}))
    answer = plain.ask(QUESTION)
    assert OWN_WORDS not in answer.passages[0].text
    assert "cost the town" in answer.passages[0].text


def test_a_reported_passage_holding_more_of_the_topic_still_comes_first(pier: Searcher) -> None:
    # the bonus weighs as an answer's kind does, not above the words: reopening is told only
    # in her reported words
    answer = pier.ask("what did calder say about reopening the pier")
    assert "reckless" in answer.passages[0].text
    assert OWN_WORDS in answer.passages[1].text
