"""A bare "and then?" ("then what?") after someone's words asks for the rest of
them, as "did he say anything else" does: after all of a speaker's words were shown, "That is
all the story quotes of ..." (before: the same passage shown again, rated high)."""

from __future__ import annotations

import pytest

from bot.engine.answer import Answer
from bot.engine.search import Searcher
from bot.engine.search.settings import FollowUp
from tests.engine.stories import searcher_for

HARBOR_STORY = "\n".join(
    [
        "The Dunmore harbor will close its north pier for repairs in March.",
        "“The pilings are rotten and we will not wait for a storm,” harbor master Ines Calder"
        " said on Friday.",
        "Fishermen said the closure would cost them the spring season.",
        "“We were told nothing until yesterday,” said boat owner Rafe Morrow. “Nobody asked us.”",
        "Morrow said he would ask the council to delay the work until June.",
    ]
)


def _after(searcher: Searcher, first: str, then: str) -> Answer:
    before = searcher.ask(first)
    shown = tuple((p.story_id, p.paragraph) for p in before.passages)
    return searcher.ask(then, follow_up=FollowUp(first, before.asked_speaker_id, shown))


@pytest.mark.parametrize("then", ["and then?", "then what", "and then"])
def test_and_then_after_all_of_their_words(then: str) -> None:
    answer = _after(searcher_for("harbor", HARBOR_STORY), "what did calder say", then)
    assert not answer.answered
    assert answer.reason == "That is all the story quotes of Ines Calder."


@pytest.mark.parametrize("then", ["and him?", "what about him"])
def test_a_lone_pronoun_of_the_other_sex_is_someone_else(then: str) -> None:
    # "and him?" after a woman's words asks of someone else: not her words again, rated high
    answer = _after(searcher_for("harbor", HARBOR_STORY), "what did calder say", then)
    assert answer.asked_speaker != "Ines Calder"
    assert answer.confidence != "high"
