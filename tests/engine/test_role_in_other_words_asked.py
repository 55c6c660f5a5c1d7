"""A role asked in a word the story does not use for it ("which scholar", "the academic") is
asked of whoever holds the role in news stories' words (a professor): a passage crediting that
person's words to "he" alone does not show who they are, so it is not rated high as the answer;
the passage naming them beside their role is."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

PIER_STORY = "\n".join(
    [
        "HARBOR CITY — The city council voted 5-2 on Tuesday to close the old pier for repairs, "
        "a move residents have debated for months.",
        '"The pier is not safe anymore, and we cannot wait another winter," said Mayor Dana '
        "Ortiz after the vote.",
        "Marcus Lee, a professor of civil engineering at Coastal State University, said the "
        'pier\'s pilings have rotted badly. "Every storm takes a little more of the wood away," '
        "Lee said.",
        "The repairs are expected to cost about $4 million, according to city estimates.",
        '"If nothing is done, the whole structure could fall into the water within five '
        'years," he added.',
        'Fishermen who use the pier said they were frustrated. "We have nowhere else to go," '
        "said Rosa King, who has fished there for twenty years.",
    ]
)


@pytest.fixture(scope="module")
def pier() -> Searcher:
    return searcher_for("pier", PIER_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "which scholar said the structure could fall",
        "which academic said the structure could fall",
    ],
)
def test_words_credited_to_he_do_not_answer_which_role_holder(
    pier: Searcher, question: str
) -> None:
    shown = pier.ask(question)
    assert shown.answered, shown.reason
    assert shown.confidence == "low" or "Marcus Lee" in shown.passages[0].text


def test_the_passage_naming_the_role_holder_answers(pier: Searcher) -> None:
    shown = pier.ask("who's the academic that says every storm takes the wood")
    assert shown.answered, shown.reason
    assert "Marcus Lee, a professor" in shown.passages[0].text
    assert shown.confidence == "high"
