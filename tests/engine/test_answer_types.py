"""What kind of answer a question asks for, and how the engine uses it; how a question names
(or does not name) a speaker. Wordings of their own, none from the question sets."""

from __future__ import annotations

import dataclasses
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine.answer_types import (
    _NUMBER_OR_DATE,
    AnswerKind,
    counted_word,
    expected_kind,
    form_spans,
    holds_kind,
    holds_number,
    name_spans,
    named_thing,
)
from bot.engine.confidence import Signals, probability
from bot.engine.corpus import load_corpus
from bot.engine.search import Searcher, SearchSettings
from bot.engine.snapshot import IndexSnapshot
from tests.engine.stories import searcher_for

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("how much cash changed hands?", AnswerKind.AMOUNT),
        ("ok so how many prisoners are there", AnswerKind.COUNT),
        ("How old is the professor?", AnswerKind.AGE),
        ("when exactly did the video go up", AnswerKind.DATE),
        ("what year was the decree?", AnswerKind.DATE),
        ("how long ago was that", AnswerKind.DATE),
        ("how long has the emergency lasted?", AnswerKind.DURATION),
        ("who turned him down", AnswerKind.PERSON),
        # a time to come
        ("When will the new wing open?", AnswerKind.FUTURE),
        ("so when's the mayor going to sign it", AnswerKind.FUTURE),
        ("how soon do the talks resume", AnswerKind.FUTURE),
        ("when does the mayor's term end", AnswerKind.FUTURE),  # the present: still to come
        ("when was the new wing opened?", AnswerKind.DATE),
        # a noun that names an amount or a count
        ("what's the population of the island?", AnswerKind.COUNT),
        ("What is the population of Leeds", AnswerKind.COUNT),
        ("whats the fee they charge per visitor", AnswerKind.AMOUNT),
        ("so what was the price of the ticket", AnswerKind.AMOUNT),
        # a share as chat writes it, the sign for the word
        ("what % of the town voted for the levy", AnswerKind.COUNT),
        ("whats the % of kids in the program", AnswerKind.COUNT),
        ("what percent turned out", AnswerKind.COUNT),
        ("what did the mayor say about the 5% raise", None),  # words, not a share
        ("what is the name of the prison", None),
        ("why does he care", None),
        ("what did he say when they met", None),  # words, not a date
        # a yes-or-no question asking the number after it, too short to be a question alone
        ("did the levy pass, and by how much?", AnswerKind.AMOUNT),
        ("were any arrests made and if so how many", AnswerKind.COUNT),
        ("did they meet and how long ago", AnswerKind.DATE),
        ("did the levy pass and how", None),
    ],
)
def test_a_question_asks_for_a_kind_of_answer(question: str, kind: AnswerKind | None) -> None:
    assert expected_kind(question) == kind


@pytest.mark.parametrize(
    ("kind", "holding", "lacking"),
    [
        (AnswerKind.AMOUNT, "They were paid $12 million last year.", "It opened two years ago."),
        (AnswerKind.AMOUNT, "It costs 40 times more.", "In 2019 they met."),
        (AnswerKind.COUNT, "He freed 300 inmates.", "He took office in 2019 on Monday."),
        (AnswerKind.AGE, "Smith, 61, said so.", "Smith said 61 people came."),
        (AnswerKind.DATE, "They met on Tuesday.", "They met 4 times."),
        (AnswerKind.DATE, "It happened in 2015.", "Hundreds were there."),
        (AnswerKind.DURATION, "For several years now.", "Hundreds were there."),
        # a point in time says when, not for how long
        (AnswerKind.DURATION, "The talks ran for two weeks.", "She said last week they would."),
        (AnswerKind.DURATION, "It lasted three days.", "The plan is due this year."),
        # only times gone by: the story has not said when it will be
        (AnswerKind.FUTURE, "Work is set to begin next month.", "They met on Tuesday."),
        (AnswerKind.FUTURE, "She will sign it on Friday.", "He signed it in 2015."),
    ],
)
def test_a_passage_holds_a_kind_of_answer_or_not(
    kind: AnswerKind, holding: str, lacking: str
) -> None:
    assert holds_kind(kind, holding)
    assert not holds_kind(kind, lacking)


