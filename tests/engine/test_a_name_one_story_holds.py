"""Among several stories, a word of the question no English word that one story alone holds
(a town's name) says which story it is about, as a story named does (passages of that story
first): "who is the mayor of dunmere" of two stories' mayors, the Dunmere story never naming
its town beside its mayor. On main the other town's mayor was first, rated high."""

from __future__ import annotations

from bot.engine.builder import build_snapshot
from bot.engine.corpus import parse_story, story_file_text
from bot.engine.search import Searcher

DUNMERE = "\n".join(
    [
        "Dunmere will plant 4,000 trees along its streets over the next five years.",
        "Mayor Colm Reidy said the city had lost too much shade to storms. “A street without"
        " trees is an oven in August,” Reidy said.",
        "Planting starts in the spring.",
    ]
)
ASHCOMBE = "\n".join(
    [
        "Ashcombe's council voted to raise parking fees downtown to $3 an hour.",
        "Mayor Wren Talbot defended the fees as the only way to pay for street repairs. “The"
        " mayor's job is to fix the roads, and roads cost money,” Talbot said.",
        "The mayor said the fees would be reviewed in a year.",
    ]
)


def _searcher() -> Searcher:
    stories = [
        parse_story(story_file_text({"id": sid}, body).encode(), source=f"{sid}.txt")
        for sid, body in [("trees", DUNMERE), ("parking", ASHCOMBE)]
    ]
    return Searcher(build_snapshot(stories, "test"))


def test_the_story_a_name_points_at() -> None:
    searcher = _searcher()
    answer = searcher.ask("who is the mayor of dunmere")
    assert answer.passages[0].story_id == "trees"
    assert not (answer.confidence == "high" and answer.passages[0].story_id == "parking")


def test_guards() -> None:
    """Pass on main too: a name two stories hold, or none, says nothing of which."""
    searcher = _searcher()
    answer = searcher.ask("who is the mayor of ashcombe")
    assert answer.passages[0].story_id == "parking"
    answer = searcher.ask("what did talbot say about roads")
    assert answer.passages[0].story_id == "parking"
