"""Whether someone agreed (promised, offered, refused) to do one thing is not answered with
high confidence by a passage where they agreed to do another ("did the port agree to give back
the trawler" of "the port has agreed to keep the seized boats over winter"): the deed after "to" is
what is asked. The same deed in other words still answers ("agree to hold" of "agreed to
keep")."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

OTHER = (
    "The trawler Marisol was wrongly seized by the Brenna port authority in May. "
    "The port has agreed to keep the seized boats over winter, its director said."
)
PORT_STORY = "\n".join(
    [
        "Fishermen in Brenna protested on Tuesday outside the port authority's office.",
        OTHER,
        "“We cannot release a boat without a court order,” said port director Hana Lund.",
        "The owners of the Marisol say they will sue the port.",
    ]
)


@pytest.mark.parametrize(
    "question",
    [
        "did the port agree to give back the seized trawler",
        "so did the port agree to give the seized trawler back or nah",
    ],
)
def test_agreeing_to_another_deed_is_no_answer(question: str) -> None:
    searcher = searcher_for("brenna-port", PORT_STORY)
    answer = searcher.ask(question)
    assert not (answer.confidence == "high" and answer.passages[0].text == OTHER)


def test_the_same_deed_in_other_words_answers() -> None:
    searcher = searcher_for("brenna-port", PORT_STORY)
    answer = searcher.ask("did the port agree to hold the seized boats over winter")
    assert answer.confidence == "high"
    assert answer.passages[0].text == OTHER
