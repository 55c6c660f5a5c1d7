""" "what did bukele open w/ when he sat down in the oval? like his first line": a question
asking for someone's words by a pronoun ("his first line", "what were her first words") after
naming that one person itself. Whom the pronoun means was looked for only in the conversation
or in an earlier question of the message, so in a message of one question "his" meant no one:
the question was searched as a plain one and no passage vouched for as anyone's words, and a
passage holding the topic's words and no quotation came first (fresh-65 s01: the two men's
2019 meeting "during Trump's first term", his "It's an honor to be here in the Oval Office"
second). Now "he", "his", "she" or "her" asking for words means the one person the question
names before it (by name, or by a role only they hold), when the story quotes them and a first
name of the other sex does not veto it. Two people named before it, or a pronoun of the other
sex, are read as before."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

BUDGET_STORY = "\n".join(
    [
        "Mayor Lena Ortiz opened Thursday’s budget hearing by promising that no branch library"
        " would close.",
        "“We are not here to cut libraries, we are here to fix the roof over them,” Ortiz said.",
        "Council member Hal Brandt, who first joined the council in 2015, said the first draft of"
        " the budget left the pool unfunded.",
        "“The first thing families ask me about every summer is the pool,” Brandt said.",
        "The city expects a shortfall of $4 million next year.",
    ]
)


@pytest.fixture(scope="module")
def budget():  # type: ignore[no-untyped-def]
    return searcher_for("budget", BUDGET_STORY)


@pytest.mark.parametrize(
    ("typed", "speaker", "words"),
    [
        (
            "what did ortiz lead with at the hearing? like her first line",
            "Lena Ortiz",
            "We are not here to cut libraries",
        ),
        (
            "how did the mayor kick things off, what were her first words",
            "Lena Ortiz",
            "We are not here to cut libraries",
        ),
        (
            "how did brandt open, like what was his first point",
            "Hal Brandt",
            "The first thing families ask me",
        ),
    ],
)
def test_the_pronoun_means_the_one_person_named_before_it(
    budget,  # type: ignore[no-untyped-def]
    typed: str,
    speaker: str,
    words: str,
) -> None:
    answer = budget.ask(typed)
    assert answer.asked_speaker == speaker
    assert words in answer.passages[0].text


@pytest.mark.parametrize(
    "typed",
    [
        # two people named before it: either
        "when ortiz sat down with brandt, what did he say first",
        # "his" of a woman's first name: someone else
        "what did ortiz lead with, like his first line",
    ],
)
def test_two_people_or_a_pronoun_of_the_other_sex_mean_no_one(budget, typed: str) -> None:  # type: ignore[no-untyped-def]
    # guards, as on main
    answer = budget.ask(typed)
    assert answer.answered, answer.reason
    assert answer.asked_speaker is None
