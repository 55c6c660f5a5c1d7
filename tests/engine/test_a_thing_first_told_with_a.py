"""A thing a story first tells of with "a" ("Officials began a curfew on March 3") and names
with "the" after it ("The curfew runs from 9 p.m.") is the one the "the" names: a date question
naming it ("when was the curfew") of the passage telling it with "a" was held low as dating
another of its kind (`Searcher._another_of_its_kind`, fitted on "the meeting" told first and
"arriving unannounced for a meeting" in 2021 after it, which it still holds low)."""

from __future__ import annotations

from bot.engine.builder import build_snapshot
from bot.engine.corpus import parse_story, story_file_text
from bot.engine.search import Searcher

CURFEW = "\n".join(
    [
        "Officials in Dunmore began a curfew on March 3 after two nights of looting downtown.",
        "The curfew runs from 9 p.m. to 6 a.m., and the police chief, Ana Ruiz, said it would be"
        " enforced strictly.",
        "Shop owners said the curfew had cost them their evening trade.",
    ]
)
SUMMIT = "\n".join(
    [
        "The two mayors met at the river summit to sign a water-sharing pact.",
        "The summit ended with a joint statement on flood defences.",
        "Mayor Ruth Kemp first tried to hold a summit with her neighbour in 2019, but the"
        " invitation went unanswered.",
    ]
)
BRIDGE = "\n".join(
    [
        "The Ferris Street bridge will close for repairs for six weeks starting in June.",
        "Engineers found cracks in two of its supports during an inspection in April, the"
        " county said.",
    ]
)


def _searcher() -> Searcher:
    stories = [
        parse_story(story_file_text({"id": sid}, body).encode(), source=f"{sid}.txt")
        for sid, body in [("curfew", CURFEW), ("summit", SUMMIT), ("bridge", BRIDGE)]
    ]
    return Searcher(build_snapshot(stories, "test"))


def test_the_one_first_told_with_a_is_dated_high() -> None:
    searcher = _searcher()
    for question in ["when was the curfew", "what date was the curfew", "when did the curfew come"]:
        answer = searcher.ask(question)
        assert "March 3" in answer.passages[0].text, question
        assert answer.confidence == "high", question


def test_guards() -> None:
    """Pass on main too: "a summit" after "the summit" is another one, its date not asked."""
    answer = _searcher().ask("when was the summit")
    assert "2019" in answer.passages[0].text
    assert answer.confidence == "low"
