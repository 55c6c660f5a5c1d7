"""`Naomi Brandt said in a written statement that ...` then `The statement continued: "..."`:
"the statement" opening a sentence is the one the story just told someone spoke in, and its
words are theirs (and the quotation running on into the next paragraph); nobody's when the
statement was two people's. On a story of its own (a university president stepping down)."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import quoted, searcher_for

COLLEGE_STORY = "\n".join(
    [
        "Alan Greer will step down as president of Norland University in June, the university "
        "announced on Tuesday.",
        "Greer said in a written statement that the decision was his own.",
        "The statement continued: “I have given this place eleven years, and it has given me "
        "more than I can repay.",
        "“It deserves someone with fresh eyes.”",
        "Provost Lena Ruiz and board chair Omar Haddad said in a joint statement that a search "
        "would begin at once.",
        "The statement added: “We are grateful for his service.”",
    ]
)


@pytest.fixture(scope="module")
def college() -> Searcher:
    return searcher_for("norland", COLLEGE_STORY)


def test_the_statement_is_the_one_the_story_told_someone_spoke_in(college: Searcher) -> None:
    assert quoted(college, "I have given this place eleven years") == ["Alan Greer"]
    assert quoted(college, "It deserves someone with fresh eyes") == ["Alan Greer"]
    # a statement of two people's: neither alone
    assert quoted(college, "We are grateful for his service") == [None]
