"""Among several stories, one named as a message's heading, with no article and a mark after
it ("ferry story: what did the captain say", "bakery article - who ...", "re ferry piece,
..."), is the story asked within, as "in the ferry story" is, and what is asked is read
after its mark ("ferry article - what did the owner say": the owner's words). On the
branch's base the heading was only words searched: another story's captain first, or no
speaker read after the dash."""

from __future__ import annotations

from bot.engine.builder import build_snapshot
from bot.engine.corpus import parse_story, story_file_text
from bot.engine.search import Searcher

FERRY = "\n".join(
    [
        "The Brisk Island ferry will stop running on Sundays from March, the county said.",
        "Captain Hal Morrow, who has run the boat for 14 years, said the islanders were"
        " angry. “Sunday is the day families come to visit,” Morrow said.",
        "Owner Joan Teague of the ferry line said fuel costs had doubled. “We cannot sail an"
        " empty boat,” Teague said.",
    ]
)
BAKERY = "\n".join(
    [
        "Flour & Fig, the bakery on Dock Street, will close after 31 years.",
        "Owner Rosa Lind said the rent had tripled since 2020. “I cannot sell that many loaves,”"
        " Lind said.",
        "Captain Ed Varga, a regular who stops by on his way to the harbor, said he would miss"
        " the rye. “Best bread on the coast,” Varga said.",
    ]
)


def _searcher() -> Searcher:
    stories = [
        parse_story(story_file_text({"id": sid}, body).encode(), source=f"{sid}.txt")
        for sid, body in [("ferry", FERRY), ("bakery", BAKERY)]
    ]
    return Searcher(build_snapshot(stories, "test"))  # type: ignore[arg-type]


def test_a_story_named_as_a_heading() -> None:
    searcher = _searcher()
    for question, story, speaker in [
        ("bakery story: what did the captain say", "bakery", "Ed Varga"),
        ("ferry article - what did the owner say", "ferry", "Joan Teague"),
        ("re ferry piece, what did the captain say", "ferry", "Hal Morrow"),
        ("bakery story – what did the owner say about rent", "bakery", "Rosa Lind"),
    ]:
        answer = searcher.ask(question)
        assert answer.answered, (question, answer.reason)
        assert answer.asked_speaker == speaker, (question, answer.asked_speaker)
        assert {p.story_id for p in answer.passages} == {story}, (question, answer.passages)


def test_a_heading_of_no_story_guard() -> None:
    """A guard (passes on the base too): a heading naming no story asks the corpus."""
    answer = _searcher().ask("quick story: what did the captain say")
    assert answer.answered
    assert {p.story_id for p in answer.passages} == {"ferry", "bakery"}
