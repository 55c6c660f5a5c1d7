""" "Population of El Salvador per the piece?": "per" before a determiner names a source, as
"according to" does, never a rate (a rate's unit takes none: "per year", "per inmate"). It
was read as a rate asked ("how much is the fee per prisoner"), and the passage giving the
population, with no rate in it, was held low (fresh-79 n01); and "per the story" left "per" a
topic word, which "according to the story" does not."""

from __future__ import annotations

import pytest

from bot.engine.answer_types import rate_asked
from tests.engine.stories import searcher_for

HARBOUR_STORY = "\n".join(
    [
        "The port town of Kessel reopened its harbour on Friday after a year of repairs.",
        "Kessel has a population of 14,000, and the harbour employs some 600 of them.",
        "The repairs cost 30 million euros, paid by the regional government.",
        "Harbour master Lena Voss said the new quay would take larger ferries.",
        "Fishing crews pay a fee of 200 euros per boat each month to moor there.",
    ]
)


@pytest.fixture(scope="module")
def harbour():  # type: ignore[no-untyped-def]
    return searcher_for("harbour", HARBOUR_STORY)


@pytest.mark.parametrize(
    ("typed", "opening"),
    [
        # on main: first, low (a rate asked, none in the passage)
        ("Population of Kessel per the article?", "Kessel has a population"),
        ("how many people live in kessel, per the story", "Kessel has a population"),
        ("per the piece, how much did the repairs cost?", "The repairs cost"),
    ],
)
def test_a_source_after_per_is_no_rate(harbour, typed: str, opening: str) -> None:  # type: ignore[no-untyped-def]
    answer = harbour.ask(typed)
    assert answer.confidence == "high", typed
    assert answer.passages[0].text.startswith(opening)


def test_per_before_a_determiner_asks_no_rate() -> None:
    # on main: each read as a rate asked
    assert not rate_asked("per his lawyer, how long is the sentence?")
    assert not rate_asked("how many ferries, per the harbour master?")
    assert not rate_asked("the cost per this report?")


def test_a_rate_is_still_one() -> None:
    # guards, as on main
    assert rate_asked("how much do crews pay per boat?")
    assert rate_asked("what's the fee for each boat")
    assert rate_asked("how much is it per-head?")
    assert not rate_asked("did they thank each other?")


def test_the_rate_asked_answers_high(harbour) -> None:  # type: ignore[no-untyped-def]
    # a guard, as on main
    answer = harbour.ask("how much do fishing crews pay per boat?")
    assert answer.passages[0].text.startswith("Fishing crews")


@pytest.mark.parametrize(
    "asked",
    [
        # on main: "per" a topic word, and the fishing fee's "per boat" passage second
        "when did the harbour reopen {source} the piece?",
        "what will the new quay take, {source} the article?",
    ],
)
def test_per_the_story_reads_as_according_to_it(harbour, asked: str) -> None:  # type: ignore[no-untyped-def]
    per = harbour.ask(asked.format(source="per"))
    according = harbour.ask(asked.format(source="according to"))
    assert [p.text for p in per.passages] == [p.text for p in according.passages]
    assert per.confidence == according.confidence == "high"
