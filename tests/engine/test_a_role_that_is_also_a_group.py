"""A role a person holds, asked by a noun WordNet also has for a group ("the union head":
"head" is "a person who is in charge", a kind of leader, and the front of a procession, a
group), is read as that person, as "the union leader" is: the one the story describes by a
clause leading what the words qualify it by ("Dana Whitlock, who ... leads the
millworkers' union"), or by a clause with the noun's own verb ("who heads the growers'
cooperative"). On main such words were read as no one, and, the story never using the noun,
refused as a group it never names ("The story doesn't mention the union head."). Where the
story describes no such person, the question is refused as someone it does not quote, not
as a body never named; bodies it never names ("the opposition", "the stock market") are
refused as before."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import asked_for_words, searcher_for

MILL_STORY = "\n".join(
    [
        "The Corran paper mill will lay off 140 workers in March, its owner, Halvard Pulp,"
        " said on Thursday, blaming a slump in orders for packaging board.",
        "Dana Whitlock, who has run a rewinder at the mill for 22 years and leads the"
        " millworkers' union, said the cuts would empty the town's night shift. “Half of my"
        " members will be out of work by spring,” Whitlock said.",
        "Plant manager Ivo Renner said the layoffs were the only way to keep the mill open."
        " “We would rather run at half speed than not at all,” Renner said.",
        "Mayor Colleen Abara said the town would ask the state for retraining money.",
    ]
)

ORCHARD_STORY = "\n".join(
    [
        "A late frost killed most of the apricot blossoms in the Tessel valley this week,"
        " growers said.",
        "Marco Ilves, who heads the growers' cooperative, said the harvest could fall by"
        " two-thirds. “I have not seen a spring like this in thirty years,” Ilves said.",
        "County agent Bea Lund said frost insurance would cover part of the losses.",
    ]
)


SCHOOL_STORY = "\n".join(
    [
        "Ridgeway High will start classes an hour later next fall, the district said on Friday.",
        "Principal Alma Soto said students were falling asleep in first period. “Half my"
        " seniors are zombies at 7:30,” Soto said.",
        "Bus driver Ken Oduya said the later start would clash with the elementary routes.",
    ]
)


@pytest.fixture(scope="module")
def mill() -> Searcher:
    return searcher_for("mill", MILL_STORY)


@pytest.fixture(scope="module")
def orchard() -> Searcher:
    return searcher_for("orchard", ORCHARD_STORY)


@pytest.fixture(scope="module")
def school() -> Searcher:
    return searcher_for("school", SCHOOL_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "what did the union head say about the layoffs",
        "what did the head of the union say",
        "how did the millworkers union head react to the cuts",
        "the union head - what did she say about spring",
    ],
)
def test_a_head_of_something_is_its_leader(mill: Searcher, question: str) -> None:
    answer = asked_for_words(mill, question, "Dana Whitlock")
    assert "Half of my members" in answer.passages[0].text


def test_a_head_told_by_its_own_verb(orchard: Searcher) -> None:
    """The noun asked's own verb tells the clause: "who heads the growers' cooperative"."""
    answer = asked_for_words(orchard, "what did the cooperative head say", "Marco Ilves")
    assert "thirty years" in answer.passages[0].text


def test_the_head_of_a_school_is_its_principal(school: Searcher) -> None:
    """The sense whose definition names what they are in charge of: a school's head is its
    principal ("the educator who has executive authority for a school"), not a leader the
    story describes no one as: searched, the principal's passage first, in both orders (on
    main "the school head" was refused as a group never named; "the head of the school",
    searched there, is not refused as a leader not quoted)."""
    for question in ("what did the school head say", "what did the head of the school say"):
        answer = school.ask(question)
        assert answer.answered, (question, answer.reason)
        assert "zombies" in answer.passages[0].text


def test_the_leader_of_something_is_read_as_its_qualifier_before_it(mill: Searcher) -> None:
    """The words after "of" qualify the role: "the leader of the union" is "the union
    leader" (refused on main as someone not quoted)."""
    asked_for_words(mill, "what did the leader of the union say about the cuts", "Dana Whitlock")


def test_a_head_the_story_describes_no_one_as_is_someone_not_quoted(orchard: Searcher) -> None:
    """No one leads a union here: a person not quoted, not a group never mentioned."""
    answer = orchard.ask("what did the union head say about the frost")
    assert not answer.answered
    assert answer.reason is not None
    assert answer.reason.startswith("The story doesn't quote the union head")


@pytest.mark.parametrize(
    ("role", "group"),
    [
        ("what did the union head say", "what did the opposition say about the layoffs"),
        ("what did the head of the union say", "how did the stock market react to the layoffs"),
    ],
)
def test_a_role_read_beside_a_body_never_named(mill: Searcher, role: str, group: str) -> None:
    """The role is read as its holder in the story where a body it never names, asked the
    same way, is still refused as never mentioned."""
    asked_for_words(mill, role, "Dana Whitlock")
    answer = mill.ask(group)
    assert not answer.answered
    assert answer.reason is not None
    assert answer.reason.startswith("The story doesn't mention the ")
