""" "when did ruiz become governor" of "Ruiz ... has been governor since 2021": the role after
"has been" ("became", "was named") says what she is, told with since when; it is no title in
her name whose date is of something else she did (`searcher._PREDICATE_BEFORE`), as "Tourism
minister Oscar Vela said visitors doubled last year" dates no becoming of his."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

COAST_STORY = "\n".join(
    [
        "Governor Elena Ruiz visited the coastal town of Puerto Lindo on Tuesday.",
        "Ruiz, a former schoolteacher, has been governor since 2021.",
        "Tourism minister Oscar Vela said visitors to the town doubled last year.",
        "The town's fishing fleet has shrunk by half since 2010, the fishermen's union says.",
    ]
)


@pytest.fixture(scope="module")
def coast() -> Searcher:
    return searcher_for("coast", COAST_STORY)


def test_the_date_of_being_it_answers_when_they_became_it(coast: Searcher) -> None:
    # before: "governor" was read as her title, "since 2021" the date of another deed: low
    answer = coast.ask("when did ruiz become governor")
    assert answer.confidence == "high"
    assert "has been governor since 2021" in answer.passages[0].text


def test_a_date_beside_a_title_is_no_date_of_becoming(coast: Searcher) -> None:
    answer = coast.ask("when did vela become tourism minister")
    assert answer.confidence != "high"