def test_the_words_asking_for_the_kind_are_not_the_topic() -> None:
    question = "how long have the two been friends, and what year did it start"
    assert [question[a:b] for a, b in form_spans(question)] == ["how long", "what year"]


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("what's the name of the notorious prison?", "notorious prison"),
        ("whats the old bridge called", "old bridge"),
        ("does the new ferry even have a name", "new ferry"),
        ("what is the mayor's dog's name", "mayor's dog"),
        ("how many criminals were named on the list", None),  # a count, not a name
        ("what did the mayor call the plan", None),
    ],
)
def test_a_question_asks_what_something_is_called(question: str, thing: str | None) -> None:
    named = named_thing(question)
    assert (named.strip() if named else None) == thing
    if thing is not None:  # "name", "called" ask for the kind, they are not the topic
        assert form_spans(question)


def test_a_name_is_a_run_of_capitalised_words() -> None:
    text = "But the ferry, the Santa Lucia, left Port Ellen. The crew stayed in the U.S. Navy."
    found = [text[a:b] for a, b in name_spans(text)]
    assert found == ["Santa Lucia", "Port Ellen", "U.S. Navy"]


def test_what_how_many_counts() -> None:
    question = "how many of the guards were fired"
    at = counted_word(question)
    assert at is not None and question[at:].startswith("guards")
    assert counted_word("how many times did they meet") is None
    assert counted_word("how many did they deport") is None
    # the quantity a "what is the ..." question asks for: a number of something else is not it
    question = "what's the population of Leeds"
    at = counted_word(question)
    assert at is not None and question[at:].startswith("population")


def test_an_amount_found_by_meaning_alone_still_comes_first(
    story_snapshot: IndexSnapshot, searcher: Searcher
) -> None:
    """¶24 ("has received $6 million") shares no telling word with the question, and ¶8
    shares "earned" through a WordNet synonym of "pay". That synonym alone kept the candidates
    to the passages holding it (and ¶24 came in by closeness in meaning only, first by the
    kind's bonus after fusion); a synonym no longer picks the candidates alone (the story uses
    none of the question's own telling words), and ¶24 comes first with or without the bonus."""
    question = "how much is el salvador getting paid by the us"
    assert searcher.ask(question).passages[0].paragraph == 24
    plain = Searcher(story_snapshot, SearchSettings(answer_type_bonus=0.0))
    assert plain.ask(question).passages[0].paragraph == 24


def test_a_number_of_something_else_is_no_sign_of_an_answer(searcher: Searcher) -> None:
    signals = searcher.confidence_signals("how many soldiers guard the salvadoran prison")
    assert signals is not None and signals.answer_type == -1.0


def test_a_share_asked_with_the_sign_is_not_answered_by_a_passage_without_one(
    searcher: Searcher,
) -> None:
    """ "what %" asks for a number as "what percentage" does: ¶28 tells of the reelection and
    holds no number, so it is shown as the closest passage, not as the answer."""
    answer = searcher.ask("what % of voters backed bukele's reelection")
    assert answer.answered and answer.confidence == "low"
    signals = searcher.confidence_signals("what % of voters backed bukele's reelection")
    assert signals is not None and signals.answer_type == -1.0


def test_a_number_asked_after_a_yes_or_no_question_needs_a_number() -> None:
    """ "did it pass, and by how much?" of a passage telling that it passed and no figure: the
    closest passage, not the answer (before: the tail was read as no kind asked, and the
    passage holding every topic word was rated high)."""
    levy = searcher_for(
        "levy",
        "\n".join(
            [
                "The school levy passed on Tuesday after a long campaign by parents.",
                "The mayor said the new classrooms would open in two years.",
            ]
        ),
    )
    answer = levy.ask("did the school levy pass and by how much?")
    assert answer.answered and answer.confidence == "low"
    assert "levy passed" in answer.passages[0].text
    assert levy.ask("did the school levy pass?").confidence == "high"


def test_someone_criticized_is_not_the_speaker(searcher: Searcher) -> None:
    """Passive: "is Bukele criticized" asks about criticism of him, which the story gives
    without quoting him (¶27); read as his own words it found only his quotes."""
    answer = searcher.ask("Why has Bukele been criticized over Taiwan?")
    assert answer.asked_speaker is None
    assert answer.passages[0].paragraph == 27


def test_quoted_as_saying_keeps_the_speaker(searcher: Searcher) -> None:
    answer = searcher.ask("What was Bukele quoted as saying about the fee?")
    assert answer.asked_speaker == "Nayib Bukele"


