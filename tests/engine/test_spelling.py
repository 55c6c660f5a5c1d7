"""Misspelt names and words are read as the ones the story uses; real words are never
replaced."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from bot.engine.snapshot import IndexSnapshot
from bot.engine.spelling import NameSpeller, WordSpeller
from bot.engine.text import terms, tokens
from tests.engine.stories import searcher_for


@pytest.fixture(scope="module")
def speller(story_snapshot: IndexSnapshot) -> NameSpeller:
    return NameSpeller(story_snapshot.people, story_snapshot.index)


@pytest.mark.parametrize(
    ("question", "corrected"),
    [
        ("what did bukle say", "what did bukele say"),
        ("What did Bukel say?", "What did Bukele say?"),
        ("What did Karoline Levitt say?", "What did Karoline Leavitt say?"),
        ("did Stephen Miler tell reporters", "did Stephen Miller tell reporters"),
        ("what did human rights wach say", "what did human rights watch say"),
        ("what did Bukeel say", "what did Bukele say"),  # two letters swapped: one edit
        ("what did Buekle say", "what did Bukele say"),
        ("What did Bukel's spokesman say?", "What did Bukele's spokesman say?"),
    ],
)
def test_misspelt_names_are_corrected(speller: NameSpeller, question: str, corrected: str) -> None:
    assert speller.correct(question) == corrected


@pytest.mark.parametrize(
    "question",
    [
        "What did Putin say?",  # nobody in the story: left for the engine to say so
        "What did Boris say?",
        "Are there human rights concerns about Salvadoran prisons?",  # every word is known
        "What is the weather like?",  # real words the story lacks stay as they are
        "Who won the World Cup?",
        "What did Homan say?",  # one edit from "Human" (Rights Watch), but nobody's name
    ],
)
def test_other_words_are_left_alone(speller: NameSpeller, question: str) -> None:
    assert speller.correct(question) == question


def test_a_misspelt_speaker_still_gets_their_quotes(searcher: Searcher) -> None:
    answer = searcher.ask("what did bukle say about returning garcia")
    assert answer.question == "what did bukle say about returning garcia"  # as asked
    assert answer.asked_speaker == "Nayib Bukele"
    assert [p.paragraph for p in answer.passages[:2]] == [14, 13]  # his own words first


@pytest.fixture(scope="module")
def word_speller(searcher: Searcher) -> WordSpeller:
    return WordSpeller(searcher.snapshot.index, searcher._has_prefix)


def _corrected_terms(speller: WordSpeller, text: str) -> list[str]:
    return [t.term for t in speller.correct(text, tokens(text))]


@pytest.mark.parametrize(
    ("question", "meant"),
    [
        ("How much did El Salvador recieve?", "How much did El Salvador receive?"),  # swapped
        ("How many people were detaned?", "How many people were detained?"),  # dropped
        ("Did the Supremme Court rule?", "Did the Supreme Court rule?"),  # doubled
        ("What about Salvadroan prisons?", "What about Salvadoran prisons?"),
        ("Who visited first from Latin Amreica?", "Who visited first from Latin America?"),
        ("What about Amreica's crime?", "What about America's crime?"),
        ("Are there concerns aboout prisons?", "Are there concerns about prisons?"),  # stop word
        ("Are there concerns abot prisons?", "Are there concerns about prisons?"),
    ],
)
def test_misspelt_words_get_the_terms_the_story_uses(
    word_speller: WordSpeller, question: str, meant: str
) -> None:
    assert _corrected_terms(word_speller, question) == terms(meant)


@pytest.mark.parametrize(
    "question",
    [
        "What is the weather like?",  # English words the story lacks: the story is silent
        "What did Bukele say about bitcoin?",
        "What did Obama say?",  # a name the story never mentions, however close to a word
        "What did Trump say about Musk?",  # one edit from "must", but a name
        "Who won the Wrld Cup?",  # too short to guess from
        "What did they say about the borderr?",  # "border" and "borders"? both one term
    ],
)
def test_real_words_and_unknown_names_keep_their_terms(
    word_speller: WordSpeller, question: str
) -> None:
    corrected = _corrected_terms(word_speller, question)
    if question.endswith("borderr?"):
        assert corrected[-1] in terms("border")  # corrected, since both mean the same term
    else:
        assert corrected == terms(question)


def test_a_misspelt_topic_word_finds_the_passage_instead_of_silence(searcher: Searcher) -> None:
    for clean_question, misspelt_question in [
        (
            "How much money did El Salvador receive for the deportees?",
            "How much money did El Salvador recieve for the deportees?",
        ),
        (
            "How many people have been detained in El Salvador?",
            "How many people have been detaned in El Salvador?",
        ),
    ]:
        clean, misspelt = searcher.ask(clean_question), searcher.ask(misspelt_question)
        assert clean.answered and misspelt.answered, misspelt.reason
        assert misspelt.passages[0].paragraph == clean.passages[0].paragraph
        assert misspelt.question == misspelt_question  # quoted back as asked


@pytest.mark.parametrize(
    ("question", "meant"),
    [
        ("How much did El Salvador recieve?", "How much did El Salvador receive?"),
        ("Did the Supremme Court rule?", "Did the Supreme Court rule?"),
        ("Recieve what?", "Receive what?"),  # capitalised as written
        ("What did Bukele say about bitcoin?", "What did Bukele say about bitcoin?"),
        ("What did Trump say about Musk?", "What did Trump say about Musk?"),
    ],
)
def test_misspelt_words_are_written_as_meant_for_reading_the_question(
    word_speller: WordSpeller, question: str, meant: str
) -> None:
    words = word_speller.correct(question, tokens(question))
    assert word_speller.written_as_meant(question, words) == meant


ROLE_STORY = "\n".join(
    [
        "The Riverton town council voted Tuesday to close the old harbour bridge for repairs.",
        "The steel supports have rusted badly, according to harbour director Tom Reyes.",
        "“Another storm could bring the whole span down,” Reyes said.",
        "Mayor Linda Okafor said the closure would last until spring.",
        "“Drivers should plan longer routes to the east bank,” Okafor added.",
        "Traffic on the bridge averages 12,000 cars a day.",
        "The ferry service will add two boats during the closure.",
        "Work on the bridge is expected to begin in March.",
    ]
)


@pytest.mark.parametrize(
    "question",
    [
        "acording to the mayor, how long will the bridge stay shut?",
        "Acording to Okafor, when does the bridge reopen",
    ],
)
def test_a_misspelt_word_of_the_question_is_read_as_meant(question: str) -> None:
    """The cue of whose words are asked for ("according to") is read from the question's
    text: a misspelling the search would have corrected no longer hides it."""
    answer = searcher_for("bridge", ROLE_STORY).ask(question)
    assert answer.asked_speaker == "Linda Okafor"
    assert answer.passages[0].text.startswith("Mayor Linda Okafor said")


def test_a_name_the_story_does_not_know_is_not_read_as_a_word_of_it() -> None:
    """ "marco" is one edit from the story's "March": the search reads it so, but the question
    still asks for someone the story does not quote, named as typed."""
    answer = searcher_for("bridge", ROLE_STORY).ask("what did marco rubio say about the bridge")
    assert not answer.answered
    assert answer.reason == "The story doesn't quote marco rubio."
