"""A word of the question that a passage holds only inside someone's name ("Fair Wages
Campaign", "Human Rights Watch") is not held in its own sense: the passage may be the closest
the story comes, never the answer on the strength of it (bot/engine/search/searcher.py,
`_held_only_in_names`). A question naming them, by a word of the name no English word or two
of its words side by side ("the human rights folks"), is answered as before."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

# A harbour town's lost jobs, counted by a campaign whose name holds "wages"; the passage on
# pay itself says nothing of wages.
HARBOUR_STORY = "\n".join(
    [
        "The harbour town of Lenmouth voted on Tuesday to close its fish market after 80 years.",
        "According to the Fair Wages Campaign, 300 workers in Lenmouth have lost their jobs since"
        " the cannery shut last spring.",
        "“Families here are struggling to pay rent,” said Moira Dunne, who runs the campaign's"
        " local office.",
        "A law passed in May lets employers pay seasonal staff below the national minimum,"
        " suspending the old pay rules.",
        "The council said the market's stalls would be sold at auction in June.",
        "Tourism to the town has fallen by a third since 2020.",
        "The mayor, Alan Price, said a new ferry route to the islands would open next year.",
        "Local schools have lost a tenth of their pupils as families move away.",
        "The fish market's oldest trader, a woman of 91, said she would miss the mornings most.",
        "A new supermarket is due to open on the edge of town in the autumn.",
    ]
)


@pytest.fixture(scope="module")
def harbour() -> Searcher:
    return searcher_for("lenmouth", HARBOUR_STORY)


def test_a_word_held_only_in_a_name_does_not_make_the_passage_the_answer(
    harbour: Searcher,
) -> None:
    # the campaign's passage holds "workers" and "Lenmouth", and "wages" only in its name:
    # before, it was rated high
    answer = harbour.ask("what happened to the wages of workers in lenmouth")
    assert answer.answered and answer.confidence == "low"
    assert answer.passages[0].text.startswith("According to the Fair Wages Campaign")


@pytest.mark.parametrize(
    "question",
    [
        "how many workers in lenmouth lost their jobs",  # no word of the name asked
        "what does the fair wages campaign say about workers in lenmouth",  # the name asked
    ],
)
def test_a_passage_holding_the_words_outside_a_name_or_the_name_asked_is_the_answer(
    harbour: Searcher, question: str
) -> None:
    answer = harbour.ask(question)
    assert answer.confidence == "high"
    assert answer.passages[0].text.startswith("According to the Fair Wages Campaign")
