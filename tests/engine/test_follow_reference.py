"""A message's later question reading whom an earlier sentence names, and follow-ups asking
for more: on stories of their own."""

from __future__ import annotations

import pytest

from bot.engine.answer import Answer
from bot.engine.search import Searcher
from bot.engine.search.settings import FollowUp
from tests.engine.stories import searcher_for

HARBOUR_STORY = "\n".join(
    [
        "Harbour minister Lena Okafor met the fishermen's union in Dunmore on Monday.",
        "The talks came as a court ordered the release of Tomas Reyes, a Galway man the "
        "port police held in March over a catch dispute.",
        "But at the talks, Okafor said it would be “unthinkable” for her to free Reyes before "
        "the inquiry ends.",
        "“I have no authority to open that cell before the inquiry,” Okafor said. “The "
        "inquiry decides, not me.”",
        "Okafor has called the union's leaders “hard men” and “the loudest men on the quay.” "
        "Both sides have pledged to keep the market open.",
        "Union leader Brendan Walsh said the catch dispute had cost members a season.",
        "Reyes, 41, has fished out of Dunmore for twenty years.",
    ]
)


@pytest.fixture(scope="module")
def harbour() -> Searcher:
    return searcher_for("harbour", HARBOUR_STORY)


@pytest.mark.parametrize(
    "message",
    [
        # a greeting, a statement naming her by her role inside a clause, then the question
        "Good morning all. On the radio they played a bit where the harbour minister "
        "explained why she wouldn't let that Galway man go. What exactly did she say?",
        "the harbour minister explained why she wouldn't let that Galway man go. "
        "What exactly did she say?",
    ],
)
def test_a_pronoun_means_whom_a_sentence_before_it_describes(
    harbour: Searcher, message: str
) -> None:
    # before: "she" was no one and the whole message was searched ("Good morning all." made
    # the rest one question), or her passage holding "men" came first (the role's "man"),
    # rated high
    answer = harbour.ask(message)
    assert answer.answered, answer.reason
    assert answer.asked_speaker == "Lena Okafor"
    assert answer.passages[0].text.startswith(("“I have no authority", "But at the talks"))


@pytest.mark.parametrize(
    "question",
    ["what did okafor say about the galway man", "what did the minister say about the galway man"],
)
def test_someone_named_by_a_role_is_looked_for_by_name_in_a_speakers_words(
    harbour: Searcher, question: str
) -> None:
    # before: her passage calling the union's leaders "hard men" first ("man"), rated high
    answer = harbour.ask(question)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith(("“I have no authority", "But at the talks"))
    assert all("hard men" not in passage.text for passage in answer.passages)


SIGNING_STORY = "\n".join(
    [
        "Striker Renata Vasquez signed a three-year contract with Harbor City FC on Friday.",
        "Vasquez, 24, scored eleven goals for Millbrook last season.",
        "For Vasquez, the move means a starting place and a salary twice what Millbrook paid.",
        "For the club, which finished fourth last season, the signing is a bet on promotion.",
        "Harbor City's owner, Peter Lindqvist, said ticket sales had doubled.",
        "Vasquez arrived at the stadium on Thursday evening and met the squad.",
    ]
)


def test_asking_what_else_a_gain_brings_shows_nothing_shown_already() -> None:
    signing = searcher_for("signing-more", SIGNING_STORY)
    first = signing.ask("whats in it for renata tho")
    assert first.passages[0].text.startswith("For Vasquez, the move")
    shown = tuple((p.story_id, p.paragraph) for p in first.passages)
    for question in ("anything else in it for renata?", "what else does vasquez get out of it"):
        again = signing.ask(question, follow_up=FollowUp(first.question, None, shown))
        # before: "For Vasquez, the move ..." again, first
        assert not {(p.story_id, p.paragraph) for p in again.passages} & set(shown)


VISIT_STORY = "\n".join(
    [
        "Prime Minister Ana Lindgren hosted Chancellor Piet Vermeulen in Stockholm on Tuesday.",
        "“It is a pleasure to welcome a friend,” Lindgren said.",
        "“Sweden has always been generous to us,” Vermeulen said in return. “We will keep "
        "trading with Sweden.”",
        "The two leaders signed a trade pact covering timber and steel.",
    ]
)


