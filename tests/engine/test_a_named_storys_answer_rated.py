"""Among several stories, a question naming one ("in the rowing story what did the coach
say", "what did quill say in the marathon article") is answered and rated as the question
without those words would be in that story alone: the words naming it are where to look, not
what it is about; a role or a surname two stories' people hold is the named story's; and
its first passage is rated as the first, not low because another story's ranked above it.
On the branch's base each was shown from the story named, low."""

from __future__ import annotations

from bot.engine.builder import build_snapshot
from bot.engine.corpus import parse_story, story_file_text
from bot.engine.search import Searcher

MARATHON = "\n".join(
    [
        "More than 9,000 runners finished the Ashby Marathon on Sunday in record heat.",
        "Coach Lena Dorsey, who trains the city's club runners, said the heat slowed every"
        " pace. “Nobody ran the race they trained for,” Dorsey said.",
        "Pat Quill, 24, won the women's race in 2 hours 41 minutes. “I poured water on my head"
        " at every mile,” Quill said.",
    ]
)
ROWING = "\n".join(
    [
        "The Ashby rowing club will move its boathouse upriver after spring floods.",
        "Coach Ivan Moss said the old dock had been under water for six weeks. “We lost the"
        " whole spring season to the river,” Moss said.",
        "Sam Quill, a rower with the club for ten years, said members would pay for the move."
        " “We will carry the boats ourselves if we have to,” Quill said.",
    ]
)


def _searcher() -> Searcher:
    stories = [
        parse_story(story_file_text({"id": sid}, body).encode(), source=f"{sid}.txt")
        for sid, body in [("marathon", MARATHON), ("rowing", ROWING)]
    ]
    return Searcher(build_snapshot(stories, "test"))  # type: ignore[arg-type]


def test_a_named_storys_answer_is_rated_as_its_own() -> None:
    searcher = _searcher()
    for question, story, speaker in [
        ("in the rowing story what did the coach say", "rowing", "Ivan Moss"),
        ("what did the coach say in the marathon article", "marathon", "Lena Dorsey"),
        ("what did quill say in the rowing piece", "rowing", "Sam Quill"),
        ("in the marathon story, what did quill say", "marathon", "Pat Quill"),
    ]:
        answer = searcher.ask(question)
        assert answer.answered, (question, answer.reason)
        assert answer.asked_speaker == speaker, (question, answer.asked_speaker)
        assert answer.passages[0].story_id == story, question
        assert speaker.split()[-1] in answer.passages[0].text, question
        assert answer.confidence == "high", question


def test_the_story_named_by_what_it_says_guard() -> None:
    """A guard (passes on the base too): "what does the rowing story say about X" keeps its
    words (no place phrase to leave out) and answers from that story."""
    answer = _searcher().ask("what does the rowing story say about the floods")
    assert answer.answered and {p.story_id for p in answer.passages} == {"rowing"}
