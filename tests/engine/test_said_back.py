""" "what did the US president say back", "what did trump say back to him lol": "back" after a
verb of saying (before "to", a mark, the end or a word of chat) says the words were said in
reply, which a story tells as "said in return", "replied" or in no word of its own; it was read
as a topic word no passage of the speaker's held, so a question asking only what they said in
reply was held low (own-9w w037; found reading fresh-68 s04, which stays low: it names whom
the words were said to, and the passage put first for that is not the one the model rates).
Not "back" of a time ("say back on April 7") or of going back ("told them to go back to
work")."""

from __future__ import annotations

import pytest

from tests.engine.stories import FERRY_STRIKE, searcher_for


@pytest.fixture(scope="module")
def strike():  # type: ignore[no-untyped-def]
    return searcher_for("strike", FERRY_STRIKE)


@pytest.mark.parametrize(
    "typed",
    # each low on main: "back" a topic word his passage lacks
    ["what did hale say back", "what did the executive say back?", "what did hale say back lol"],
)
def test_said_back_asks_the_words_in_reply(strike, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = strike.ask(typed)
    assert answer.answered, answer.reason
    assert answer.asked_speaker == "Victor Hale"
    assert answer.confidence == "high"


def test_back_of_a_time_is_still_asked(strike) -> None:  # type: ignore[no-untyped-def]
    # a guard, as on main: his words on Monday, which the story does not date
    answer = strike.ask("what did hale say back on monday")
    assert answer.confidence == "low"


def test_going_back_is_still_the_topic(strike) -> None:  # type: ignore[no-untyped-def]
    # a guard, as on main
    answer = strike.ask("did moreau tell them to go back to work")
    assert answer.passages[0].text.startswith("“We will not go back to work")
    assert answer.confidence == "high"
