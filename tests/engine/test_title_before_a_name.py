""" "what did chief justice whitcombe write", "what did judge ortiz say", "what did sen
pereira say": a role or a title typed in lower case before a name, as in chat, names someone
(`question._role_then_name`). One the story does not quote is refused by the words typed, as
"Chief Justice Whitcombe" is; one it quotes is found by the name. "gov" before a name is the
governor (`chat._GOV_BEFORE`), elsewhere the government."""

from __future__ import annotations

import pytest

from bot.engine.chat import expand_shorthand
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

RULING_STORY = "\n".join(
    [
        "A state appeals court on Tuesday blocked the closure of the Harlan Valley clinic, the"
        " only hospital within 80 miles of the mining town.",
        "“A county cannot close its only hospital without a hearing,” Judge Maria Ortiz wrote"
        " for the three-judge panel.",
        "Gov. Paul Hendry said the state would appeal to the Supreme Court.",
        "“We will not let a court run our budget,” Hendry said.",
        "The clinic treats about 9,000 patients a year, most of them miners and their families.",
    ]
)


@pytest.fixture(scope="module")
def ruling() -> Searcher:
    return searcher_for("ruling", RULING_STORY)


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("what did chief justice whitcombe write in the clinic ruling", "chief justice whitcombe"),
        ("what did senator van hollen say about the clinic", "senator van hollen"),
        ("what did governor newsom say about the hospital", "governor newsom"),
        ("what did justice alito write", "justice alito"),
    ],
)
def test_a_title_before_a_name_the_story_lacks_is_refused(
    ruling: Searcher, question: str, named: str
) -> None:
    # before: searched as a plain question, the closest passages shown as Ortiz's and Hendry's
    answer = ruling.ask(question)
    assert not answer.answered
    assert answer.reason is not None and named in answer.reason


def test_a_title_before_a_name_the_story_quotes_finds_them(ruling: Searcher) -> None:
    # before: "gov" was the government, and "government hendry" no one the story quotes
    answer = ruling.ask("what did gov hendry say about the court")
    assert answer.answered, answer.reason
    assert answer.asked_speaker == "Paul Hendry"
    assert answer.confidence == "high"
    answer = ruling.ask("what did judge ortiz write about the hospital")
    assert answer.asked_speaker == "Maria Ortiz"
    answer = ruling.ask("what did the judge write")
    assert answer.asked_speaker == "Maria Ortiz"


def test_gov_is_the_governor_only_before_a_name() -> None:
    assert expand_shorthand("what did Gov. Paul Hendry say") == "what did governor Paul Hendry say"
    assert expand_shorthand("gov newsom?") == "governor newsom?"
    assert expand_shorthand("the salvadoran gov said") == "the salvadoran government said"
    assert expand_shorthand("gov officials said") == "government officials said"
    assert expand_shorthand("is the gov lol gonna pay") == "is the government lol gonna pay"
