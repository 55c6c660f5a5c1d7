"""A role owned by "our" ("our prime minister", "our President"): the reader's, taken to be of
the story's home country, the one whose officials it names without a country; not a guest the
story introduces as being of another. Before, "our" was read as a qualifier no one's words hold,
and the question was refused as asking about someone the story does not quote."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

VISIT_STORY = "\n".join(
    [
        (
            "Prime Minister Claire Dubois welcomed Australian Prime Minister Tom Reid to Ottawa "
            "on Tuesday for talks on wheat exports."
        ),
        (
            "“Canada will keep its grain moving to every port we have,” Dubois said. “Our "
            "farmers have waited long enough for a fair deal.”"
        ),
        (
            "“We came to listen, and to buy,” Reid said. “Australia needs steady supply "
            "through the dry years.”"
        ),
        "Exports from Canada rose by a fifth last year; Canada now sells wheat to nine countries.",
        "Canada and its farmers expect the first shipments before the harvest in Canada ends.",
    ]
)


@pytest.fixture(scope="module")
def visit() -> Searcher:
    return searcher_for("visit", VISIT_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "What did our prime minister say to her guest about the farmers?",
        "what did our Prime Minister tell the Australians about grain",
    ],
)
def test_our_official_is_the_home_countrys(visit: Searcher, question: str) -> None:
    answer = visit.ask(question)
    assert answer.answered, answer.reason  # before: "The story doesn't quote our prime minister."
    assert answer.asked_speaker == "Claire Dubois"
    assert "fair deal" in answer.passages[0].text


def test_a_foreign_guest_is_not_ours(visit: Searcher) -> None:
    answer = visit.ask("what did our Australian prime minister say?")
    assert not answer.answered
    assert answer.asked_speaker != "Tom Reid"
