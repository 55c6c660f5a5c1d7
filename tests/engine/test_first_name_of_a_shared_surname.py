"""Two people of a story share a surname (a sister and a brother): members tell them apart by
first name, and a first name that is also an English word ("Hope") was no name at all ("what
did hope say" named no one; "did hope say '<her brother's words>'" was rated high on his
passage). Where a surname is shared, the first name names its holder, a word or not; a lone
surname's holder with such a first name still is not called by it (no other to tell apart)."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

RIVER_STORY = "\n".join(
    [
        "The Vell river rose four feet overnight, flooding the lower road into Marden.",
        "Farmer Hope Lindgren watched the water reach her barn. “The river is rising faster"
        " than last year, and nobody from the county has come,” Hope Lindgren said.",
        "Her brother, ferry pilot Anders Lindgren, said the crossing would stay open. “We will"
        " keep the ferry running as long as the cable holds,” Anders Lindgren said.",
        "The county emergency office said sandbags would arrive on Thursday.",
    ]
)


@pytest.fixture(scope="module")
def river() -> Searcher:
    return searcher_for("river", RIVER_STORY)


@pytest.mark.parametrize("question", ["what did hope say", "what did Hope say about the county"])
def test_a_word_first_name_names_one_of_two_sharing_a_surname(
    river: Searcher, question: str
) -> None:
    answer = river.ask(question)
    assert answer.asked_speaker == "Hope Lindgren", question
    assert {str(q.speaker) for q in answer.passages[0].quotes} == {"Hope Lindgren"}


def test_the_others_words_are_not_confirmed_as_hers(river: Searcher) -> None:
    answer = river.ask("did hope say 'we will keep the ferry running'")
    assert answer.confidence == "low"
    assert "Anders Lindgren" in {str(q.speaker) for q in answer.passages[0].quotes}
