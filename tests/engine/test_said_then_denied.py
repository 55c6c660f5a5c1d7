"""A member checking what someone said, of a passage telling it and then denying it ("They told
us the dam was sound. It was never sound."), asking for someone's very words of a passage that
only tells them in the story's words, or naming by a surname two quoted people share and
nothing else: the passage is shown, but not rated high as if it were the answer."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

DAM_STORY = "\n".join(
    [
        "The Orrin Creek dam will be drained next month, the county said Tuesday, after"
        " engineers found cracks in its spillway.",
        "Engineer Tomas Vidal, who led the inspection, was blunt. “The county told us the dam"
        " was sound,” Vidal said. “It was never sound.”",
        "County commissioner Hana Vidal, his cousin, said the county would pay to rebuild the"
        " spillway. “We will not leave this valley without a lake,” she said.",
        "State water official Peter Osei said the drainage would take six weeks and that fish"
        " would be moved downstream before it began.",
        "“We are sorry for the families on the shore, but we could not wait,” a county"
        " spokesman said.",
    ]
)


@pytest.fixture(scope="module")
def dam() -> Searcher:
    return searcher_for("dam", DAM_STORY)


@pytest.mark.parametrize(
    "question",
    [
        # told, then denied in the next sentence
        "did tomas vidal say the dam was sound",
        "is it true that tomas vidal said the dam was sound",
        # asked for his very words, of a passage telling them in the story's words
        "quote me what osei said exactly",
        "what were osei's exact words",
        # a surname two quoted people share, and nothing else
        "what did vidal say",
    ],
)
def test_not_vouched_for(dam: Searcher, question: str) -> None:
    answer = dam.ask(question)
    assert answer.answered, question
    assert answer.confidence == "low", question


@pytest.mark.parametrize(
    "question",
    [
        "did tomas vidal say the dam was never sound",
        "did hana vidal say the county would pay to rebuild the spillway",
        "quote me what hana vidal said exactly",
        "what did tomas vidal say",
        "what did osei say about the fish",
    ],
)
def test_still_answered(dam: Searcher, question: str) -> None:
    answer = dam.ask(question)
    assert answer.confidence == "high", question


def test_a_courtesy_title_does_not_pick_by_an_unknown_first_name() -> None:
    # "Ms." of two women sharing a surname, one first name the name list does not know
    # ("Carol", an English word too): both are meant, and neither is vouched for
    story = "\n".join(
        [
            "Mayor Ruth Brandt said the town would not give up on the mill."
            " “We will not let it sit empty,” she said.",
            "Her sister, union steward Carol Brandt, was blunter. “The owners lied to us,”"
            " Carol Brandt said.",
        ]
    )
    answer = searcher_for("sisters", story).ask("what did ms. brandt say")
    assert answer.answered
    assert answer.confidence == "low"
