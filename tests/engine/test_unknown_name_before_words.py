""" "rubio quote on the prison deal?": a name before the words for what someone said ("quote",
"comments", "reaction"), typed in lower case as chat does, of someone the story never names.
The reading of a name before such a word took only someone the story quotes or a role ("the
foreign minister reaction"), so one word no English word (a name, or initials) was read as a
topic and searched, its closest passages shown (fresh-64 u03, low; on a story of our own,
high on a passage of the story's opening). Now such a word is a name where the corpus never
uses it either (`if_a_name`, decided as "what did the aclu say" is: `_lone_word_read`), and
the question is refused as asking for the words of someone the story does not quote. A word
the story uses ("halvik", its "Port Halvik"), an English word ("ferry quotes", "nurses
reaction") and the name of someone it quotes are read as before."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

FERRY_STORY = "\n".join(
    [
        "The county will cut the evening ferry between Port Halvik and Marrow Island from June,"
        " the transit board decided on Thursday.",
        "“We cannot run an empty boat at nine at night,” board chair Tom Reyes said.",
        "Island resident Ana Lindqvist said the cut would leave nurses on the night shift"
        " stranded.",
        "“People here have no other way to get to work,” Lindqvist said.",
        "The board said the savings would pay for a new morning sailing.",
    ]
)


@pytest.fixture(scope="module")
def ferry():  # type: ignore[no-untyped-def]
    return searcher_for("ferry", FERRY_STORY)


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("okafor quote on the ferry cuts?", "The story doesn't quote okafor."),
        ("any jensen comments on the schedule", "The story doesn't quote jensen."),
        ("the okafor quote on the ferry cuts?", "The story doesn't quote the okafor."),
    ],
)
def test_a_name_the_story_never_uses_before_words_said_is_refused(
    ferry,  # type: ignore[no-untyped-def]
    typed: str,
    reason: str,
) -> None:
    answer = ferry.ask(typed)
    assert not answer.answered
    assert answer.reason == reason


@pytest.mark.parametrize(
    "typed", ["halvik reaction to the cuts?", "ferry quotes?", "nurses reaction to the cuts"]
)
def test_a_word_of_the_story_or_an_english_word_is_searched(ferry, typed: str) -> None:  # type: ignore[no-untyped-def]
    # guards: searched on main too
    answer = ferry.ask(typed)
    assert answer.answered, answer.reason
    assert answer.asked_speaker is None


def test_someone_quoted_is_asked_for_their_words(ferry) -> None:  # type: ignore[no-untyped-def]
    # a guard, as on main
    answer = ferry.ask("reyes reaction to the cuts")
    assert answer.asked_speaker == "Tom Reyes"
    assert "empty boat" in answer.passages[0].text
