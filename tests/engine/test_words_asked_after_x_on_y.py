""" "bukele on sending abrego garcia back, what were his exact words": words set off before a
question as "X on Y" name X as the one whose words the pronoun after asks for, as "bondi on
garcia?" asks Bondi's words; someone named in Y is what X spoke of. The whole phrase was read
as a speaker's words, naming two people, so "his" could be either and the question was refused
("I can't tell who you mean"; fresh-68 s05). And "exact" (or "actual", "precise", "verbatim")
before a word for someone's words ("his exact words", "her actual quote") asks them as said,
which a quotation gives: no topic, as "exactly" is none. Read as a topic word, it kept the
topic of the words set off before from carrying over to the question, and put Bukele's passage
on the $6 million fee first, rated high (a wrong high answer once the first was fixed)."""

from __future__ import annotations

import pytest

from tests.engine.stories import FERRY_STRIKE, searcher_for

STRIKE_STORY = "\n".join(
    [
        FERRY_STRIKE,
        "“Our members have been patient for three long years,” Moreau said at a rally on"
        " Wednesday.",
        "Port commissioner Alan Pryce said the exact schedule of the reduced ferry service would"
        " be posted online.",
    ]
)


@pytest.fixture(scope="module")
def strike():  # type: ignore[no-untyped-def]
    return searcher_for("strike", STRIKE_STORY)


@pytest.mark.parametrize(
    ("typed", "speaker", "opening"),
    [
        # each refused on main: "I can't tell who you mean"
        ("moreau on meeting hale, what did she say", "Dana Moreau", "“We will not"),
        ("hale on moreau and the strike, what were his words", "Victor Hale", "“I don't"),
        ("moreau on hale's offer, what were her exact words", "Dana Moreau", "“We will not"),
        ("pryce on hale, what did he say", "Alan Pryce", "Port commissioner"),
        # a guard, as on main: the one named in the topic is a woman, "he" the one before
        ("hale on meeting moreau - what did he say", "Victor Hale", "“I don't"),
    ],
)
def test_x_on_y_names_x_as_whom_the_pronoun_after_means(
    strike,  # type: ignore[no-untyped-def]
    typed: str,
    speaker: str,
    opening: str,
) -> None:
    answer = strike.ask(typed)
    assert answer.answered, answer.reason
    assert answer.asked_speaker == speaker
    assert answer.passages[0].text.startswith(opening)


@pytest.mark.parametrize(
    "typed",
    [
        # on main: her rally passage first, low ("exact" kept the topic from carrying over)
        "moreau on going back to work, what were her exact words",
        "moreau talked about going back to work. what were her exact words",
    ],
)
def test_exact_words_carry_the_topic_set_off_before(strike, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = strike.ask(typed)
    assert answer.answered, answer.reason
    assert answer.asked_speaker == "Dana Moreau"
    assert answer.passages[0].text.startswith("“We will not go back to work")
    assert answer.confidence == "high"


@pytest.mark.parametrize(
    "typed",
    [
        # low on main: "exact" a topic word her passage lacks (Pryce's holds it)
        "hale on raising wages, what was his exact quote",
        "what was hale's actual quote",
    ],
)
def test_exact_asks_no_topic_of_a_quotation(strike, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = strike.ask(typed)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith("“I don't have the authority")
    assert answer.confidence == "high"
