""" "when ortiz first sat down with reyes what did she say about the housing problem": a clause
opening the question before what it asks ("when ...", "after ...") tells when, it asks no
date; the kind of answer is read of the question after it (`answer_types.
asked_past_opening_clause`), as it is typed without punctuation by voice too. Read as asking
a date, the passage with a day in it ("on Monday") came first, not her words.

And a name is asked with a word before "name" ("the actual name of", `_NAME_KIND`) or words
after "called" ("... called like its name", `_CALLED_END`): read as plain questions, a passage
telling of the unnamed shelter was rated high."""

from __future__ import annotations

import pytest

from bot.engine.answer_types import AnswerKind, expected_kind
from tests.engine.stories import searcher_for

VISIT_STORY = "\n".join(
    [
        "Governor Paul Reyes toured the flooded river district with Mayor Lena Ortiz on Tuesday.",
        "“It is a privilege to welcome the governor to our city,” Ortiz said. “We know that you"
        " have a housing problem across the state, and we are ready to help with it.”",
        "After landing in Tarrow on Monday, Reyes became the first governor in a decade to visit"
        " the district.",
        "“We are glad to work with you, because you want homes built and so do we,” Reyes said"
        " in return.",
        "The city has housed displaced families in a shelter located just outside the county"
        " seat of Port Vell since the spring.",
    ]
)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("when ortiz first sat down with reyes what did she say about the housing problem", None),
        ("so when ortiz met reyes, what did she say", None),
        ("ok so when the river flooded what did reyes tell the mayor", None),
        ("when ortiz met reyes when did he land", AnswerKind.DATE),
        # "when" asking with its verb asks a date itself
        ("when did ortiz say she would help with housing", AnswerKind.DATE),
    ],
)
def test_the_kind_asked_is_read_past_an_opening_clause(
    question: str, kind: AnswerKind | None
) -> None:
    assert expected_kind(question) is kind


@pytest.mark.parametrize(
    "question",
    [
        "um so when ortiz first sat down with reyes what did she say about the housing problem",
        "When Ortiz first sat down with Reyes, what did she say about the housing problem?",
    ],
)
def test_words_asked_after_a_clause_of_when_are_answered_by_them(question: str) -> None:
    answer = searcher_for("visit", VISIT_STORY).ask(question)
    assert answer.answered
    assert "We know that you have a housing problem" in answer.passages[0].text


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("whats the actual name of that shelter outside port vell", None),
        ("what is the official name of the shelter", None),
        # words after "called" saying again that a name is asked, or hedging
        ("um what is the shelter outside port vell called like its name", None),
        ("what is the shelter called or whatever", None),
    ],
)
def test_a_word_before_name_still_asks_a_name(question: str, kind: None) -> None:
    from bot.engine.answer_types import named_thing

    assert named_thing(question) is not None
    assert expected_kind(question) is kind


@pytest.mark.parametrize(
    "question",
    [
        "whats the actual name of that shelter outside port vell",
        "um what is the shelter outside port vell called like its name",
    ],
)
def test_a_name_the_story_does_not_give_is_not_answered_high(question: str) -> None:
    answer = searcher_for("visit", VISIT_STORY).ask(question)
    assert answer.confidence != "high"
