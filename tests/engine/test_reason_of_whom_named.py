"""A why-question about what someone named does, asking for no one's words ("why won't Voss
reopen the pool"), is answered by their reason in the quotation carrying on from the passage
telling of it, as a question asking for their words is: the reason is theirs to give."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

POOL_STORY = "\n".join(
    [
        "The Dunmore city council voted last month to reopen the Elm Street pool by June.",
        "Residents have asked for the pool to reopen since it closed in 2019.",
        "But at a news conference on Friday, Mayor Helen Voss said it would be “reckless” to"
        " reopen the Elm Street pool this summer.",
        "“Who is going to pay for the lifeguards?” Voss said. “The city has no way to staff"
        " it before August.”",
        "Council member Omar Diallo said he would ask for a second vote.",
    ]
)


@pytest.fixture(scope="module")
def pool() -> Searcher:
    return searcher_for("pool", POOL_STORY)


@pytest.mark.parametrize(
    "question",
    ["why won't voss reopen the elm street pool?", "Why is Voss refusing to reopen the pool"],
)
def test_their_reason_carried_on_comes_first(pool: Searcher, question: str) -> None:
    answer = pool.ask(question)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith("“Who is going to pay for the lifeguards?”")


def test_a_name_as_an_owner_asks_no_reason_of_them(pool: Searcher) -> None:
    # why her refusal is news, not her reason for it
    answer = pool.ask("why is Voss's refusal to reopen the elm street pool so surprising")
    assert not answer.passages[0].text.startswith("“Who is going to pay")
