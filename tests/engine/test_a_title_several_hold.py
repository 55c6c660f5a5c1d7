"""A role written only as an abbreviated title ("Sen.", "Gov.") that several people hold asks
for the words of each of them, as a role written out does ("the mayor" of two mayors): "what
did the senator say" of a story quoting "Sen. Alma Reyes" and "Sen. Dale Hobart", or "the
governor" of two stories' governors, was refused on main ("The story doesn't quote the
senator."), because the one described was looked for in other words and two fitted."""

from __future__ import annotations

from bot.engine.builder import build_snapshot
from bot.engine.corpus import parse_story, story_file_text
from bot.engine.search import Searcher

from .stories import searcher_for

DAM = "\n".join(
    [
        "The state Senate voted 21-19 on Tuesday to fund a new dam on the Orrin River.",
        "Sen. Alma Reyes, who wrote the bill, said the dam would end a decade of summer"
        " shortages. “Every farm in the valley has waited for this,” Reyes said.",
        "Sen. Dale Hobart voted against it. “We are spending money we do not have on a lake"
        " nobody asked for,” Hobart said.",
        "Work could begin next spring.",
    ]
)
WILDFIRE = "\n".join(
    [
        "A wildfire burned 3,000 acres north of Pell Creek on Sunday.",
        "Gov. Nora Lindqvist toured the burned hills by helicopter. “We will rebuild every home"
        " this fire took,” Lindqvist said.",
    ]
)
TUITION = "\n".join(
    [
        "Tuition at the state's public colleges will stay flat next year under a budget signed"
        " on Friday.",
        "Gov. Samuel Achebe said families had carried enough. “Not one more dollar from"
        " students this year,” Achebe said.",
    ]
)


def _story(story_id: str, body: str) -> object:
    return parse_story(story_file_text({"id": story_id}, body).encode(), source=f"{story_id}.txt")


def test_two_senators_of_one_story() -> None:
    searcher = searcher_for("dam", DAM)
    for question, speaker in [
        ("what did the senator say about the farms", "Alma Reyes"),
        ("what did the senator say about money", "Dale Hobart"),
    ]:
        answer = searcher.ask(question)
        assert answer.answered, (question, answer.reason)
        assert answer.asked_speaker == speaker, question
        assert "“" in answer.passages[0].text and speaker.split()[-1] in answer.passages[0].text


def test_two_stories_governors() -> None:
    stories = [_story("wildfire", WILDFIRE), _story("tuition", TUITION)]
    searcher = Searcher(build_snapshot(stories, "test"))  # type: ignore[arg-type]
    answer = searcher.ask("what did the governor say about tuition")
    assert answer.answered, answer.reason
    assert answer.asked_speaker == "Samuel Achebe"
    assert answer.passages[0].story_id == "tuition"
    answer = searcher.ask("what did the governor say")
    assert answer.answered, answer.reason
    assert {p.story_id for p in answer.passages} == {"wildfire", "tuition"}


def test_one_governor_guard() -> None:
    """Passes on main too: one holder was found before."""
    answer = searcher_for("wildfire", WILDFIRE).ask("what did the governor say")
    assert answer.answered and answer.asked_speaker == "Nora Lindqvist"
