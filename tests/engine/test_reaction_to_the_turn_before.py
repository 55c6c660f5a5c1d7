""" "what did <someone> say" then "and how did <another> respond": the reaction asked is to
what the turn before showed, so the other's words after it come first (before: their first
passage, which introduces them, rated high)."""

from __future__ import annotations

from bot.engine.answer import Answer
from bot.engine.search import Searcher
from bot.engine.search.settings import FollowUp
from tests.engine.stories import searcher_for

PIER_STORY = "\n".join(
    [
        "The Dunmore council voted 5-2 on Monday to sell the north pier to a hotel developer.",
        "Councilwoman Ines Calder, who proposed the sale, said the pier cost the town too much."
        " “We cannot keep paying to patch it,” Calder said. “The councilwoman before me"
        " tried and failed.”",
        "A study found the pier loses about $40,000 a year.",
        "Fisherman Tom Becker, who has docked at the pier for thirty years, said the sale would"
        " end his trade. “Where am I supposed to tie up my boat, at the hotel bar?” he asked.",
        "Calder dismissed that. “There is a marina two miles south,” she said on Tuesday.",
        "The sale is expected to close in the autumn.",
    ]
)


def _after(searcher: Searcher, first: str, then: str) -> Answer:
    before = searcher.ask(first)
    shown = tuple((p.story_id, p.paragraph) for p in before.passages)
    return searcher.ask(then, follow_up=FollowUp(first, before.asked_speaker_id, shown))


def test_the_reply_to_the_words_shown_comes_first() -> None:
    searcher = searcher_for("pier", PIER_STORY)
    answer = _after(searcher, "what did tom becker say", "and how did the councilwoman respond")
    assert answer.asked_speaker == "Ines Calder"
    assert answer.passages[0].paragraph == 5
