"""A follow-up's "he" or "she" after a "who ..." question means the person its answer named
("who voted against it" - "what did he say"), not only someone the question named (before:
"I can't tell who you mean")."""

from __future__ import annotations

from bot.engine.answer import Answer
from bot.engine.search import Searcher
from bot.engine.search.settings import FollowUp
from tests.engine.stories import searcher_for

PIER_STORY = "\n".join(
    [
        "The Dunmore council voted 5-2 on Monday to sell the north pier to a hotel developer.",
        "Council member David Morrow, who voted against the sale, called it a giveaway. “We are"
        " handing the waterfront to people who will never fish from it,” Morrow said.",
        "Morrow later said he would ask voters to overturn the sale. “Let the town decide.”",
        "Councilwoman Ines Calder, who proposed the sale, said the pier cost the town too much."
        " “We cannot keep paying to patch it,” Calder said.",
    ]
)


def _after(searcher: Searcher, first: str, then: str) -> Answer:
    before = searcher.ask(first)
    shown = tuple((p.story_id, p.paragraph) for p in before.passages)
    follow = FollowUp(
        first, before.asked_speaker_id, shown, named_speaker_id=before.named_speaker_id
    )
    return searcher.ask(then, follow_up=follow)


def test_he_is_whom_the_answer_named() -> None:
    searcher = searcher_for("pier", PIER_STORY)
    first = searcher.ask("who voted against the sale")
    assert first.confidence == "high"
    answer = _after(searcher, "who voted against the sale", "what did he say")
    assert answer.answered
    assert answer.asked_speaker == "David Morrow"
    assert {q.speaker for q in answer.passages[0].quotes} == {"David Morrow"}


def test_she_after_a_man_named_is_not_him() -> None:
    searcher = searcher_for("pier", PIER_STORY)
    answer = _after(searcher, "who voted against the sale", "what did she say")
    assert answer.asked_speaker != "David Morrow"


def test_a_question_naming_someone_keeps_its_own() -> None:
    searcher = searcher_for("pier", PIER_STORY)
    answer = _after(searcher, "who voted against the sale", "what did calder say about him")
    assert answer.asked_speaker == "Ines Calder"
