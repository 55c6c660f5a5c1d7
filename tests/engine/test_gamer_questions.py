"""How members of a gaming Discord write to the bot (fresh-45, read whole at the twentieth
session): slang, nicknames, first names, a question asking what someone said to another's
face. Each on a story of its own."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import asked_for_words, searcher_for

TRANSFER_STORY = "\n".join(
    [
        "Striker Renata Vasquez signed a three-year contract with Harbor City FC on Friday.",
        "The club's owner, Peter Lindqvist, welcomed her at the stadium before the press "
        "conference.",
        "“Welcome home. We have waited two years for you, and the fans will love you,” "
        "Lindqvist said as they shook hands.",
        "“If [Vasquez] scores twenty goals for us, the contract will have paid for itself,” "
        "Lindqvist told a radio station on Thursday.",
        "“Ticket sales have doubled since the rumours started,” Lindqvist said.",
        "Vasquez said she had turned down two clubs abroad to stay near her family.",
        "“I told him I would only sign if the coach stayed,” Vasquez said.",
    ]
)


@pytest.fixture(scope="module")
def transfer() -> Searcher:
    return searcher_for("transfer", TRANSFER_STORY)


@pytest.mark.parametrize(
    "question",
    [
        # before: his words naming her, said to a radio station the day before, came first
        "what did lindqvist say to vasquez",
        "what'd lindqvist tell vasquez when she got there",
        "what did the owner say abt vasquez to her face lol",
        "what did lindqvist say to her when they met",
    ],
)
def test_words_said_to_someone_are_the_ones_speaking_to_them(
    transfer: Searcher, question: str
) -> None:
    answer = asked_for_words(transfer, question, "Peter Lindqvist")
    assert "Welcome home" in answer.passages[0].text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # what someone said of another, or to a crowd, is not asked to anyone's face
        ("what did lindqvist say about vasquez", "If [Vasquez] scores"),
        ("what did lindqvist say to the radio station about vasquez", "If [Vasquez] scores"),
        ("what did lindqvist say about vasquez's goals", "If [Vasquez] scores"),
    ],
)
def test_words_said_of_someone_are_not_read_as_said_to_them(
    transfer: Searcher, question: str, expected: str
) -> None:
    answer = asked_for_words(transfer, question, "Peter Lindqvist")
    assert expected in answer.passages[0].text


SIGNING_STORY = "\n".join(
    [
        "Striker Renata Vasquez signed a three-year contract with Harbor City FC on Friday, "
        "ending months of talks.",
        "Vasquez, 24, scored eleven goals for Millbrook last season and was named young player "
        "of the year.",
        "For Vasquez, the move means a starting place and a salary twice what Millbrook paid her.",
        "For the club, which finished fourth last season, the signing is a bet on promotion.",
        "Harbor City's owner, Peter Lindqvist, said ticket sales had doubled since the talks "
        "began.",
        "Vasquez arrived at the stadium on Thursday evening and met the squad.",
    ]
)


@pytest.fixture(scope="module")
def signing() -> Searcher:
    return searcher_for("signing", SIGNING_STORY)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # before: the passage introducing her (or the owner's) came first, rated high
        ("whats in it for renata tho", "For Vasquez, the move"),
        ("what does vasquez get out of the move to harbor city", "For Vasquez, the move"),
        ("how does vasquez benefit from signing with harbor city", "For Vasquez, the move"),
        # already first before (its words find it), and still
        ("ok but what does the club get out of it", "For the club"),
    ],
)
def test_a_gain_asked_of_someone_is_where_the_story_tells_it_for_them(
    signing: Searcher, question: str, expected: str
) -> None:
    answer = signing.ask(question)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith(expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # getting somewhere, an age: no gain asked
        ("when did vasquez get to the stadium", "Vasquez arrived"),
        ("how old is vasquez", "Vasquez, 24"),
    ],
)
def test_other_questions_naming_someone_are_not_read_as_asking_their_gain(
    signing: Searcher, question: str, expected: str
) -> None:
    answer = signing.ask(question)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith(expected)
