""" "and whats in it for bukele per that same guy": chat points back at someone talked of by
"that guy", "this dude", "the same guy" as by "he"; after "per", "according to" or before a
verb of saying, whose words are asked. Those words were read as no one's: the question was
searched as plain, and Bukele's own passage ("For Bukele, the arrangement is financially
lucrative") came first, the professor's words on what Bukele gets never shown (fresh-70 s02).
Now whom they point at is the conversation's speaker, as "he" is; in a question asked alone,
someone other than whom it names (English says "himself" of the same person), so not their
own words."""

from __future__ import annotations

import pytest

from tests.engine.stories import asked_in_turn, searcher_for

FINAL_STORY = "\n".join(
    [
        "Mayor Ines Kale hosted the regional football final at the new stadium on Saturday.",
        "“For the league, the final in Harlow proves that smaller cities can host big games,”"
        " said Paul Ortiz, a sports economist at Bristol University.",
        "“For Mayor Kale, hosting the final has given her a stage to show the city's new"
        " transit line, which is expected to bring visitors and investment,” Ortiz added.",
        "For Kale, the final is a win at the ballot box as well. “We showed the whole region"
        " what Harlow can do,” Kale said.",
        "The stadium cost the city more than planned.",
    ]
)


@pytest.fixture(scope="module")
def final():  # type: ignore[no-untyped-def]
    return searcher_for("final", FINAL_STORY)


@pytest.mark.parametrize(
    "typed",
    [
        # on main: Kale's own passage first
        "and whats in it for kale per that same guy",
        "what does that guy think the mayor gets out of it",
        "according to this dude, what's in it for kale",
    ],
)
def test_asked_alone_it_is_someone_elses_words(final, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = final.ask(typed)
    assert answer.answered, answer.reason
    first = answer.passages[0]
    assert first.text.startswith("“For Mayor Kale,")
    assert answer.confidence == "low"  # whose words is not known


def test_in_turn_it_is_the_speaker_asked_before(final) -> None:  # type: ignore[no-untyped-def]
    # on main: Kale's own passage first, credited to her
    answer = asked_in_turn(
        final,
        "what does ortiz say the league gets out of the final",
        "and whats in it for kale per that same guy",
    )
    assert answer.answered, answer.reason
    assert {quote.speaker for quote in answer.passages[0].quotes} == {"Paul Ortiz"}


def test_he_asked_alone_is_not_whom_it_names(final) -> None:  # type: ignore[no-untyped-def]
    # on main: Kale's passage first, her words
    answer = final.ask("what did he say about kale")
    assert {quote.speaker for quote in answer.passages[0].quotes} == {"Paul Ortiz"}


def test_the_guy_described_stays_so(final) -> None:  # type: ignore[no-untyped-def]
    # a guard, as on main: "the guy" described after ("the guy from bristol") is who it says
    answer = final.ask("what did the guy from bristol say about kale")
    assert {quote.speaker for quote in answer.passages[0].quotes} == {"Paul Ortiz"}


def test_someone_named_stays_so(final) -> None:  # type: ignore[no-untyped-def]
    # a guard, as on main
    answer = final.ask("what's in it for kale according to ortiz")
    assert answer.confidence == "high"
    assert answer.passages[0].text.startswith("“For Mayor Kale,")
