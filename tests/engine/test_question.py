"""Reading questions: the shortcuts taken before the costly patterns never change a reading."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.engine.mentions import MentionFinder
from bot.engine.models import Person
from bot.engine.question import (
    _ASKS_X_WORDS,
    _POSSESSIVE_AFTER,
    _X_WORDS_TAIL,
    QuestionKind,
    _speakers_named,
    _unique,
    read_question,
)
from bot.engine.snapshot import IndexSnapshot
from tests.engine.test_mentions import as_a_name

PIECES = [
    *"Bukele Trump what was the Cornell professor views on comments Remarks QUOTES take".split(),
    *["'", "’", "'s", "’s", "s", " ", "  ", "\n", "-", ".", "?", "ſ", "ı", "é", "2021"],
]
NOUNS = ["comment", "comments", "REMARKS", "view", "views", "Take", "response", "words", "word"]
some_pieces = st.lists(st.sampled_from(PIECES), max_size=8).map("".join)


@st.composite
def x_words_questions(draw: st.DrawFn) -> str:
    """Near "<who>'s <noun of speech>": most match _ASKS_X_WORDS, some just miss it."""
    parts = (
        draw(some_pieces),
        draw(st.sampled_from(["'", "’", "‘", ""])),
        draw(st.sampled_from(["s", "S", "ſ", ""])),
        draw(st.sampled_from([" ", "\t", "  ", ""])),
        draw(st.sampled_from(NOUNS)),
        draw(some_pieces),
    )
    return "".join(parts)


questions = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=14).map("".join), x_words_questions()
)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(question=questions)
def test_asks_x_words_only_matches_where_its_tail_does(question: str) -> None:
    if _ASKS_X_WORDS.search(question):
        assert _X_WORDS_TAIL.search(question)


@pytest.mark.parametrize(
    "question",
    [
        "did Bukele call himself a king, or was that someone else?",
        "Did Leavitt say that or somebody else?",
        "did Miller tell reporters about the deal or did someone else",
    ],
)
def test_a_question_doubting_the_speaker_asks_who_said_it(
    question: str, story_snapshot: IndexSnapshot
) -> None:
    read = read_question(question, story_snapshot.people)
    assert read.kind is QuestionKind.WHO_SAID and not read.speakers


_NAMED = (
    Person(id="a", name="Ada Sims", aliases=("Ada Sims", "Sims"), roles=("mayor",)),
    Person(id="b", name="Bo Sims", aliases=("Bo Sims", "Sims"), roles=("president",)),
    Person(id="c", name="Cy Diaz", aliases=("Cy Diaz", "Diaz", "sims"), roles=("mayor",)),
    Person(id="d", name="Di Mayor", aliases=("Di Mayor", "Mayor"), roles=()),
)
_WHO_PIECES = ["Sims", "sims", "Diaz", "the mayor", "'s", "’s", " aide ", " ", "President", "x"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    pieces=st.lists(st.sampled_from(_WHO_PIECES), min_size=1, max_size=6),
    picks=st.lists(st.tuples(st.integers(0, 3), st.integers(0, 40), st.integers(0, 8))),
    elsewhere=st.lists(st.integers(0, 3), max_size=3),
)
def test_the_speakers_named_are_those_each_found_person_s_own_test_gives(
    pieces: list[str], picks: list[tuple[int, int, int]], elsewhere: list[int]
) -> None:
    """Each found span's people are one group, its possessive and words read once, not once
    per person found there: the speakers are those testing each person's span on its own
    gives, in the same order."""
    who = "".join(pieces)
    finder = MentionFinder(_NAMED)
    spans: dict[tuple[int, int], list[Person]] = {}  # a finder's groups: a span's people once
    for p, s, n in picks:
        people = spans.setdefault((min(s, len(who)), min(s + n, len(who))), [])
        people.extend([] if _NAMED[p] in people else [_NAMED[p]])
    groups = [finder.group(people, who, *span) for span, people in spans.items()]
    outside = finder.group(
        _unique(_NAMED[p] for p in elsewhere), who + " and x", len(who), len(who) + 6
    )
    # the same, a tuple a person
    found = [(p, s, e) for (s, e), people in spans.items() for p in people]
    mentions = [*found, *((p, outside.start, outside.end) for p in outside.people)]
    span = (0, len(who))
    # neither an owner (a possessive after it) nor words right before one, the owner's title
    # ("President Trump's aide")
    owners = [start for _, start, end in found if _POSSESSIVE_AFTER.match(who, end)]
    named = [
        p
        for p, _, end in found
        if not _POSSESSIVE_AFTER.match(who, end)
        and not any(end <= start and not who[end:start].strip() for start in owners)
    ]
    by_name = {p.id for p, s, e in found if as_a_name(who[s:e]) in finder.names_of(p)}
    want = _unique(p for p in named if p.id in by_name) or _unique(named)
    if len(want) > 1:
        others = {p.id for p, start, _ in mentions if not span[0] <= start < span[1]}
        want = [p for p in want if p.id not in others] or want
    assert _speakers_named(who, groups, [*groups, outside], span) == tuple(want)
    assert [(p, s, e) for people, s, e, _ in groups for p in people] == found


# A newsroom's crowd: hundreds of people sharing a few surnames and roles, some of them also
# Riverton's (their own word for a qualifier).
_FIRSTS = "Ada Bo Cy Dee Eli Fay Gus Hal Ivy Jo".split()
_SURNAMES = "Okoro Lindqvist Haas".split()
_ROLES = ("mayor", "judge", "president")
_CROWD = (
    *(
        Person(
            id=f"p{i}",
            name=f"{_FIRSTS[i % 10]} {_SURNAMES[i % 3]}",
            aliases=(f"{_FIRSTS[i % 10]} {_SURNAMES[i % 3]}", _SURNAMES[i % 3]),
            roles=(_ROLES[i % 7 % 3], *(("Riverton councillor",) if i % 11 == 0 else ())),
        )
        for i in range(600)
    ),
    Person(id="noor", name="Noor Mayor", aliases=("Noor Mayor", "Mayor"), roles=("judge",)),
)


def _holding(role: str) -> list[Person]:
    return [p for p in _CROWD if role in p.roles]


def _crowd_readings() -> list[tuple[str, list[Person]]]:
    okoro = [p for p in _CROWD if "Okoro" in p.aliases]
    presidents = _holding("president")
    return [
        ("what did Okoro say about the bridge?", okoro),
        ("what did Ivy Haas say about the bridge?", [p for p in _CROWD if p.name == "Ivy Haas"]),
        ("what did the judge say about the levy?", _holding("judge")),
        ("what did the judges say about the levy?", _holding("judge")),
        # a role shared is not whom the question names elsewhere: there, the topic
        ("what did the judge say about Okoro?", [p for p in _holding("judge") if p not in okoro]),
        # the role of many is the name of one: her
        ("what did the mayor say about the levy?", [_CROWD[-1]]),
        (
            "what did the Riverton president say?",
            [p for p in _holding("Riverton councillor") if p in presidents],
        ),
        (  # nor are the mayors and judges, whom it names elsewhere
            "what did Okoro say about the mayor and the judge?",
            [p for p in okoro if p in presidents],
        ),
        ("Lindqvist's comments on the levy?", [p for p in _CROWD if "Lindqvist" in p.aliases]),
    ]


@pytest.mark.parametrize(("question", "speakers"), _crowd_readings())
def test_a_crowd_sharing_surnames_and_roles_reads_each_speaker_group(
    question: str, speakers: list[Person]
) -> None:
    """Hundreds of people share each surname and role: the question's speakers are all of
    those the words name, in the story's order, read from a group per span."""
    read = read_question(question, MentionFinder(_CROWD))
    assert read.kind is QuestionKind.SPEAKER
    assert speakers and [p.id for p in read.speakers] == [p.id for p in speakers]
    assert [p.id for p in read.mentioned] == list(
        dict.fromkeys(p.id for p, _, _ in MentionFinder(_CROWD).find(question))
    )
