"""A question asking whether a state holds "still" is answered, for the confidence model, by a
passage telling the state lasting in words of its own ("remains in force", "continues",
"since"), as the rule holding low a passage dated to a time gone by reads them: "still" is held
there, as a bridge is. On a story of its own."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

CURFEW_STORY = "\n".join(
    [
        "The town of Marlow has struggled with late-night vandalism for two years, the police"
        " chief said.",
        "Police chief Anna Reyes said arrests in Marlow fell by half last year.",
        "“The curfew imposed in June 2023 remains in force across the town centre,” the"
        " council's report reads.",
        "Shop owners in Marlow said the vandalism had cost them thousands of dollars in repairs.",
        "“We have seen a real change in the town centre,” Reyes said.",
        "Some parents in Marlow have complained that the curfew is too strict.",
        "The council will review its youth programmes in the autumn.",
        "Marlow opened a new youth centre in 2022 with money from the state.",
        "The youth centre closed for repairs in March 2024 after a flood.",
        "Marlow has about 9,000 residents, a third of them under 20.",
        "The town's mayor, Tom Ellery, said the town centre still needed more police officers.",
    ]
)


@pytest.fixture(scope="module")
def marlow() -> Searcher:
    return searcher_for("marlow", CURFEW_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "when did the curfew start, and is it still going?",
        "when did the curfew begin and is it still on",
    ],
)
def test_a_state_told_lasting_holds_still(marlow: Searcher, question: str) -> None:
    # before: "still" counted as a word of the topic the passage lacks (the story's "still" is
    # the mayor's), and the passage dating the curfew and telling it "remains in force" was
    # shown low (0.51)
    answer = marlow.ask(question)
    assert answer.answered, answer.reason
    assert "remains in force" in answer.passages[0].text
    assert answer.confidence == "high"


def test_a_passage_telling_no_lasting_is_no_answer_to_still(marlow: Searcher) -> None:
    # the centre opened in 2022, and the passage saying so tells nothing of it lasting
    answer = marlow.ask("is the youth centre still open")
    assert answer.answered, answer.reason
    assert answer.confidence == "low"
