"""Questions about the bot itself ("what are your sources", "how do you know this", "what can
you do", "help") are answered from what it is and the stories it reads, each with its title,
outlet, date and link; never with a passage that merely shares a word, nor refused as having
nothing to search for. Questions about a story's content are read as before."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.engine.about_bot import STORIES_LISTED, asked_about_the_bot
from bot.engine.builder import build_snapshot
from bot.engine.corpus import parse_story, story_file_text
from bot.engine.search import FollowUp, Searcher
from bot.engine.search.reading import as_searched

ORCHARD = "\n".join(
    [
        "The Hillside orchard will open its gates to pickers on Saturday, its owners said.",
        "“We expect a record crop of pears this year,” grower Dana Pell said.",
        "Pell said the late frost spared most of the trees.",
        "“It was a near thing,” Pell added.",
    ]
)
SCHOOL = "\n".join(
    [
        "The district will add a late bus for students at Ridge Middle School.",
        "“Parents asked for this for years,” board member Omar Fenn said.",
    ]
)


def _story(story_id: str, body: str, **meta: object) -> object:
    text = story_file_text({"id": story_id, **meta}, body)
    return parse_story(text.encode(), source=f"{story_id}.txt")


@pytest.fixture(scope="module")
def two() -> Searcher:
    orchard = _story(
        "hillside-orchard",
        ORCHARD,
        title="Hillside orchard opens for picking",
        outlet="The Vale Gazette",
        url="https://gazette.example/orchard",
        published=dt.date(2026, 9, 4),
    )
    school = _story("late-bus", SCHOOL)
    return Searcher(build_snapshot([orchard, school], "test"))  # type: ignore[list-item]


@pytest.fixture(scope="module")
def many() -> Searcher:
    stories = [
        _story(f"town-news-{n}", f"The town fair number {n} drew a crowd, organisers said.")
        for n in range(STORIES_LISTED + 2)
    ]
    return Searcher(build_snapshot(stories, "test"))  # type: ignore[list-item]


def _said(searcher: Searcher, question: str, follow_up: FollowUp | None = None) -> list[str]:
    answer = searcher.ask(question, follow_up=follow_up)
    assert answer.answered and answer.confidence == "high", question
    assert answer.about_bot is not None, question
    assert answer.passages == (), question  # no passage is what the bot is
    assert answer.about_story is None
    return [f"{line.text} {line.url or ''}".strip() for line in answer.about_bot.lines()]


def test_its_sources_are_the_stories_with_their_header(two: Searcher) -> None:
    for question in ("what are your sources?", "hey bot, what r ur sources", "sources?"):
        lines = _said(two, question)
        assert lines[0].startswith("My sources are the stories I have read: I answer only")
        assert "The 2 stories:" in lines
        assert (
            "“Hillside orchard opens for picking”, The Vale Gazette, 2026-09-04 "
            "https://gazette.example/orchard"
        ) in lines
        # a header left empty is said plainly, not shown as blanks
        assert "late-bus (its details give no title, outlet, date or link)" in lines


def test_how_it_knows_in_reply_to_an_answer_names_that_answers_story(two: Searcher) -> None:
    shown = FollowUp(
        question="what did pell say about the frost",
        asked_speaker_id=None,
        shown=(("hillside-orchard", 3), ("hillside-orchard", 4)),
    )
    for question in ("how do you know this?", "where's this from", "which article is this"):
        lines = _said(two, question, shown)
        assert "The story that answer quotes:" in lines, question
        assert not any(line.startswith("late-bus") for line in lines), question
    method = _said(two, "how do you know this?", shown)
    assert method[0].startswith("I'm a bot that knows only what the stories say: I find")
    # not refused as having no words to search for
    assert _said(two, "how do u know that")[0].startswith("I'm a bot")


def test_what_it_can_do_gives_an_example_the_stories_answer(two: Searcher) -> None:
    for question in ("what can you do?", "help", "bot, help pls", "what can I ask you"):
        lines = _said(two, question)
        assert lines[0].startswith("Ask me about the stories in a sentence"), question
        # the person the stories quote most
        assert "For example: “what did Dana Pell say?”" in lines, question


def test_a_large_corpus_lists_a_few_stories_and_counts_the_rest(many: Searcher) -> None:
    lines = _said(many, "what are your sources")
    total = STORIES_LISTED + 2
    assert f"{STORIES_LISTED} of the {total} stories:" in lines
    assert sum(line.startswith("town-news-") for line in lines) == STORIES_LISTED
    assert lines[-1] == "… and 2 more."


@pytest.mark.parametrize(
    "question",
    [
        "where did Pell say that",
        "who wrote the letter to the district",
        "when was the orchard opened",
        "how do you know if a pear is ripe",
        "what can you tell me about the frost",
        "what are the sources of the crop",
        "what did Pell say? what are your sources",
        "how did Pell know this",
        "what can the district do",
    ],
)
def test_a_question_about_the_stories_content_is_not_about_the_bot(
    two: Searcher, question: str
) -> None:
    assert asked_about_the_bot(as_searched(question)) == ()
    assert two.ask(question).about_bot is None
