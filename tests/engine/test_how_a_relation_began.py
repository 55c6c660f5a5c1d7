""" "How did the friendship between Bukele and Trump start?": how a relation began is how it came
about, which the story's history tells ("who has built a relationship with Bukele over several
years. The two met in 2019"), as "how did X and Y get so close" is read
(`reasons.asks_how_it_came_about`, `_history_first`); the opening passage holding the word
("The long-running friendship between MAGA World and ... Bukele was upheld Monday") came first
(fresh-73 r07). Not of what a relation began to do ("how did the partnership start paying
off")."""

from __future__ import annotations

import pytest

from bot.engine.reasons import asks_how_it_came_about
from tests.engine.stories import searcher_for

HARBOR_STORY = "\n".join(
    [
        "The long-standing friendship between the port's unions and Governor Rosa Quint was on"
        " show Friday at the harbor.",
        "Quint toured the new terminal with dock workers' leader Sam Ortega.",
        "“The terminal will bring a thousand jobs,” Ortega said.",
        "Some shippers have complained about the cost of the terminal.",
        "None of that seems to trouble Quint, who has built a partnership with Ortega over many"
        " years. The two met in 2015, when Ortega led a strike at the old pier.",
    ]
)
HISTORY = "None of that seems to trouble Quint"


@pytest.fixture(scope="module")
def harbor():  # type: ignore[no-untyped-def]
    return searcher_for("harbor", HARBOR_STORY)


@pytest.mark.parametrize(
    "typed",
    [
        # on main: the opening passage first
        "How did the friendship between Quint and Ortega start?",
        # on main: the opening passage first
        "how did quint and ortega's friendship start?",
        # a guard: first on main too
        "how did the partnership between ortega and the governor begin?",
    ],
)
def test_how_a_relation_began_is_told_by_its_history(harbor, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = harbor.ask(typed)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith(HISTORY)


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("how did their alliance begin", True),
        ("how did the relationship between them come about in the first place?", True),
        ("how did the partnership start paying off?", False),
        ("how does the relationship work?", False),
    ],
)
def test_which_questions_ask_how_a_relation_began(question: str, asks: bool) -> None:
    assert asks_how_it_came_about(question) is asks
