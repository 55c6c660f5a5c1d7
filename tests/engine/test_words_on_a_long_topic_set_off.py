"""Someone's words on a topic set off before a question that points back at them by a pronoun
("Stephen Miller's claim about how much cheaper it is to hold them down there, what exactly
did he say?"): whose words are named in a few words, the topic in any number, and "he" is the
owner however long the topic. On main words set off were read so only up to six words, so a
longer topic left "he" no one: the question was searched as a plain one, and another's quotation
holding the topic's words came first (found reading 9read90's set)."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

WATER_MAINS = "\n".join(
    [
        "The county water board voted on Wednesday to replace the cast-iron mains under Elm"
        " Street.",
        "“We cannot keep patching a system that was laid in 1920,” board chair Ines Carver said."
        " “Every repair is cheaper this year and dearer the next.”",
        "County engineer Tom Reyes told reporters on Tuesday that repairing the old mains would"
        " cost ten times more than laying new ones over the coming decade.",
        "Residents worried about the noise. “It is cheaper for them and louder for us,” said shop"
        " owner Ada Lin.",
    ]
)


@pytest.fixture(scope="module")
def water():  # type: ignore[no-untyped-def]
    return searcher_for("water", WATER_MAINS)


@pytest.mark.parametrize(
    "typed",
    [
        # on main: the question read as plain, whose words no one's
        "Reyes's claim about how much cheaper it would be to keep patching the old pipes, what"
        " exactly did he say?",
        "Reyes's point about patching being cheaper this year and dearer the next, what"
        " exactly did he say?",
        # a guard: a topic of a few words, read so on main too
        "the engineer's take on repairs, what did he say?",
    ],
)
def test_the_owner_of_words_on_a_long_topic_is_whom_the_pronoun_means(water, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = water.ask(typed)
    assert answer.answered, answer.reason
    assert answer.asked_speaker == "Tom Reyes"
    assert "ten times more" in answer.passages[0].text


def test_a_long_phrase_that_is_no_ones_words_names_no_speaker(water) -> None:  # type: ignore[no-untyped-def]
    # a guard, as on main: a long phrase set off that is a statement, not someone's words on a
    # topic, is no one "she" means
    answer = water.ask(
        "the old cast iron mains under elm street that the board wants gone, what did she say"
        " about them?"
    )
    assert answer.asked_speaker != "Tom Reyes"
