""" "what are rights groups saying about el salvador": "are" asks as "is" and "did" do ("what
are X saying", "what risks are X warning about"). It was no auxiliary of the questions asking
what someone said, so the words naming the speaker began with it, "are rights groups": someone
the story does not quote, and the question refused ("The story doesn't quote are rights
groups."), where the story quotes Human Rights Watch (found in reading fresh-72 p12, "what
kinda abuses are rights groups pinning on el salvador's cops and guards")."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

AVIARY_STORY = "\n".join(
    [
        "Governor Lena Ortiz and zoo director Sam Pryce opened the new Harlow Zoo aviary on"
        " Tuesday.",
        "“We have a funding problem, and this aviary shows how to fix it,” Ortiz said.",
        "“The birds arrived before the roof did,” Pryce said.",
        "“The cages are far too small for eagles,” said Wing Rights Watch, a conservation group.",
    ]
)


@pytest.fixture(scope="module")
def aviary():  # type: ignore[no-untyped-def]
    return searcher_for("aviary", AVIARY_STORY)


@pytest.mark.parametrize(
    "typed",
    [
        # on main: each refused ("The story doesn't quote are rights groups.")
        "what are rights groups saying about the cages",
        "what risks are rights groups warning about",
    ],
)
def test_are_asks_their_words(aviary, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = aviary.ask(typed)
    assert answer.answered, answer.reason
    assert answer.asked_speaker == "Wing Rights Watch"
    assert {quote.speaker for quote in answer.passages[0].quotes} == {"Wing Rights Watch"}


def test_someone_not_quoted_is_named_without_are(aviary) -> None:  # type: ignore[no-untyped-def]
    # on main: "The story doesn't quote are ortiz's aides."
    answer = aviary.ask("what are ortiz's aides saying about the birds")
    assert not answer.answered
    assert answer.reason == "The story doesn't quote ortiz's aides."


def test_what_a_thing_is_made_of_asks_no_one(aviary) -> None:  # type: ignore[no-untyped-def]
    # a guard, as on main
    answer = aviary.ask("what are the cages made of")
    assert answer.answered, answer.reason
    assert answer.asked_speaker is None
