""" "How does the Trump administration justify not acting on the Supreme Court ruling about
Garcia?": "not" says what the question asks (what was not done), and a passage telling it says
"not" too ("said it did not compel them to take action"). It was weighed as the adverbs saying
when or how far are ("still", "ever", "so far": `adverb_weight` of a word in the order shown,
unless the passage holds it in the phrase typed), so the passage holding the question's other
words but no "not" ("it would be “preposterous” ... despite a unanimous Supreme Court ruling")
came first (fresh-69 r04). "not" now weighs as a word in the order shown too; the confidence
model reads its own ranking, as before. Not "or not", which asks whether ("so is bukele a good
guy or not": 9probe7 s07's third passage became one holding "did not compel")."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

LANDFILL_STORY = "\n".join(
    [
        "The county board voted on Tuesday to keep the Elm Creek landfill open for another year.",
        "Last month a state appeals court ruled that the landfill had to close, siding with"
        " neighbors who sued.",
        "But at the meeting, board chair Lena Price said it would be absurd to close Elm Creek"
        " despite the appeals court ruling.",
        "Board lawyers described the appeals court ruling as a victory and said it did not"
        " compel the board to take action because the court has no jurisdiction over county"
        " land.",
        "Neighbors said the smell from the landfill had grown worse over the summer.",
        "Price said the board would look for a new site in the spring.",
    ]
)
LAWYERS = "Board lawyers described"


@pytest.fixture(scope="module")
def landfill():  # type: ignore[no-untyped-def]
    return searcher_for("landfill", LANDFILL_STORY)


@pytest.mark.parametrize(
    "typed",
    [
        # on main: Price's passage first, the lawyers' third
        "How does the board justify not acting on the appeals court ruling about Elm Creek?",
        # on main: Price's first, the lawyers' second
        "on what grounds is the board not acting on the elm creek appeals court ruling?",
        "board not acting on the elm creek appeals court ruling, what's their argument",
        # on main: Price's first, the lawyers' third
        "How does the board explain not acting on the appeals court ruling on Elm Creek?",
        # a guard: first on main too
        "why is the board not taking action on the appeals court ruling about elm creek",
    ],
)
def test_what_was_not_done_is_told_where_the_story_says_not(landfill, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = landfill.ask(typed)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith(LAWYERS)


@pytest.mark.parametrize(
    "typed",
    [
        # on main: first, low; now first, high
        "How does the board justify not acting on the appeals court ruling about Elm Creek?",
        "on what grounds is the board not acting on the elm creek appeals court ruling?",
    ],
)
def test_what_was_not_done_told_so_is_rated_high(landfill, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = landfill.ask(typed)
    assert answer.confidence == "high"
    assert answer.passages[0].text.startswith(LAWYERS)


def test_without_not_the_other_passage_stays_first(landfill) -> None:  # type: ignore[no-untyped-def]
    # a guard, as on main: "not" is what the lawyers' passage answers
    answer = landfill.ask(
        "How does the board justify acting on the appeals court ruling about Elm Creek?"
    )
    assert answer.passages[0].text.startswith("But at the meeting")
    assert answer.confidence == "low"


@pytest.mark.parametrize(
    "typed",
    ["so is the landfill closing or not", "is the board acting on the elm creek ruling or not"],
)
def test_or_not_asks_whether_and_weighs_as_an_adverb(landfill, typed: str) -> None:  # type: ignore[no-untyped-def]
    # guards, as on main: "or not" asks whether, no negation a passage must hold (weighed as a
    # word, it put the lawyers' "did not compel" second)
    answer = landfill.ask(typed)
    shown = [passage.text[:20] for passage in answer.passages[:3]]
    assert "Board lawyers" not in shown[1]
