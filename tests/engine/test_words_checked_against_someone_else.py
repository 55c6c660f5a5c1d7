"""A member asks whether someone said words another person of the story said: "did Nell
Varga say 'the school board failed our kids'" of Ida Varga's words, "did Nell Varga say the
library kept this village alive" (typed without quotation marks, a quotation of Ida's). The
words are not confirmed as the one asked's (not high), and the passage of whoever said them is
shown first, credited to them. Asked of the one who said them, they are answered high."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

LIBRARY_STORY = "\n".join(
    [
        "The Oster village library will close at the end of May, the county said Monday.",
        "Councilwoman Ida Varga said the village would fight the closing. “The library kept"
        " this village alive for fifty years,” she said. “We will not hand over the keys.”",
        "The county budget office said the library cost $210,000 a year to run.",
        "Her cousin, teacher Nell Varga, blamed the county. “The school board failed our kids"
        " long before this,” Nell Varga said. “Now the county wants to finish the job.”",
        "The county executive, Paul Droste, said the decision was final.",
        "“We looked at every other way to save the money,” Droste said.",
    ]
)


@pytest.fixture(scope="module")
def library() -> Searcher:
    return searcher_for("library", LIBRARY_STORY)


@pytest.mark.parametrize(
    ("question", "said_by"),
    [
        ("did nell varga say the library kept this village alive for fifty years", "Ida Varga"),
        ("did nell varga really say the library kept this village alive", "Ida Varga"),
        ("did ida varga say 'the school board failed our kids'", "Nell Varga"),
        ("did droste say “now the county wants to finish the job”", "Nell Varga"),
    ],
)
def test_words_of_someone_else_are_not_confirmed_and_theirs_are_shown(
    library: Searcher, question: str, said_by: str
) -> None:
    answer = library.ask(question)
    assert answer.answered
    assert answer.confidence == "low", question
    assert said_by in {str(q.speaker) for q in answer.passages[0].quotes}, question


@pytest.mark.parametrize(
    "question",
    [
        "did ida varga say the library kept this village alive for fifty years",
        "did nell varga say 'the school board failed our kids'",
        "did droste say 'we looked at every other way to save the money'",
    ],
)
def test_words_of_the_one_asked_are_confirmed(library: Searcher, question: str) -> None:
    answer = library.ask(question)
    assert answer.confidence == "high", question
