"""A group asked for in fewer words than the story names it ("the ferry union" of "the ferry
workers' union") is no clear evidence the story does not report its words: searched, its
passages shown low (before: refused, "The story doesn't quote the ferry union."). A group the
story never names is still refused."""

from __future__ import annotations

from tests.engine.stories import searcher_for

STORY = "\n".join(
    [
        "The Port Alder council voted on Tuesday to cut the winter ferry schedule to two runs.",
        "Tomas Reyes, who leads the ferry workers' union, said the vote would cost eleven "
        "deckhands their jobs.",
        "“This council has decided that the island is a line item,” Reyes said.",
    ]
)


def test_a_group_named_with_words_between_is_searched() -> None:
    answer = searcher_for("ferry", STORY).ask("what did the ferry union say")
    assert answer.answered, answer.reason
    assert "ferry workers' union" in answer.passages[0].text


def test_a_group_never_named_is_refused() -> None:
    answer = searcher_for("ferry", STORY).ask("what did the teachers union say")
    assert not answer.answered
