"""A word opening a sentence with a comma after it that is an adverb ("Still,", "Meanwhile,",
"Yet,", "Indeed,") is capitalised only by its place: with an appositive after its comma
("Still, the town's mayor, Tom Ellery, said ...") it was read as someone called "Still", the
town's mayor, and a question asking whether something is "still" so was then held low as
about that someone rather than the story's own people. Not a one-word name at a sentence
start ("Ellery, who ...", "Early, the town's mayor," where the story writes "Mayor Ann Early")."""

from __future__ import annotations

from bot.engine.attribution import attribute_story
from bot.engine.builder import build_snapshot
from bot.engine.corpus import parse_story, story_file_text
from bot.engine.models import Story
from bot.engine.search import Searcher

CURFEW = "\n".join(
    [
        "Harwick's council voted on Monday to keep the town's 10 p.m. curfew for teenagers"
        " through the summer.",
        "Still, the town's mayor, Tom Ellery, said the curfew would be lifted in September if"
        " the break-ins stopped.",
        "“We are not punishing anyone, we are keeping the streets quiet,” Ellery said.",
        "Meanwhile, the police chief, Ana Ruiz, said officers would hand out warnings first."
        " Indeed, a local farmer, Sam Hale, said he had seen no trouble at all.",
    ]
)
BRIDGE = "\n".join(
    [
        "The Ferris Street bridge will close for repairs for six weeks starting in June.",
        "Engineers found cracks in two of its supports during an inspection in April, the"
        " county said.",
    ]
)
NAMES = "\n".join(
    [
        "Mayor Ann Early opened the fair on Saturday.",
        "Early, the town's mayor, said the fair had raised $4,000. Ellery, who runs the bakery,"
        " sold out by noon.",
        "Yet, the fair's treasurer, Rosa Finch, said costs had doubled.",
    ]
)


def _story(story_id: str, body: str) -> Story:
    return parse_story(story_file_text({"id": story_id}, body).encode(), source=f"{story_id}.txt")


def test_an_opening_adverb_is_no_one() -> None:
    people = attribute_story(_story("curfew", CURFEW)).people
    assert [p.name for p in people] == ["Tom Ellery", "Ana Ruiz", "Sam Hale"]
    people = attribute_story(_story("fair", NAMES)).people
    assert "Yet" not in [p.name for p in people]


def test_a_question_asking_whether_it_is_still_so_is_held_high() -> None:
    searcher = Searcher(
        build_snapshot([_story("curfew", CURFEW), _story("bridge", BRIDGE)], "test")
    )
    for question in [
        "will the curfew still be there in the summer",
        "is harwick still keeping the curfew",
    ]:
        answer = searcher.ask(question)
        assert answer.passages[0].story_id == "curfew", question
        assert answer.confidence == "high", question


def test_guards() -> None:
    """Pass on main too: a one-word name opening a sentence is still someone."""
    people = {p.name: p for p in attribute_story(_story("fair", NAMES)).people}
    assert "town's mayor" in people["Ann Early"].roles
    assert "Ellery" in people
    assert "Rosa Finch" in people
