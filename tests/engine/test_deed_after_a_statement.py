"""A message that says something first and then asks who did a deed ("the town got $2 million.
who paid it?") asks the doer of that deed, as the question alone does: a passage telling only
what was received, never who paid, is not rated high as naming the payer, however fully it
holds the statement's words."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

MILL_STORY = "\n".join(
    [
        "RIVERSIDE — The old textile mill on Water Street reopened Saturday as a museum of the "
        "town's industrial past.",
        '"This building kept this town alive for a hundred years," said Mayor Helen Park at '
        "the ribbon cutting.",
        "The town has received $2 million for the restoration, which Park described as "
        '"a small sum for what we got back."',
        "Volunteers spent three years cleaning the looms and cataloguing old photographs.",
        '"My grandmother worked these machines," said volunteer Tom Reyes, 71.',
        "The museum will be open five days a week, and entry is free for residents.",
    ]
)


@pytest.fixture(scope="module")
def mill() -> Searcher:
    return searcher_for("mill", MILL_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "ok so the town got 2 million. who paid it?",
        "so riverside received 2 million for the restoration. who gave it?",
    ],
)
def test_who_did_a_deed_the_passage_never_tells_stays_low(mill: Searcher, question: str) -> None:
    shown = mill.ask(question)
    assert shown.answered, shown.reason
    assert "$2 million" in shown.passages[0].text
    assert shown.confidence == "low"
