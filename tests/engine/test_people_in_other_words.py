"""A question's "people" (or "someone", "anyone", "folks") asks about persons without saying
which: a story names them in words of its own ("travelers", "passengers", "residents"), so a
passage lacking the word itself is no further from the question. Before, the word counted as a
topic word the passage missed, and right passages holding every other word were rated low
(over the sets in tests/data: "what did hrw say about people vanishing", "did the WH put out a
list of the people it shipped off"); held, it still counts. Not the thing a "how many"
question counts ("how many people does the boat carry"): the count must be of it, which the
passage's "120 passengers" is only to a reader knowing passengers are people (low, as on
main)."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

FERRY_STORY = "\n".join(
    [
        "The county opened a new ferry route between Port Alder and Gull Island on Saturday,"
        " the first since the old pier closed in 2019.",
        "Island residents complained that the ferry left travelers waiting in the rain at the"
        " Port Alder dock for three hours on Sunday.",
        "“We never planned for this many riders,” said Nora Pell, who runs the ferry for the"
        " county. “We will add a second boat by June.”",
        "The county paid $2.4 million for the boat, which carries 120 passengers and 30 cars.",
        "Gull Island's mayor, Tom Reyes, said the island's shops had their busiest weekend in"
        " years.",
        "Economist Lena Ruiz of Alder College said the route could lift the island's economy."
        " “Tourists spend money, and the island needs it,” Ruiz said.",
        "“I would not expect the boat to pay for itself for a decade,” Ruiz added.",
    ]
)


@pytest.fixture(scope="module")
def ferry() -> Searcher:
    return searcher_for("ferry", FERRY_STORY)


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("did people have to wait in the rain", "Island residents complained"),
        ("where did people wait in the rain", "Island residents complained"),
    ],
)
def test_people_named_in_other_words_are_answered_high(
    ferry: Searcher, question: str, opening: str
) -> None:
    answer = ferry.ask(question)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith(opening)
    assert answer.confidence == "high"


@pytest.mark.parametrize(
    "question",
    [
        "how many people drowned",
        "did people complain about the price of tickets",
        "how many people live on the island",
        "did people get sick on the boat",
    ],
)
def test_what_the_story_does_not_tell_of_people_stays_low(ferry: Searcher, question: str) -> None:
    answer = ferry.ask(question)
    assert not (answer.answered and answer.confidence == "high")
