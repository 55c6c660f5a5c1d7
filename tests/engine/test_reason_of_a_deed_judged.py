"""A deed judged gives the reason of whom the passage relays judging it: "Okafor said it would be
“reckless” for her to reopen the north pier" answers "why won't okafor reopen the north pier" (a
construction of English, "it would be <adjective> for her to <deed>", not the story's own
words), as "because" would. Read for the confidence model where the question asks the reason of
its subject and the passage relays them: the harbour board's reason is not Okafor's judgement;
and where the question asks why the deed is not done or how it is justified ("why won't",
"refusing", "justify"), not why it was done ("why did okafor agree to reopen the north pier",
whose premise the judgement contradicts). Not an adjective raising a verb's subject ("it is
likely to resume"), a verb's form ("it was expected to"), nor a hedge of what is known ("it is
hard to say")."""

from __future__ import annotations

import pytest

from bot.engine.reasons import judged_deed_spans
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

HARBOUR_STORY = "\n".join(
    [
        "Storms battered Port Ellis in March, and the harbour board wants every pier open by"
        " summer.",
        "Harbour master Ines Okafor said it would be “reckless” for her to reopen the north pier"
        " before divers inspect its pilings.",
        "Fishing crews have used the south pier since the storm.",
        "Board chair Tomas Lind said it was necessary to close the fish market while the drains"
        " were cleared.",
        "The ferry to Cray Island stopped running in March. Lind said it is likely to resume in"
        " May.",
        "Okafor has run the harbour since 2019.",
    ]
)
RECKLESS = "Harbour master Ines Okafor said it would be “reckless”"
NECESSARY = "Board chair Tomas Lind said it was necessary"


@pytest.fixture(scope="module")
def harbour() -> Searcher:
    return searcher_for("harbour", HARBOUR_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "why won't okafor reopen the north pier",
        "why is okafor refusing to reopen the north pier",
        "how does okafor justify keeping the north pier shut",
    ],
)
def test_the_deed_judged_is_the_reason_of_whom_it_relays(harbour: Searcher, question: str) -> None:
    answer = harbour.ask(question)
    assert answer.passages[0].text.startswith(RECKLESS)
    signals = harbour.confidence_signals(question)
    assert signals is not None
    assert signals.answer_type == 1.0
    assert answer.confidence == "high"


def test_a_deed_judged_justifies_it(harbour: Searcher) -> None:
    question = "how does lind justify closing the fish market"
    answer = harbour.ask(question)
    assert answer.passages[0].text.startswith(NECESSARY)
    signals = harbour.confidence_signals(question)
    assert signals is not None
    assert signals.answer_type == 1.0


def test_a_judgement_against_the_deed_is_no_reason_it_was_done(harbour: Searcher) -> None:
    # the premise is false: the harbour master called reopening it reckless
    question = "why did okafor agree to reopen the north pier"
    answer = harbour.ask(question)
    assert answer.passages[0].text.startswith(RECKLESS)
    signals = harbour.confidence_signals(question)
    assert signals is not None
    assert signals.answer_type == -1.0
    assert answer.confidence == "low"


def test_someone_elses_judgement_is_not_the_reason_asked(harbour: Searcher) -> None:
    # the board's reason is asked; the passage relays the harbour master's judgement
    question = "why won't the board reopen the north pier"
    answer = harbour.ask(question)
    assert answer.passages[0].text.startswith(RECKLESS)
    signals = harbour.confidence_signals(question)
    assert signals is not None
    assert signals.answer_type == -1.0
    assert answer.confidence == "low"


@pytest.mark.parametrize(
    ("text", "judged"),
    [
        ("Okafor said it would be “reckless” for her to reopen the north pier.", True),
        ("It is illegal to fish from the north pier.", True),
        ("That would be unfair to the crews to close it now.", True),
        ("Lind said it is likely to resume in May.", False),
        ("It was expected to reopen in June.", False),
        ("It is hard to say when the pier will reopen.", False),
        ("It is too early to tell.", False),
        ("It was the first to reopen.", False),
    ],
)
def test_what_judges_a_deed(text: str, judged: bool) -> None:
    assert bool(judged_deed_spans(text)) is judged
