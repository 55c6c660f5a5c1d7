"""A follow-up asking for the whole of what the answer before showed ("whats the full quote",
"can i get the whole quote", "the rest of it?") shows that passage first, whole, and the next
one after it where the story carries the same person's quotation on there (before: whatever
"full quote" found, another passage first)."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import asked_in_turn, searcher_for

ORCHARD_STORY = "\n".join(
    [
        "The Tilden county fair will move from August to June next year, its board said on"
        " Friday, after two summers of record heat.",
        "Fair director Rosa Quill said the heat had kept families away. “We watched people"
        " leave by noon because the grandstand was an oven,” Quill said.",
        "“June is cooler, and the schools are out,” she added. “We think the crowds will come"
        " back.”",
        "Apple grower Sam Ortiz said June was too early for his harvest. “I will have nothing to"
        " show but blossoms,” Ortiz said.",
        "Board member Dee Hart said the board would add a harvest market in September for"
        " growers like Ortiz.",
    ]
)


@pytest.fixture(scope="module")
def orchard() -> Searcher:
    return searcher_for("orchard", ORCHARD_STORY)


@pytest.mark.parametrize(
    "again", ["whats the full quote", "can i get the whole quote", "the rest of it?"]
)
def test_the_passage_shown_first_and_its_sequel(orchard: Searcher, again: str) -> None:
    first = orchard.ask("what did quill say about the grandstand")
    assert first.passages[0].paragraph == 2
    answer = asked_in_turn(orchard, "what did quill say about the grandstand", again)
    assert answer.answered, again
    assert [p.paragraph for p in answer.passages[:2]] == [2, 3], again


def test_no_sequel_of_someone_else(orchard: Searcher) -> None:
    answer = asked_in_turn(orchard, "what did ortiz say about june", "full quote pls")
    assert answer.answered
    assert answer.passages[0].paragraph == 4
    assert len(answer.passages) == 1 or answer.passages[1].paragraph != 5
