""" "Does the professor think this visit makes both of them look good?": "look" before an
adjective is a copula, "seem", which carries no topic (`chat.TOPIC_FREE`): the adjective is what
is asked. Read as a topic word, "look" reached the story's "seem" and "appear", and the
professor's passage holding "would seem like an unlikely ally" by that word alone came first
and high, his "PR win for both presidents" not returned (fresh-73 p11). "look" before a
particle, a preposition or "like" is read as before ("look into", "what does it look like")."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

SIGNING_STORY = "\n".join(
    [
        "Mayor Ines Kale hosted Governor Tom Reyes at city hall on Friday to sign a transit deal.",
        "While a small city of 40,000 would seem like an odd partner for the state, the two have"
        " grown close, according to Bristol University economist Paul Ortiz.",
        "“For the governor, the deal shows that the state can build rail lines on time,” Ortiz"
        " said.",
        "Calling the signing a “public relations win for both leaders,” Ortiz said voters would"
        " judge the deal by its fares.",
        "Kale said the first trains would run in 2027.",
    ]
)
SEEMING = "While a small city"


@pytest.fixture(scope="module")
def signing():  # type: ignore[no-untyped-def]
    return searcher_for("signing", SIGNING_STORY)


@pytest.mark.parametrize(
    "typed",
    [
        # on main: the "would seem" passage first and high
        "Does the economist think the signing makes both of them look good?",
        # on main: the "would seem" passage first and high
        "Is the professor saying the meeting made the two of them look great?",
    ],
)
def test_a_copula_is_no_word_a_passage_must_hold(signing, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = signing.ask(typed)
    assert answer.answered, answer.reason
    first = answer.passages[0].text
    assert not (first.startswith(SEEMING) and answer.confidence == "high")
    assert any(p.text.startswith("Calling the signing") for p in answer.passages)


def test_the_adjective_after_it_is_what_is_asked(signing) -> None:  # type: ignore[no-untyped-def]
    # on main: first, low ("look" a topic word no passage of his holds)
    answer = signing.ask("did the economist say the deal looks good for the governor")
    assert answer.confidence == "high"
    assert answer.passages[0].text.startswith("“For the governor,")


def test_look_like_is_read_as_before(signing) -> None:  # type: ignore[no-untyped-def]
    # a guard, as on main: what something looks like is asked, the "seem like" passage first
    answer = signing.ask("does the city look like an odd partner?")
    assert answer.passages[0].text.startswith(SEEMING)
