""" "Who wrote the charter" asks who made a thing, not whose words: "write" is a verb of saying
too, but with a thing after it its sense is one of making. A passage holding neither the
making nor the thing made ("Mayor Lind stands accused of breaking the town's charter when he
sought a third term") names someone who did something else, and is no high answer. A passage
holding the thing made, its making told in other words, is still shown first."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

OTHER_DEED = (
    "Mayor Oskar Lind also stands accused of breaking the town charter when he sought a third"
    " term, which is normally banned for the town's mayors."
)
TOWN_STORY = "\n".join(
    [
        "The town of Brevik will vote in May on a new harbour, its council said on Tuesday.",
        "“The harbour is the future of this town,” said council leader Petra Holm.",
        OTHER_DEED,
        "Fishermen have asked for a deeper berth since the old pier closed.",
        "The council issued a list of the firms bidding to build it.",
    ]
)


@pytest.mark.parametrize(
    "question", ["who wrote the rule that bans a third term", "who wrote the law on third terms"]
)
def test_someone_who_did_something_else_is_no_maker(question: str) -> None:
    searcher = searcher_for("brevik-harbour", TOWN_STORY)
    answer = searcher.ask(question)
    assert not (answer.confidence == "high" and answer.passages[0].text == OTHER_DEED)


def test_the_making_told_in_other_words_answers() -> None:
    searcher = searcher_for("brevik-harbour", TOWN_STORY)
    answer = searcher.ask("who published the list of firms")
    assert answer.passages[0].text.startswith("The council issued a list")
