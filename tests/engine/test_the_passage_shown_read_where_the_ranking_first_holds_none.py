""" "When did the curfew in Norland begin?": the confidence model reads the ranking it was fitted
on, without what orders the passages shown (the paragraph before, bridges, ties broken by the
words). Where that ranking puts first a passage holding none of the question's telling words
(a spokesman's "Norland's partnership with the United States", as close in meaning as the
curfew's own quotation, which names no Norland and comes later in the story) and the passage
shown first holds every one of them, the model reads the one shown. On be6fd920 the curfew's
date was shown first and rated low, the model reading the spokesman's passage. Not where the
one shown holds only some of them ("... after the floods": no passage tells of floods)."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

CURFEW = (
    "“A curfew imposed in May 2021 remains in force, limiting movement at night. Police have"
    " detained hundreds of people without charge.”"
)
STORY = "\n".join(
    [
        "President Ilse Maren of Norland visited Washington on Monday.",
        "Maren has met American officials several times since she took office.",
        "Norland, a country of 4 million, has become a close partner of the United States.",
        "The State Department's spokesman said last week that Norland's partnership with the"
        " United States on fishing rights would be discussed, and that Norland's ports were a"
        " model.",
        "“Since 2020, the government has closed independent newspapers,” a Press Watch analysis"
        " of Norland reads.",
        CURFEW,
        "Norland sells most of its fish to European buyers.",
        "Maren's party won a second term in 2023.",
        "The visit ended with a dinner at the ambassador's residence.",
        "Critics in Norland say the visit was mostly for show.",
        "Maren flew home on Tuesday.",
    ]
)


@pytest.mark.parametrize(
    "question",
    [
        "When did the curfew in Norland begin?",
        "When did Norland's curfew start?",
        "since when has norland been under a curfew",
    ],
)
def test_the_passage_shown_is_read_where_the_rankings_first_holds_none(question: str) -> None:
    searcher = searcher_for("norland-visit", STORY)
    answer = searcher.ask(question)
    assert answer.passages[0].text == CURFEW
    assert answer.confidence == "high"


def test_not_where_the_passage_shown_holds_only_some() -> None:
    searcher = searcher_for("norland-visit", STORY)
    answer = searcher.ask("When did the curfew in Norland begin after the floods?")
    assert answer.passages[0].text == CURFEW
    assert answer.confidence == "low"