@pytest.fixture(scope="module")
def visit() -> Searcher:
    return searcher_for("visit", VISIT_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "Is Vermeulen planning to make a return visit to Sweden?",
        "is vermeulen going to pay a return visit to sweden",
    ],
)
def test_a_word_held_only_inside_an_idiom_is_not_the_word_asked(
    visit: Searcher, question: str
) -> None:
    # before: "Vermeulen said in return" rated high ("return" and "Sweden" held)
    answer = visit.ask(question)
    assert answer.confidence != "high"


def test_the_idiom_asked_is_held(visit: Searcher) -> None:
    answer = visit.ask("what did vermeulen say in return")
    assert answer.answered, answer.reason
    assert "in return" in answer.passages[0].text
    assert answer.confidence == "high"


DOCKS_STORY = "\n".join(
    [
        "Mayor Dana Whitfield met the dock workers' union in Port Ellis on Monday.",
        "The meeting came as a judge ordered the city to reopen the case of Omar Haddad, a "
        "crane operator the city police arrested in March.",
        "But at the meeting, Whitfield said it would be “absurd” for her to hand Haddad over "
        "to the county.",
        "“Why would I give a dangerous man to the county?” Whitfield said, adding that she "
        "would not release him from prison either. “I don't have the power to hand him over.”",
        "Whitfield has called herself a “law and order mayor.”",
        "Haddad, 52, has worked on the docks for thirty years.",
    ]
)


@pytest.fixture(scope="module")
def docks() -> Searcher:
    return searcher_for("docks", DOCKS_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "is whitfield going to let haddad out of jail",
        "will whitfield let haddad out",
        "so is whitfield at least gonna let the haddad guy outta jail or nah",
        "is whitfield gonna let the haddad guy outta the cell",  # "outta": "out" (of)
    ],
)
def test_whether_they_will_do_it_is_their_own_words_when_those_tell_it(
    docks: Searcher, question: str
) -> None:
    # before: the passage relaying her words ("absurd ... to hand Haddad over") first, rated
    # high; her own words ("would not release him from prison") second
    answer = docks.ask(question)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith("“Why would I give")
    assert answer.passages[1].text.startswith("But at the meeting")


def test_whether_they_will_do_what_the_relaying_passage_tells_keeps_it_first(
    docks: Searcher,
) -> None:
    answer = docks.ask("will whitfield hand haddad over to the county")
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith("But at the meeting")


RENO_STORY = "\n".join(
    [
        "Senator Alan Price met Governor Maria Soto in Reno on Friday.",
        "Price's aide, Tom Becker, met with Soto's staff in June to plan the visit.",
        "Former governor Jim Hale met Soto in 2021, but the talks went nowhere.",
        "Becker said the visit had been months in the making.",
        "Soto said the state would welcome more visits.",
    ]
)


@pytest.fixture(scope="module")
def reno() -> Searcher:
    return searcher_for("reno", RENO_STORY)


def _after(searcher: Searcher, first: str, then: str) -> Answer:
    turn = searcher.ask(first)
    shown = tuple((p.story_id, p.paragraph) for p in turn.passages)
    return searcher.ask(then, follow_up=FollowUp(turn.question, turn.asked_speaker_id, shown))


def test_a_follow_ups_pronoun_means_whom_the_turn_before_asked_about(reno: Searcher) -> None:
    # before: "when did he meet soto" of no one: the former governor's meeting in 2021 first,
    # rated high
    answer = _after(reno, "who is tom becker", "when did he meet soto?")
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith("Price's aide, Tom Becker")


def test_a_follow_up_asking_their_words_by_a_pronoun_asks_whom_the_turn_named(
    reno: Searcher,
) -> None:
    # before: refused ("I can't tell who you mean")
    answer = _after(reno, "who is tom becker", "what did he say about the visit?")
    assert answer.answered, answer.reason
    assert answer.asked_speaker == "Tom Becker"
    assert answer.passages[0].text.startswith("Becker said")
    # a pronoun of the other sex than the name's means no one the turn named
    other = _after(reno, "who is maria soto", "what did he say about the visit?")
    assert other.asked_speaker != "Maria Soto"
