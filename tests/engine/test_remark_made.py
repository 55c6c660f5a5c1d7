""" "What date did Trump make his 'cheaper than us, I'm in' remark?": a remark made is something
said, as "made a comment" and "issued a statement" were read. Only "remarks" after "a", "any",
"its", "their", "his" or "her" was; "his ... remark", "the remark" and the words of the remark
quoted as remembered before the noun were not, so the question asked no one's words and
whatever passage held a date and the most of the other words came first (fresh-66 n04: a
passage with "two years ago" first, Trump's "said on April 7" second, low; fresh-44 n05
"What date did Trump make the 'I'm in' comment about costs?", right, low). Now the one named
is asked for their words, the quoted words still the topic picking which."""

from __future__ import annotations

import pytest

from tests.engine.stories import asked_for_words, searcher_for

COUNCIL_STORY = "\n".join(
    [
        "Councillor Rosa Delgado spoke twice on the library budget this spring, and the council"
        " will vote on it in June.",
        "“If the library can stay open for less than it costs today, I’m in,” Delgado said on"
        " March 3.",
        "“We will not close a single pool this summer,” Delgado said on April 12.",
        "Critics called the budget a shell game ten years in the making.",
        "Mayor Tom Berg said in May that the pools were safe.",
    ]
)


@pytest.fixture(scope="module")
def council():  # type: ignore[no-untyped-def]
    return searcher_for("council", COUNCIL_STORY)


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # on main: each read as asking no one's words (the first two low)
        ("What date did Delgado make her 'not a single pool' remark?", "April 12"),
        ("what day did Delgado make her 'cheaper than today, I'm in' remark", "March 3"),
        ("When did Delgado make her pool remark?", "April 12"),
        # a guard: read so on main too
        ("when did Delgado make the remark about the pools?", "April 12"),
    ],
)
def test_a_remark_made_asks_their_words(council, typed: str, said: str) -> None:  # type: ignore[no-untyped-def]
    answer = asked_for_words(council, typed, "Rosa Delgado")
    assert answer.confidence == "high"
    assert said in answer.passages[0].text


def test_a_statement_no_one_named_made_is_searched(council) -> None:  # type: ignore[no-untyped-def]
    # a guard, as on main
    answer = council.ask("did the council make the statement about the pools?")
    assert answer.answered, answer.reason
    assert answer.asked_speaker is None
