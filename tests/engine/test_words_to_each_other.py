""" "wat did trump n bukele say to each other, was it friendly or nah": words two people said to
each other are each one's words to the other's face, which a quotation gives in the second
person ("It's an honor to have you"), as "what did Trump say to Bukele" is read
(`question.words_addressed`), not words naming the other said elsewhere ("If [President
Bukele] can take these horrible criminals ...", said a week before), which came first, and
high when asked with nothing else (fresh-73 c04). Not of one speaker ("what did the mayor say
to each other" names no two)."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

BRIDGE_STORY = "\n".join(
    [
        "Mayor Lena Ortiz visited Governor Tom Reyes at the state capitol on Tuesday to talk"
        " about the river bridge.",
        "“If Mayor Ortiz can cut the city's share of the costs, the state will pay for the"
        " bridge,” Reyes said in March.",
        "“It's a pleasure to welcome you to the capitol,” Reyes said as the mayor arrived.",
        "“Thank you for having us. We need your help with the bridge,” Ortiz said in return.",
        "The bridge was closed in 2021 after inspectors found cracks in its supports.",
    ]
)
ELSEWHERE = "“If Mayor Ortiz"


@pytest.fixture(scope="module")
def bridge():  # type: ignore[no-untyped-def]
    return searcher_for("bridge", BRIDGE_STORY)


@pytest.mark.parametrize(
    "typed",
    [
        # on main: the March words first, high
        "what did ortiz and reyes say to each other?",
        # on main: the March words first
        "what did reyes and ortiz say to one another?",
        # on main: the March words first, high
        "what did the two of them, ortiz and reyes, say to each other",
        # a guard: first on main too
        "wat did reyes n ortiz say to each other, was it friendly or nah",
    ],
)
def test_their_words_to_each_other_are_said_to_the_others_face(bridge, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = bridge.ask(typed)
    assert answer.answered, answer.reason
    assert not answer.passages[0].text.startswith(ELSEWHERE)
    assert "you" in answer.passages[0].text


def test_each_other_of_one_speaker_is_read_as_before(bridge) -> None:  # type: ignore[no-untyped-def]
    # a guard, as on main: one speaker named, "each other" says no one spoken to
    answer = bridge.ask("what did reyes say about the bridge and each other?")
    assert answer.passages[0].text.startswith(ELSEWHERE)