def test_a_clause_before_a_speech_noun_is_not_a_speaker(searcher: Searcher) -> None:
    """ "reports" is a noun here: the many words before it are no one's name."""
    answer = searcher.ask("why don't the trump people care about the abuse reports")
    assert answer.asked_speaker is None


def test_a_reflexive_is_part_of_what_was_said(searcher: Searcher) -> None:
    """ "called himself" (¶17), not "called" something else (¶24)."""
    answer = searcher.ask("so what does bukele like to call himself")
    assert answer.passages[0].paragraph == 17


def test_a_name_typed_in_lower_case_the_story_never_quotes_is_refused(
    searcher: Searcher,
) -> None:
    answer = searcher.ask("what did gavin newsom say about the prison deal")
    assert not answer.answered
    assert answer.reason is not None and "doesn't quote gavin newsom" in answer.reason


def test_agreement_of_meaning_raises_confidence(searcher: Searcher) -> None:
    apart = Signals(
        coverage=0.5,
        known=1.0,
        answer_type=0.0,
        speaker=0.0,
        speaker_pick=0.0,
        margin=0.3,
        meaning_agrees=0.0,
        sole_and_closest=0.0,
    )
    agreeing = replace(apart, meaning_agrees=1.0)
    assert probability(agreeing) > probability(apart)
    # ¶13 is both the best passage by the words and the closest in meaning of all
    signals = searcher.confidence_signals("did the supreme court rule unanimously on garcia")
    assert signals is not None and signals.meaning_agrees == signals.coverage > 0


@pytest.mark.parametrize(
    ("question", "pick"),
    [
        ("what did bukele say about eagerness", 1.0),  # one of his passages (¶7) holds it
        ("what did trump say about people", 0.5),  # ¶9 and ¶16 ("sick people")
        ("what did bukele say", 1.0),  # no topic: any quote of his answers
        ("what did trump say about the free world", 0.0),  # Bukele's words (¶7), not his
        # ¶13 holds "return" and "Garcia", ¶14 only "return": the one holding all is meant
        ("what did bukele tell the press about returning garcia to the us", 1.0),
    ],
)
def test_a_speaker_question_reads_how_many_of_their_passages_hold_the_topic(
    searcher: Searcher, question: str, pick: float
) -> None:
    signals = searcher.confidence_signals(question)
    assert signals is not None and signals.speaker == 1.0
    assert signals.speaker_pick == pytest.approx(pick)


def test_the_only_passage_of_a_speaker_on_the_topic_raises_confidence() -> None:
    shared = Signals(
        coverage=0.4,
        known=1.0,
        answer_type=0.0,
        speaker=1.0,
        speaker_pick=0.5,
        margin=0.0,
        meaning_agrees=0.0,
        sole_and_closest=0.0,
    )
    alone = dataclasses.replace(shared, speaker_pick=1.0)
    assert probability(alone) > probability(shared)


def test_how_long_is_not_about_long_running_things(searcher: Searcher) -> None:
    """ "long" asks for a span of time: it must not find "long-running" (¶1)."""
    answer = searcher.ask("how long have bukele and trump been buddies")
    assert "long" not in answer.matched_terms
    assert answer.passages[0].paragraph != 1


# Characters at the edges of `holds_number`'s word-by-word reading: case folds beyond ASCII
# ("ſ" is "s", "K" is "k" to the search), digits and spaces of other scripts, the marks it
# reads as plain, letters that make a longer word, and the list's own words.
_EDGES = [
    *"aAeEhHiIkKnNoOsStTwWy _-.,'5\t\n",
    *"“”‘’—–…ſKıİ\u00a0\u2009٣éß",
    *("ten", "TEN", "Ten", "this", "last", "week", "weeks", "years", "term", "ago", "ſeven"),
]


@given(st.lists(st.sampled_from(_EDGES), max_size=14).map("".join))
@settings(max_examples=3_000, deadline=None)
def test_holds_number_reads_as_the_full_search_does(text: str) -> None:
    assert holds_number(text) == (_NUMBER_OR_DATE.search(text) is not None)


def test_holds_number_on_the_story_s_paragraphs_as_the_full_search_does() -> None:
    story = load_corpus(REPO / "corpus")[0]
    found = [holds_number(p.text) for p in story.paragraphs]
    assert found == [_NUMBER_OR_DATE.search(p.text) is not None for p in story.paragraphs]
    assert any(found) and not all(found)
