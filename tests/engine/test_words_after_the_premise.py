""" "What did X say after claiming Y" asks the words that came after: the passage telling the
claim itself (its only words of X's are the claim's, which the question already holds) is not
answered with high confidence, and the next passage quoting X is shown first. A passage where
X's words after it are told still answers."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

PREMISE = "Mayor Lena Hoff interrupted to claim the press “would twist every word.”"
BRIDGE_STORY = "\n".join(
    [
        "The Oldbridge council voted on Monday to close the river bridge to lorries.",
        "“The bridge is older than any of us,” engineer Sam Otto told the meeting.",
        PREMISE,
        "“They never came to a single inspection,” the mayor said.",
        "Lorry drivers will use the ring road from April.",
    ]
)


@pytest.mark.parametrize(
    "question",
    [
        "what did hoff say after claiming the press would twist every word",
        "What did the mayor say after she claimed the press would twist every word?",
    ],
)
def test_the_premise_is_not_the_words_after_it(question: str) -> None:
    searcher = searcher_for("oldbridge", BRIDGE_STORY)
    answer = searcher.ask(question)
    assert not (answer.confidence == "high" and answer.passages[0].text == PREMISE)
    # the words she said next in the story shown first, as the closest
    assert "a single inspection" in answer.passages[0].text


def test_words_told_after_the_premise_answer() -> None:
    told = PREMISE.replace("every word.”", "every word,” then added “they never came to see it.”")
    searcher = searcher_for("oldbridge", BRIDGE_STORY.replace(PREMISE, told))
    answer = searcher.ask("what did hoff say after claiming the press would twist every word")
    assert answer.confidence == "high"
    assert "never came to see it" in answer.passages[0].text
