"""`An audience member asked why ..., and the director answered at length. "..."`: a
quotation opening a sentence with no cue, right after a sentence ending on someone answering,
is the one answering's, not the asker's; not when someone else acts after the answering ("Osei
answered, and Petrov shook his head"). On a story of its own (a town hall on a new stadium)."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import quoted, searcher_for

TOWN_HALL_STORY = "\n".join(
    [
        "About 300 people came to Thursday's town hall on the proposed Riverside stadium.",
        "Planning director Nadia Osei presented the plan and took questions for two hours.",
        "A resident asked why the city would borrow $90 million for a team that might leave, "
        "and Osei answered at length. “The lease runs thirty years. If they leave early, they "
        "pay the bonds off themselves.”",
        "Councillor Ivan Petrov asked about parking. Osei answered, and Petrov shook his head. "
        "“There will be 4,000 spaces, and most of them are a mile away.”",
    ]
)


@pytest.fixture(scope="module")
def town_hall() -> Searcher:
    return searcher_for("riverside", TOWN_HALL_STORY)


def test_the_words_after_someone_answered_are_theirs(town_hall: Searcher) -> None:
    assert quoted(town_hall, "The lease runs thirty years") == ["Nadia Osei"]
    # someone else acts after the answer: the words may be either's
    assert quoted(town_hall, "There will be 4,000 spaces") == [None]
