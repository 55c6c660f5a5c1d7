"""A follow-up naming its thing by "it" and little else ("when did it start", after a question
on the curfew) is about the question before's topic: the passage telling when the curfew was
imposed comes first (before: "start" alone was searched, and the passage on when the market
opened came first)."""

from __future__ import annotations

from bot.engine.search import FollowUp
from tests.engine.stories import searcher_for

STORY = "\n".join(
    [
        "Residents of Harlow say the city's youth curfew has emptied the riverside at night.",
        "“The curfew treats every teenager as a suspect,” said Nadia Price of the Harlow Civil"
        " Liberties Union.",
        "The riverside market first opened in May 2021, its organisers said.",
        "The curfew was imposed in June 2023 after a string of late-night fights downtown.",
    ]
)


def test_it_in_a_follow_up_is_the_topic_before() -> None:
    searcher = searcher_for("curfew", STORY)
    first = "what did price say about the curfew"
    before = searcher.ask(first)
    shown = tuple((p.story_id, p.paragraph) for p in before.passages)
    answer = searcher.ask(
        "when did it start", follow_up=FollowUp(first, before.asked_speaker_id, shown)
    )
    assert "June 2023" in answer.passages[0].text
