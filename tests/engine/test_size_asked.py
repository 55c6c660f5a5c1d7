""" "How big is the park" asks a size: a passage telling only when the park was built ("opened
a new library and a park in the town two years ago") gives none, and is no high answer. A
passage giving a number that may be its size still answers."""

from __future__ import annotations

from tests.engine.stories import searcher_for

NO_SIZE = (
    "The mayor has been criticised for his ties to the developer, whose firm opened a flashy"
    " new library, a fishing pier and an amusement park in the town two years ago."
)
TOWN_STORY = "\n".join(
    [
        "The town of Brevik will vote in May on a new harbour, its council said on Tuesday.",
        "“The harbour is the future of this town,” said council leader Petra Holm.",
        NO_SIZE,
        "Fishermen have asked for a deeper berth since the old pier closed.",
        "The first ferry is due to sail from the new berth in June.",
    ]
)


def test_a_time_is_no_size() -> None:
    searcher = searcher_for("brevik-town", TOWN_STORY)
    answer = searcher.ask("how big is the amusement park the developer built")
    assert not (answer.confidence == "high" and answer.passages[0].text == NO_SIZE)


def test_a_size_answers() -> None:
    told = "The developer's firm opened an amusement park of 40 acres in the town two years ago."
    searcher = searcher_for("brevik-town", TOWN_STORY.replace(NO_SIZE, told))
    answer = searcher.ask("how big is the amusement park the developer built")
    assert answer.confidence == "high"
    assert answer.passages[0].text == told
