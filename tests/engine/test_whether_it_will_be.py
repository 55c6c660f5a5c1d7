""" "Will more visitors come to the island": whether something will be is told by words of
time to come, intent or expectation. A passage telling only what was done (a fee paid, an
advisory lowered) is no high answer to it, however much of the question it holds; one saying
what is expected still is."""

from __future__ import annotations

from tests.engine.stories import searcher_for

DONE = (
    "For the island, the deal pays as well. The council has received $2 million for the"
    " harbour, and the state has lowered its travel warning for visitors to the island."
)
EXPECTED = (
    "“The new harbour is expected to bring visitors and investment to the island,” the mayor said."
)
ISLAND_STORY = "\n".join(
    [
        "The Karsholm council voted on Tuesday to sell the old harbour to a shipping firm.",
        DONE,
        "Fishermen protested outside the town hall on Wednesday.",
        "The firm's director, Lena Voss, said the work would begin in the spring.",
    ]
)


def test_a_deed_done_does_not_answer_what_will_be() -> None:
    searcher = searcher_for("karsholm-harbour", ISLAND_STORY)
    answer = searcher.ask("will more visitors and investors come to the island")
    assert not (answer.confidence == "high" and answer.passages[0].text == DONE)


def test_what_is_expected_answers() -> None:
    story = ISLAND_STORY.replace(DONE, f"{DONE}\n{EXPECTED}")
    searcher = searcher_for("karsholm-harbour", story)
    answer = searcher.ask("will more visitors and investors come to the island")
    assert answer.passages[0].text == EXPECTED
