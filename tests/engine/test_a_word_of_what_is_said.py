"""Among several stories, a word of the question one story alone holds says which story it
asks of only where it is a word of what the story tells of: not the verb asking for someone's
words ("what warning did reyes give": "give", the council story's word), nor a noun for what
is said ("concern", "warning", "worry": WordNet's thought, feeling, communication or motive),
which the one asked tells in their own words ("If the cold comes back, there will be no
harvest" is a grower's worry with no "worry" in it). Before, such a word read as the council
story's lost the grower's passage or rated it low (9probe14; `_own_words_of_stories`)."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for_stories

ORCHARD = "\n".join(
    [
        "Frost killed half the apple blossoms in Pell County last week, growers said.",
        "“If the cold comes back, there will be no harvest at all,” said Tomas Reyes, who grows"
        " apples on 40 acres outside Dunmore.",
        "County extension agent Mira Holt said most orchards had no fans or heaters to fight"
        " the cold.",
    ]
)
COUNCIL = "\n".join(
    [
        "The Dunmore council voted to close Main Street to cars on Saturdays, a plan that raised"
        " concerns and worries among shop owners over parking.",
        "Those concerns were set aside by the mayor, Ada Lind, who gave a warning of her own."
        " “Give the plan a year, or the street will stay empty,” Lind said.",
        "Shop owner Paul Brand said he would lose his Saturday customers.",
    ]
)


@pytest.fixture(scope="module")
def searcher():  # type: ignore[no-untyped-def]
    return searcher_for_stories({"orchard": ORCHARD, "council": COUNCIL})


@pytest.mark.parametrize(
    "question",
    [
        "what concern did reyes mention",
        "what worry did tomas reyes mention",
        "did reyes mention any concerns",
        "what warning did reyes give about the frost",
    ],
)
def test_the_grower_asked_of_what_he_said(searcher, question: str) -> None:  # type: ignore[no-untyped-def]
    assert searcher._stories_of_its_words(question) <= {"orchard"}
    answer = searcher.ask(question)
    assert answer.answered
    assert answer.passages[0].story_id == "orchard"
    assert "no harvest" in answer.passages[0].text


@pytest.mark.parametrize(
    ("question", "stories"),
    [
        # the story's own thing, named
        ("what did lind say about main street parking", {"council"}),
        ("what did the agent say about the orchards", {"orchard"}),
        # "concern" before a noun names a kind of thing, as "reading club" does
        ("what did lind say about the concern trolling", {"council"}),
    ],
)
def test_words_of_what_a_story_tells_still_say_which(
    searcher,  # type: ignore[no-untyped-def]
    question: str,
    stories: set[str],
) -> None:
    assert searcher._stories_of_its_words(question) == stories
