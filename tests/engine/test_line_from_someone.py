""" "a line from X", "a soundbite from X" ask for X's words, as "a quote from X" does (before:
read as a plain question, no one's words asked, the mayor's passage without a quotation
first)."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

STORY = "\n".join(
    [
        "The Port Alder council voted on Tuesday to cut the winter ferry schedule to two runs.",
        "Mayor Orla Finnegan defended the cut, saying the town could not carry the loss.",
        "“We are not abandoning anyone,” Finnegan said.",
        "“This council has decided that the island is a line item,” said union leader Tomas Reyes.",
    ]
)


@pytest.mark.parametrize(
    "question", ["i need a quotable line from the mayor", "a good soundbite from finnegan"]
)
def test_a_line_from_someone_asks_for_their_words(question: str) -> None:
    answer = searcher_for("ferry", STORY).ask(question)
    assert answer.asked_speaker == "Orla Finnegan", question
    assert "abandoning" in answer.passages[0].text
