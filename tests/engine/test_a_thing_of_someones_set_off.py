""" "bukele's opener in the oval, wat he say about our crime problem": words set off before a
question asking by a pronoun that name a thing of someone's ("<owner>'s <thing>", a noun most
often no person nor group in WordNet: an opener, a tour, a trip) name no one the pronoun could
mean; its owner may be. They were read as the speaker words of someone the story does not
quote, and the question refused ("The story doesn't quote bukele's opener in the oval.",
fresh-72 s07)."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

ZOO_STORY = "\n".join(
    [
        "Governor Lena Ortiz toured the new Harlow Zoo aviary on Tuesday with the zoo's"
        " director, Sam Pryce.",
        "“We have a funding problem, and this aviary shows how to fix it,” Ortiz said as she"
        " cut the ribbon.",
        "Pryce said the aviary cost $4 million and took two years to build.",
        "“The birds arrived before the roof did,” Pryce said.",
        "County treasurer Mark Ellis did not attend the tour.",
    ]
)


@pytest.fixture(scope="module")
def zoo():  # type: ignore[no-untyped-def]
    return searcher_for("zoo", ZOO_STORY)


@pytest.mark.parametrize(
    ("typed", "speaker"),
    [
        # on main: each refused ("The story doesn't quote ortiz's opener at the zoo.")
        ("ortiz's opener at the zoo, wat she say about the funding problem", "Lena Ortiz"),
        ("the governor's tour of the aviary, what did she say about funding", "Lena Ortiz"),
        ("pryce's first visit — what did he say about the birds", "Sam Pryce"),
        ("the governor's trip, what did she say", "Lena Ortiz"),
    ],
)
def test_the_owner_of_a_thing_set_off_is_whom_the_pronoun_means(
    zoo,  # type: ignore[no-untyped-def]
    typed: str,
    speaker: str,
) -> None:
    answer = zoo.ask(typed)
    assert answer.answered, answer.reason
    assert answer.asked_speaker == speaker
    assert {quote.speaker for quote in answer.passages[0].quotes} == {speaker}


def test_someone_of_someones_set_off_is_still_refused(zoo) -> None:  # type: ignore[no-untyped-def]
    # a guard, as on main: a deputy is someone, whom the story does not quote
    answer = zoo.ask("pryce's deputy, what did he say")
    assert not answer.answered
    assert answer.reason == "The story doesn't quote pryce's deputy."
