""" "How does the professor explain a small country like El Salvador being such a close partner
to Trump?": how someone explains a state of affairs asks their account of it, its reason, as
"how does she justify" and "how does he argue" do. Read as any question of their words, the
one passage of the professor's holding "close" and "country" ("the close relationship with
President Trump has provided a major platform") was the answer, high, though it gives no
reason for the pairing (fresh-78 r06). Not "how does he explain that": a pronoun points at
words just told, which are their account, whatever their form (fresh-24 r07)."""

from __future__ import annotations

import pytest

from bot.engine.reasons import asks_reason
from tests.engine.stories import searcher_for

ISLAND_STORY = "\n".join(
    [
        "The tiny island of Rona has become the busiest fishing port in the north this year.",
        "Though an island of 900 people would seem an unlikely rival to the big harbours, the"
        " two have struck a useful bargain, according to Leeds University professor Vera Holt.",
        "“For the harbour board, the close ties with Rona have opened a new market for its"
        " trawlers, which is expected to bring jobs to the coast,” Holt said.",
        "The port's manager, Colin Barr, said the season had been the best in a decade.",
        "“It costs us less to land the catch there,” Barr said. “That is why we moved.”",
    ]
)


@pytest.fixture(scope="module")
def island():  # type: ignore[no-untyped-def]
    return searcher_for("island", ISLAND_STORY)


@pytest.mark.parametrize(
    "typed",
    [
        # on main: each high, of her passage giving no reason
        "How does the professor explain a tiny island like Rona being such a close partner to"
        " the harbour board?",
        "how does holt explain rona being so close to the board",
        "How does the professor explain the island's close ties?",
    ],
)
def test_an_explanation_asked_is_not_vouched_for_by_words_giving_no_reason(  # type: ignore[no-untyped-def]
    island, typed: str
) -> None:
    answer = island.ask(typed)
    assert answer.answered, answer.reason
    assert answer.confidence == "low"


@pytest.mark.parametrize(
    "typed",
    [
        # guards, high on main too: the passage giving the reason
        "how does barr explain moving the boats?",
        "how does barr explain that?",
    ],
)
def test_an_explanation_given_is_the_answer(island, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = island.ask(typed)
    assert answer.confidence == "high"
    assert answer.passages[0].text.startswith("“It costs us less")


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("how does the mayor explain the new fee?", True),
        ("How do they explain Garcia being sent there by mistake?", True),
        # a pronoun: the words just told are the account asked
        ("Bukele says the fee is low for them but high for us. How does he explain that?", False),
        ("how does she explain it", False),
        # not asking how: what they explained is their words
        ("what did the mayor explain to the council?", False),
    ],
)
def test_how_someone_explains_asks_the_reason(question: str, reason: bool) -> None:
    assert asks_reason(question) is reason
