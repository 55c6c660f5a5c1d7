"""A question may set something aside to ask past it: "beyond the money, how did Kale justify
the toll?", "how does bukele come out ahead besides the cash", "why does the professor think
the meeting matters beyond the bilateral relationship, i.e. for the rest of the region?"
(fresh-76 r05). What it sets aside ("beyond", "besides", "aside from", "apart from", "other
than", "except") is not what it asks about: its words are no topic, and a passage telling of
it is not first where another one shown, of the speaker asked about if any, tells of the rest
without it. Before, the words set aside were searched as any others: the passage holding them
came first, and was rated high (fresh-76 r05: the professor's "symbiotic relationship"
carried on to his deterrence passage, high; his "PR win ... sure to get the attention of
other leaders in the Latin world" not returned)."""

from __future__ import annotations

import pytest

from bot.engine.question import set_aside
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

TOLL_STORY = "\n".join(
    [
        "Mayor Ines Kale defended the new toll on the Harlow bridge at a council meeting on"
        " Monday.",
        "“The toll will raise the money we need to repair the bridge,” Kale said.",
        "Kale also argued that the toll would cut traffic jams and make the bridge safer for"
        " cyclists.",
        "Council member Tom Reyes said the toll punishes commuters who have no other way to work.",
        "The bridge carries 30,000 cars a day.",
    ]
)
PACT_STORY = "\n".join(
    [
        "Mayor Ines Kale signed a water-sharing pact with the neighbouring town of Brill on"
        " Friday.",
        "The two towns have formed a close partnership over the past decade, according to Paul"
        " Ortiz, a hydrologist at Bristol University.",
        "“For Harlow, the pact secures its summer water supply, which is expected to bring back"
        " farmers,” Ortiz said.",
        "“For Brill, the partnership has provided money to fix its old pipes,” he added.",
        "Still, while calling the pact “a model for the whole valley” that other towns along the"
        " river are sure to study, Ortiz warned that the reservoir is running low.",
    ]
)


@pytest.fixture(scope="module")
def toll() -> Searcher:
    return searcher_for("toll", TOLL_STORY)


@pytest.mark.parametrize(
    ("question", "aside"),
    [
        (
            "Why does X think the meeting matters beyond the bilateral relationship, i.e. for"
            " the rest of the region?",
            ["beyond the bilateral relationship"],
        ),
        ("Beyond the cost argument, how did Miller justify it?", ["Beyond the cost argument"]),
        ("how does he come out ahead besides the cash", ["besides the cash"]),
        (
            "whats he getting out of this besides $$ 🤔 tourism?",
            [],
        ),  # marks alone: nothing set aside
        ("apart from the fee, what did he get for the park", ["apart from the fee"]),
        ("what city is the prison outside of", []),
    ],
)
def test_the_words_set_aside(question: str, aside: list[str]) -> None:
    assert [question[start:end] for start, end in set_aside(question)] == aside


@pytest.mark.parametrize(
    "question",
    [
        # on main: the money passage first
        "Beyond the money, how did Kale justify the toll?",
        "how is kale defending the toll besides the repair money",
        "aside from raising money for repairs, what case does Kale make for the toll?",
    ],
)
def test_the_passage_past_what_is_set_aside_is_first(toll: Searcher, question: str) -> None:
    answer = toll.ask(question)
    assert answer.passages[0].text.startswith("Kale also argued")
    assert answer.confidence == "low"  # the ranking's own first is the money passage


def test_a_passage_on_what_is_set_aside_is_not_rated_high(toll: Searcher) -> None:
    # on main: the traffic passage first, high
    answer = toll.ask("Beyond the traffic jams, how did Kale justify the toll?")
    assert answer.passages[0].text.startswith("“The toll will raise the money")
    assert answer.confidence == "low"


def test_the_speakers_one_passage_stays_first(toll: Searcher) -> None:
    # a guard, as on main: Reyes's only passage holds what is set aside and the rest
    answer = toll.ask("Beyond the commuters, why does Reyes oppose the toll?")
    assert answer.passages[0].text.startswith("Council member Tom Reyes")


@pytest.mark.parametrize(
    "question",
    [
        # on main: the passage on the towns' partnership first
        "Apart from the partnership, why does Ortiz think the pact matters for other towns?",
        # a guard: first on main too ("valley" picks it)
        "Why does Ortiz think the pact matters beyond the partnership, i.e. for the valley?",
    ],
)
def test_the_words_set_aside_are_no_topic(question: str) -> None:
    answer = searcher_for("pact", PACT_STORY).ask(question)
    assert "a model for the whole valley" in answer.passages[0].text
