"""Among several stories, a question naming one ("in the zoo story what did the director
say") is answered from that story only, and a reply stays in the story of the answer it
replies to ("director quote?" after the zoo keeper's words: the zoo's director; "who wrote
that", "when was that published"). On main the named story's words were only searched
(another story's director first, or its passages shown after), and "who wrote that" in a
reply was searched as words of the text."""

from __future__ import annotations

import datetime as dt

from bot.engine.builder import build_snapshot
from bot.engine.corpus import parse_story, story_file_text
from bot.engine.search import Searcher

from .stories import asked_in_turn

ZOO = "\n".join(
    [
        "The Calloway Zoo will close its elephant house next month and send its two elephants"
        " to a sanctuary in Tennessee.",
        "Director Ana Ruiz said the herd needed more room than the city could give it. “They"
        " deserve miles, not acres,” Ruiz said.",
        "Keeper Tom Abernethy, who has cared for the elephants for 20 years, said he would"
        " travel with them. “I will be there when they step off the truck,” Abernethy said.",
        "The zoo will use the building for a new reptile exhibit.",
    ]
)
MUSEUM = "\n".join(
    [
        "The Calloway Art Museum will charge admission for the first time in its history,"
        " starting in June.",
        "Director Paul Stone said the museum had lost money for five years. “Free was a"
        " promise we could no longer afford,” Stone said.",
        "Visitors under 18 will still get in free. “Children should never pay to see art,”"
        " Stone added.",
    ]
)


def _searcher() -> Searcher:
    stories = [
        parse_story(
            story_file_text({"id": sid, "authors": [author], "published": date}, body).encode(),
            source=f"{sid}.txt",
        )
        for sid, author, date, body in [
            ("zoo", "Lena Ortiz", dt.date(2026, 5, 2), ZOO),
            ("museum", "Omar Haddad", dt.date(2026, 6, 11), MUSEUM),
        ]
    ]
    return Searcher(build_snapshot(stories, "test"))


def test_a_question_naming_its_story() -> None:
    searcher = _searcher()
    for question, story in [
        ("in the zoo story what did the director say", "zoo"),
        ("what did the director say in the museum article", "museum"),
        ("in the elephant story, what did the director say about money", "zoo"),
    ]:
        answer = searcher.ask(question)
        assert answer.answered, (question, answer.reason)
        assert {p.story_id for p in answer.passages} == {story}, question


def test_a_reply_stays_in_the_story_of_its_answer() -> None:
    searcher = _searcher()
    answer = asked_in_turn(searcher, "what did abernethy say", "director quote?")
    assert answer.passages[0].story_id == "zoo"
    assert answer.asked_speaker == "Ana Ruiz"
    for question, fact in [("who wrote that", "byline"), ("when was that published", "published")]:
        answer = asked_in_turn(searcher, "what did paul stone say about children", question)
        assert answer.about_story is not None, question
        assert answer.about_story.asked == (fact,)
        assert answer.about_story.story.id == "museum"


def test_guards() -> None:
    """Pass on main too: a reply naming someone of the other story is answered from theirs,
    and a story named by its place among the others ("the other story") is no story named."""
    searcher = _searcher()
    answer = asked_in_turn(searcher, "what did abernethy say", "what did the director say")
    assert answer.passages[0].story_id == "zoo"
    answer = asked_in_turn(searcher, "what did abernethy say", "what did paul stone say")
    assert answer.passages[0].story_id == "museum"
    answer = searcher.ask("in the other story what did ruiz say")
    assert answer.passages[0].story_id == "zoo"
