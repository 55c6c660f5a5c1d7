""" "How many have been jailed in the US": a count asked of a country. A passage whose every
sentence giving a number names another country ("... in Canada, though only 300 have been
jailed") counts there, even where another sentence of it names the country asked ("A
similar dynamic is playing out in the U.S."): no high answer. Asked of the country the
passage counts in, it still answers; "the us" typed in lower case is the country."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

COUNTED = (
    "According to the Border Rights Project, Canadian police have arrested 9,000 protesters"
    " in Canada, though only 300 have been jailed for crimes. A similar dynamic is now"
    " playing out in the U.S."
)
PROTEST_STORY = "\n".join(
    [
        "Trucker protests spread across the border on Friday, officials said.",
        "“We will not be moved,” organiser Jo Martel told the crowd in Ottawa.",
        COUNTED,
        "Police in both countries said the roads would reopen by Monday.",
    ]
)


@pytest.mark.parametrize(
    "question",
    ["how many protesters have been jailed in the us", "how many people were jailed in the U.S.?"],
)
def test_a_count_of_another_country_is_not_high(question: str) -> None:
    searcher = searcher_for("trucker-protests", PROTEST_STORY)
    answer = searcher.ask(question)
    assert not (answer.confidence == "high" and answer.passages[0].text == COUNTED)


def test_the_country_counted_in_is_answered() -> None:
    searcher = searcher_for("trucker-protests", PROTEST_STORY)
    answer = searcher.ask("how many protesters have been jailed in canada")
    assert answer.confidence == "high"
    assert answer.passages[0].text == COUNTED
