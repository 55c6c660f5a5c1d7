"""A word for anyone and the place they are from ("the man from Galway", "that gentleman from
Galway"): whom the story calls a man (or a woman) of that place by a role of theirs ("Brendan
Foy, a Galway man"), as "the Galway man" names him. Before, no one was found there, and "man"
found "Both men" in a passage on the speaker and someone else. Also "the galway fella" (a
word of the place before), and "is X gonna at least let ..." (an adverb before the verb)."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

HARBOUR_STORY = "\n".join(
    [
        (
            "Harbour master Colm Duggan met Mayor Ruth Kinsella on Friday to discuss the ferry "
            "crossing."
        ),
        "The port has held Brendan Foy, a Galway man, since his boat was seized in March.",
        (
            "Duggan said it would be “absurd” to free Foy before the fines were paid. “I have "
            "no power to return him while the case is open,” Duggan said."
        ),
        (
            "Duggan has called himself “the harbour's best friend.” Both men have pledged to "
            "keep the ferry running through the winter and are now working together."
        ),
        "The ferry carries some 400 passengers a day in summer.",
    ]
)


@pytest.fixture(scope="module")
def harbour() -> Searcher:
    return searcher_for("harbour", HARBOUR_STORY)


def test_someone_from_a_place_is_whom_the_story_calls_so(harbour: Searcher) -> None:
    # before: only the passage of "Both men", rated high
    answer = harbour.ask("is duggan going to let the man from galway go?")
    assert answer.answered, answer.reason
    assert "no power to return him" in answer.passages[0].text
    assert all("Both men" not in passage.text for passage in answer.passages)


@pytest.mark.parametrize(
    "question",
    [
        "what did Duggan say about the gentleman from Galway",
        "What did the harbour master say about sending the man from Galway back?",
    ],
)
def test_their_words_on_him_are_not_on_both_men(harbour: Searcher, question: str) -> None:
    # before: the passage of "Both men" second
    answer = harbour.ask(question)
    assert answer.answered, answer.reason
    assert answer.asked_speaker == "Colm Duggan"
    assert "no power to return him" in answer.passages[0].text
    assert all("Both men" not in passage.text for passage in answer.passages)


def test_a_word_of_the_place_before_the_word_for_anyone(harbour: Searcher) -> None:
    # "the galway fella": the story's "a Galway man" (before: no one, rated low)
    answer = harbour.ask("who is the galway fella")
    assert answer.confidence == "high"
    assert "Brendan Foy, a Galway man" in answer.passages[0].text


def test_an_adverb_between_going_to_and_the_verb(harbour: Searcher) -> None:
    # "is X gonna at least let ...": what X will do, in X's words (before: read as a plain
    # question, the passage on Foy's boat first)
    answer = harbour.ask("is duggan gonna at least let the galway man out of jail")
    assert answer.asked_speaker == "Colm Duggan"
    assert "no power to return him" in answer.passages[0].text
