""" "Who visited Ames right before she came to the capital": a "who" asks whoever did
something. A passage naming someone else only as the owner of a span of time ("during
Lindgren's second term") tells of nothing they did: no high answer for it."""

from __future__ import annotations

from tests.engine.stories import searcher_for

OWNER_ONLY = (
    "After arriving in the capital on Sunday, Ames became the first governor of a northern"
    " province to visit the palace during Lindgren's second term."
)
WHO_DID = (
    "Ames has met members of President Karl Lindgren's cabinet many times. Most recently,"
    " former senator Petra Holm met with the governor over the weekend ahead of her visit."
)
VISIT_STORY = "\n".join(
    [
        "Governor Ruth Ames was received at the palace on Monday.",
        WHO_DID,
        "Lindgren praised the province's new rail line in a speech.",
        OWNER_ONLY,
        "The two leaders signed a trade pact after lunch.",
    ]
)


def test_an_owner_of_a_time_answers_no_who() -> None:
    searcher = searcher_for("ames-visit", VISIT_STORY)
    answer = searcher.ask("who visited ames right before she came to the capital")
    assert not (answer.confidence == "high" and answer.passages[0].text == OWNER_ONLY)
