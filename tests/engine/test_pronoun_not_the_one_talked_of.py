"""`Denise Pruitt ... said Castellano had called her Friday night. "That's who Ray is," she
said`: whom a quotation talks of by name is not the one who says it, so a pronoun after it is
not them: here the other person named since the last speaker, whose gender the story does not
tell, is set aside, and the speaker continues. Without such a name, either may be meant:
nobody. On a story of its own (a volleyball final)."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import quoted, searcher_for

FINAL_STORY = "\n".join(
    [
        "Westfield won its first state volleyball title on Saturday, beating Bayside in five sets.",
        "“They never stopped believing,” said Westfield coach Maria Ellison.",
        "Ellison said Bayside coach Casey Dunn had called her on Friday night to wish her "
        "luck. “That’s who Casey is,” she said.",
        "Ellison said Dunn had sent flowers to the team hotel. “We talked for an hour,” she said.",
    ]
)


@pytest.fixture(scope="module")
def final() -> Searcher:
    return searcher_for("westfield", FINAL_STORY)


def test_the_one_a_quotation_talks_of_is_not_its_speaker(final: Searcher) -> None:
    assert quoted(final, "That’s who Casey is") == ["Maria Ellison"]
    # no one talked of: the coach whose gender the story does not tell may be meant
    assert quoted(final, "We talked for an hour") == [None]
