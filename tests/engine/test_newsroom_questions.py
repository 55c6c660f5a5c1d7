"""How journalists ask in a newsroom chat, terse and in editor-speak: "anything from X on Y?"
asks for X's words; "X himself" is X; "per X" says whose account is wanted, as "according to
X" does; "how did X respond" of someone the story names but never quotes asks what it tells
of them; and a line saying what the answer is needed for ("need it for the ID line") is no
part of what is asked."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import asked_for_words, searcher_for

HARBOUR_STORY = "\n".join(
    [
        (
            "The Dalton harbour will get a new ferry terminal after the city council approved "
            "the plan Tuesday."
        ),
        (
            "Councilwoman Inez Moreau, who led the push, met with former Mayor Glen Ostrow over "
            "the weekend before the vote."
        ),
        (
            "“This terminal is the biggest thing to happen to the waterfront in fifty years,” "
            "Moreau, 51, said."
        ),
        "“We waited too long, and the ferries kept breaking down while we argued,” she added.",
        (
            "Moreau first proposed the terminal in 2019, bringing the plan to Ostrow's office "
            "unannounced, which Ostrow turned down."
        ),
        "The terminal will cost $84 million, paid for mostly by a state grant.",
        (
            "According to Dalton University economist Priya Nair, the terminal could double the "
            "number of tourists visiting the harbour."
        ),
        (
            "“For the city, the terminal is a bet that visitors will come back year after year, "
            "which would bring jobs to the east side,” Nair said."
        ),
        "“For the ferry operators, it means a dock that does not flood every spring,” she added.",
        (
            "Dock worker Sam Ferro was injured last year when the old pier collapsed, and he has "
            "been out of work since."
        ),
        "Construction is expected to begin in the spring and last three years.",
    ]
)


@pytest.fixture(scope="module")
def harbour() -> Searcher:
    return searcher_for("harbour", HARBOUR_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "anything from Sam Ferro himself on being out of work?",
        "is there anything from Ferro on the pier collapse?",
    ],
)
def test_anything_from_someone_never_quoted_is_refused(harbour: Searcher, question: str) -> None:
    # Before: read as a plain question and rated high on the passage telling of his injury,
    # which holds no word of his
    answer = harbour.ask(question)
    assert not answer.answered
    assert answer.reason == "Sam Ferro is mentioned in the story but not quoted."


def test_anything_from_someone_quoted_asks_for_their_words(harbour: Searcher) -> None:
    answer = harbour.ask("anything from Nair on tourists?")
    assert answer.answered, answer.reason
    assert answer.asked_speaker == "Priya Nair"
    assert "double the number of tourists" in answer.passages[0].text


def test_something_got_from_someone_is_no_question_of_their_words(harbour: Searcher) -> None:
    # "get anything from X": a thing given, not X's words; searched as a plain question
    answer = harbour.ask("did the city get anything from Nair on tourists?")
    assert answer.answered, answer.reason
    assert answer.asked_speaker is None


def test_a_reflexive_after_the_speaker_is_the_speaker(harbour: Searcher) -> None:
    # Before: "The story doesn't quote the economist herself."
    answer = harbour.ask("what did the economist herself say about jobs?")
    assert answer.answered, answer.reason
    assert answer.asked_speaker == "Priya Nair"
    assert "bring jobs to the east side" in answer.passages[0].text


@pytest.mark.parametrize(
    "question",
    [
        "how did Ostrow respond when Moreau showed up with the plan?",
        "what was Ostrow's reaction to the plan?",
    ],
)
def test_how_someone_never_quoted_reacted_is_what_the_story_tells_they_did(
    harbour: Searcher, question: str
) -> None:
    # Before: "Glen Ostrow is mentioned in the story but not quoted.", where the story tells
    # what he did ("which Ostrow turned down")
    answer = harbour.ask(question)
    assert answer.answered, answer.reason
    assert "which Ostrow turned down" in answer.passages[0].text
    # never vouched for as his response: the passage telling of him may not tell of it
    assert answer.confidence == "low"


def test_how_someone_never_quoted_reacted_is_never_rated_high(harbour: Searcher) -> None:
    # the story tells of his injury, not of how he took it
    answer = harbour.ask("how did Ferro react to the pier collapse?")
    assert answer.answered, answer.reason
    assert answer.confidence == "low"


def test_what_someone_never_quoted_said_is_still_refused(harbour: Searcher) -> None:
    answer = harbour.ask("what did Ostrow say about the plan?")
    assert not answer.answered
    assert answer.reason == "Glen Ostrow is mentioned in the story but not quoted."


def test_what_the_answer_is_needed_for_is_no_name_the_story_never_uses(harbour: Searcher) -> None:
    # Before: "The story doesn't mention ID."
    answer = harbour.ask("how old is Moreau? need it for the ID line")
    assert answer.answered, answer.reason
    assert "Moreau, 51, said" in answer.passages[0].text
    assert answer.confidence == "high"


@pytest.mark.parametrize(
    "question",
    [
        "how old is Moreau? need it for the graf",  # before: low, "graf" a topic word
        "how old is Moreau, need it verbatim for the ID line asap",
    ],
)
def test_what_the_answer_is_needed_for_is_no_part_of_what_is_asked(
    harbour: Searcher, question: str
) -> None:
    answer = harbour.ask(question)
    assert answer.answered, answer.reason
    assert "Moreau, 51, said" in answer.passages[0].text
    assert answer.confidence == "high"


@pytest.mark.parametrize(
    ("question", "words"),
    [
        # "need the quote about jobs", "need the ferries part": what it is about, not what
        # it is for
        ("what did Nair say? need the quote about jobs", "bring jobs to the east side"),
        ("what did Moreau say? need the ferries part", "the ferries kept breaking down"),
    ],
)
def test_a_need_saying_what_about_is_part_of_the_question(
    harbour: Searcher, question: str, words: str
) -> None:
    answer = harbour.ask(question)
    assert answer.answered, answer.reason
    assert words in answer.passages[0].text


@pytest.mark.parametrize(
    ("question", "speaker", "words"),
    [
        # before: Moreau's quote on the waterfront, rated high
        (
            "what does the terminal mean for the waterfront, per the economist",
            "Priya Nair",
            "double the number of tourists",
        ),
        ("per the councilwoman, what does the terminal mean for the city?", "Inez Moreau", ""),
    ],
)
def test_per_someone_asks_for_their_account(
    harbour: Searcher, question: str, speaker: str, words: str
) -> None:
    answer = asked_for_words(harbour, question, speaker)
    assert words in answer.passages[0].text


@pytest.mark.parametrize(
    "question", ["how much will the terminal cost per year?", "how much is it per ferry ride?"]
)
def test_per_before_a_unit_names_no_one(harbour: Searcher, question: str) -> None:
    answer = harbour.ask(question)
    assert answer.answered, answer.reason
    assert answer.asked_speaker is None


PIER_STORY = "\n".join(
    [
        "The old Dalton pier will stay closed through the summer, city officials said Friday.",
        "Fishermen who used the pier have asked the city for months to reopen it.",
        (
            "But at a council meeting, Mayor Lena Ruiz said it would be “reckless” to reopen the "
            "pier before repairs."
        ),
        (
            "“Who would insure a pier that fell into the water last year?” Ruiz said. “We cannot "
            "afford the risk.”"
        ),
        "The repairs are expected to cost $3 million.",
        "Harbour master Tom Adair said the fishermen could use the east dock in the meantime.",
    ]
)


@pytest.fixture(scope="module")
def pier() -> Searcher:
    return searcher_for("pier", PIER_STORY)


def test_a_speakers_reason_in_the_quotation_carrying_on_comes_first(pier: Searcher) -> None:
    # Before: her refusal first ("it would be “reckless” to reopen the pier"), which gives no
    # reason; her reason is the quotation after it, which does not repeat what it is about
    answer = pier.ask("how did Ruiz justify refusing to reopen the pier?")
    assert answer.answered, answer.reason
    assert answer.asked_speaker == "Lena Ruiz"
    assert "Who would insure a pier" in answer.passages[0].text
    assert "reckless" in answer.passages[1].text


def test_anything_quotable_asks_for_the_words_of_the_one_person_named(harbour: Searcher) -> None:
    # Before: a plain question, its answer rated low with no speaker asked
    answer = harbour.ask(
        "what did the economist make of the ferry operators' needs, any good quotes?"
    )
    assert answer.answered, answer.reason
    assert answer.asked_speaker == "Priya Nair"
    assert "a dock that does not flood" in answer.passages[0].text
    assert answer.confidence == "high"


def test_anything_quotable_of_someone_never_quoted_is_refused(harbour: Searcher) -> None:
    # Before: the closest passages, the one telling what he did first
    answer = harbour.ask("how did Ostrow take it, anything quotable?")
    assert not answer.answered
    assert answer.reason == "Glen Ostrow is mentioned in the story but not quoted."


@pytest.mark.parametrize(
    "question",
    [
        "per the plan, what did Nair say about jobs?",
        # before: read as a plain question (the words set off say whose the words are, and
        # were not read past, though they name no one)
        "according to the article, what did Nair say about jobs?",
    ],
)
def test_a_source_set_off_that_names_no_one_leaves_the_speaker_asked(
    harbour: Searcher, question: str
) -> None:
    answer = harbour.ask(question)
    assert answer.answered, answer.reason
    assert answer.asked_speaker == "Priya Nair"
    assert "bring jobs to the east side" in answer.passages[0].text
