"""Questions taking something as told that the passage does not tell, or asking for a
judgement: "why did 300 trucks ..." of a story counting 238 (a figure the passage does not
hold), "is this good for the town" (good or bad for whom is no fact of the story), "who was
harsher, X or Y" (a measure of judging), "who is older, X or Y" of a passage giving no
figure, "who proposed the levy, X or Y" of the passage of the one who did not (the deed is
still what a passage must tell when both people are offered). The closest passages are
shown, low; the same questions as the story tells them stay high."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

LEVY_STORY = "\n".join(
    [
        "The Pellston school board voted 4-1 on Monday to raise the district's building levy"
        " from $80 to $120 a household, the first rise since 2009.",
        "Board chair Irene Kovac, who proposed the levy, said the money would replace the roof"
        " of the high school. “Buckets in the hallway are not a plan,” Kovac said.",
        "Board member Walt Dubois, who voted against the levy, called it a raid on retirees."
        " “The chair is fixing her roof with other people's pensions,” Dubois said.",
        "A district survey found that 412 households pay the levy, and that the rise would"
        " bring in about $16,000 a year.",
        "The new levy takes effect in September.",
    ]
)


@pytest.fixture(scope="module")
def levy() -> Searcher:
    return searcher_for("levy", LEVY_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "why did the board raise the levy to $4 a household",
        "why did the board raise the levy to $1 a household",
        "why did 500 households have to pay more",
        "why are they raising the levy to $150",
        "why did the board vote 3-2 for the levy",
        "is this good for pellston",
        "is this a good thing for the school roof",
        "will this be good for the district's schools",
        "was it a bad deal for the retirees",
        "who was harsher, dubois or the chair",
        "who sounded more reasonable, kovac or dubois",
        "who proposed the levy, dubois or the chair",
        "who is older, dubois or the chair",
        "who's richer, kovac or dubois",
    ],
)
def test_not_vouched_for(levy: Searcher, question: str) -> None:
    answer = levy.ask(question)
    assert answer.answered, question
    assert answer.confidence == "low", question


@pytest.mark.parametrize(
    "question",
    [
        "why did 412 households have to pay more",
        "why did the board raise the levy to $120 a household",
        "who proposed the levy",
        "who voted against the levy, kovac or dubois",
    ],
)
def test_as_told_still_answered(levy: Searcher, question: str) -> None:
    answer = levy.ask(question)
    assert answer.confidence == "high", question


def test_a_comparison_the_story_makes_still_answered() -> None:
    story = "\n".join(
        [
            "The Pellston school board voted 4-1 on Monday to raise the building levy.",
            "Board member Walt Dubois called the levy a raid on retirees. “This is theft,”"
            " Dubois said.",
            "Board chair Irene Kovac was gentler. “I understand the worry,” Kovac said.",
        ]
    )
    answer = searcher_for("compared", story).ask("who was gentler, dubois or kovac")
    assert answer.confidence == "high"
    assert answer.passages[0].paragraph == 3
