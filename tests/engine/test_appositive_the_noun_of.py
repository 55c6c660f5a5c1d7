"""`Marta Kovac, the head of the union local, said ...`: an appositive "the <noun> of ..."
between a name and its cue says what the one named is, as "a ..." does, whatever the noun
("head" is no noun for a person to WordNet): the name is the cue's subject and a person of the
story. Unknown, she could not be told from the one person named later, and "she said" went to
that one, a councillor whose gender the story does not tell. On a story of its own (a mill
closing)."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import quoted, searcher_for, speakers_of

MILL_STORY = "\n".join(
    [
        "Dorsey Paper will cut 300 jobs at its mill in Harwick by June, the company said.",
        "Marta Kovac, the head of the union local, said the cuts came without warning.",
        "“Nobody saw this coming,” said Robert Hale, a machinist for 31 years.",
        "Councillor Jordan Ellis turned to Kovac, who had stood up. “We will fight every one of "
        "these cuts,” she said.",
    ]
)


@pytest.fixture(scope="module")
def mill() -> Searcher:
    return searcher_for("harwick", MILL_STORY)


def test_a_name_before_the_head_of_is_the_cues_subject(mill: Searcher) -> None:
    assert speakers_of(mill, "the cuts came without warning") == ["Marta Kovac"]
    # "she" may be the councillor or the union head: nobody, never the councillor
    assert quoted(mill, "We will fight every one") == [None]
