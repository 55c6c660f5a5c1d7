"""A question asking only whether someone did a verb of judging ("did reyes deny anything",
"what did reyes deny") is not answered high by a passage of theirs that does not do it: it
tells nothing of whether they did (before: the steward's passage calling the vote shameful was
rated high). One that does it ("denied") still is."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

FERRY_STORY = "\n".join(
    [
        "The Port Alder council voted on Tuesday to cut the winter ferry schedule to two runs.",
        "Mayor Orla Finnegan denied that the council planned to sell the ferry terminal. "
        "“There is no sale, and there was never a sale,” she said.",
        "“This council has decided that the people of Grell Island are a line item,” said Tomas "
        "Reyes, who leads the ferry workers' union. “It is shameful, and they know it.”",
        "The new schedule takes effect on January 5.",
    ]
)


@pytest.mark.parametrize("question", ["did reyes deny anything", "what did reyes deny"])
def test_a_passage_not_doing_the_verb_is_not_high(question: str) -> None:
    answer = searcher_for("ferry", FERRY_STORY).ask(question)
    assert answer.answered
    assert answer.confidence == "low", question


@pytest.mark.parametrize("question", ["did finnegan deny anything", "what did finnegan deny"])
def test_a_passage_doing_it_still_is(question: str) -> None:
    answer = searcher_for("ferry", FERRY_STORY).ask(question)
    assert answer.confidence == "high", question
    assert "denied" in answer.passages[0].text
