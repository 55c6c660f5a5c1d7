"""A question's "that man" points at someone: the one person the story calls a man by a role
of theirs ("Sam Oyelaran, a Leeds man"), as "that Leeds man" would name him
(bot/engine/question.py, `_with_pointed_at`), and the word is no topic a passage must hold
(searcher.py, `_by_role_only`): a passage's "Both men" tells nothing of him. Not when the
story calls several people so, and not "this guy", which it calls no one."""

from __future__ import annotations

import pytest

from bot.engine.question import read_question
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

# A governor who will not send a jailed man home; a rival passage on "both men" of her cabinet.
JAIL_STORY = "\n".join(
    [
        "Governor Elena Ruiz of Costa Brava met Mayor Tom Hale in Harwick on Monday.",
        "The visit came as Hale's office was ordered to help bring back Sam Oyelaran, a Leeds man"
        " who was sent to a Costa Brava jail by mistake.",
        "But at the meeting, Ruiz said it would be “absurd” for her to return Oyelaran to Britain.",
        "“I don't have the power to send him anywhere,” Ruiz said.",
        "Ruiz has called herself “the people's sheriff.” Both men in her cabinet have pledged to"
        " crack down on smuggling in their regions.",
        "“We are proud of our ports,” Ruiz said at a dinner for local fishermen.",
        "Harwick's harbour handles a third of the region's cargo.",
        "The two leaders first met in 2019.",
    ]
)


@pytest.fixture(scope="module")
def jail() -> Searcher:
    return searcher_for("jail", JAIL_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "Is Ruiz going to let that man come back home to his family?",
        "is ruiz going to let that man go home",
    ],
)
def test_that_man_is_the_one_the_story_calls_a_man_not_a_word_to_find(
    jail: Searcher, question: str
) -> None:
    # before, "Both men in her cabinet" came first, rated high
    answer = jail.ask(question)
    assert answer.answered and answer.asked_speaker == "Elena Ruiz"
    assert all("Both men" not in passage.text for passage in answer.passages)
    # her words on him first
    assert answer.passages[0].text.startswith(("“I don't have the power", "But at the meeting"))


def test_whom_that_man_points_at_is_read_as_named(jail: Searcher) -> None:
    read = read_question("is ruiz going to let that man go home", jail._mentions)
    assert [p.name for p in read.mentioned] == ["Elena Ruiz", "Sam Oyelaran"]
    # a word of who after it says who instead; "this guy" the story calls no one
    for question in ("what did that man from the ferry say", "is this guy ever getting out"):
        read = read_question(question, jail._mentions)
        assert "Sam Oyelaran" not in [p.name for p in read.mentioned]


def test_that_man_points_at_no_one_when_the_story_calls_several_men() -> None:
    searcher = searcher_for(
        "two-men",
        "\n".join(
            [
                "Sam Oyelaran, a Leeds man, was jailed by mistake.",
                "Piet Claes, a Ghent man, was jailed with him.",
            ]
        ),
    )
    read = read_question("will they let that man go home", searcher._mentions)
    assert not read.mentioned
