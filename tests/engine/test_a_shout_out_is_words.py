""" "trump's shoutout to el salvador — what was the exact line lol": a shout-out is words said
out to someone, as a remark or a message is, so "X's shout-out" asks for X's words. It was no
noun of speech, the question was searched as plain, and the press secretary's passage naming
Trump and El Salvador came first, his words second (fresh-70 s04)."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

HARBOUR_STORY = "\n".join(
    [
        "Mayor Ines Kale and the rowing club's coach Ruth Amos opened the new harbour on Saturday.",
        "Port director Alan Webb said last week that Kale and Amos “will talk about Calloway's"
        " new boathouse and how Calloway's harbour can bring races back to Calloway.”",
        "“I want to say hello to the people of Calloway. They have one hell of a coach,” Kale"
        " said in return.",
        "“We are a small club, but we train hard,” Amos said.",
        "The harbour cost the city $12 million.",
    ]
)


@pytest.fixture(scope="module")
def harbour():  # type: ignore[no-untyped-def]
    return searcher_for("harbour", HARBOUR_STORY)


@pytest.mark.parametrize(
    "typed",
    [
        # on main: the port director's passage first, hers second
        "kale's shoutout to calloway — what was the exact line lol",
        "what was Kale's shout out to Calloway",
        # first on main as well (the role, not the name, kept the director's passage down)
        "the mayor's shout-out to calloway?",
    ],
)
def test_a_shout_out_asks_for_whose_it_is(harbour, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = harbour.ask(typed)
    assert answer.answered, answer.reason
    first = answer.passages[0]
    assert first.text.startswith("“I want to say hello")
    assert {quote.speaker for quote in first.quotes} == {"Ines Kale"}


def test_a_shout_out_given_is_read_as_before(harbour) -> None:  # type: ignore[no-untyped-def]
    # a guard, as on main: "what shout-out did X give" was read so already
    answer = harbour.ask("what shout-out did the mayor give calloway")
    assert answer.passages[0].text.startswith("“I want to say hello")
