"""Questions about the story itself (who wrote it, when, where, its link) answered from its
header and byline, never with a passage that merely shares a word."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from bot.engine import story_facts
from bot.engine.builder import build_snapshot
from bot.engine.corpus import parse_story, story_file_text
from bot.engine.search import FollowUp, Searcher
from bot.engine.story_facts import StoryFact

BRIDGE = "\n".join(
    [
        "The county will rebuild the Mill Street bridge next spring, officials said Monday.",
        "Engineer Rosa Tamm wrote the report that found cracks in two of its piers.",
        "“We cannot wait another winter,” Tamm said.",
        "The new bridge will have a cycle lane on each side.",
        "Lee Okafor contributed to this story",
    ]
)
MARKET = "\n".join(
    [
        "The farmers market moves to the old rail yard on Saturday.",
        "Stall holders welcomed the extra space.",
    ]
)


def _story(story_id: str, body: str, **meta: object) -> object:
    text = story_file_text({"id": story_id, **meta}, body)
    return parse_story(text.encode(), source=f"{story_id}.txt")


@pytest.fixture(scope="module")
def bridge() -> Searcher:
    story = _story(
        "mill-street-bridge",
        BRIDGE,
        title="Mill Street bridge to be rebuilt",
        outlet="The Valley Courier",
        url="https://courier.example/mill-street-bridge",
        published=dt.date(2026, 3, 2),
        authors=["Jo Park"],
    )
    return Searcher(build_snapshot([story], "test"))  # type: ignore[list-item]


@pytest.fixture(scope="module")
def market() -> Searcher:
    """A story whose header gives nothing but its id."""
    return Searcher(build_snapshot([_story("market-move", MARKET)], "test"))  # type: ignore[list-item]


def test_who_wrote_it_names_the_authors_and_quotes_the_byline_line(bridge: Searcher) -> None:
    for question in ("who wrote this article?", "whos the author", "who reported this"):
        answer = bridge.ask(question)
        assert answer.answered and answer.confidence == "high", question
        assert answer.about_story is not None and answer.about_story.asked == ("byline",)
        lines = [line.text for line in answer.about_story.lines()]
        assert "Written by Jo Park; Lee Okafor contributed." in lines
        # the story's own byline line, verbatim, never a paragraph about who wrote a report
        assert [p.text for p in answer.passages] == ["Lee Okafor contributed to this story"]
        assert answer.passages[0].paragraph == 5


def test_when_where_and_the_link_come_from_the_header(bridge: Searcher) -> None:
    def said(question: str) -> list[str]:
        answer = bridge.ask(question)
        assert answer.about_story is not None, question
        assert answer.passages == ()  # no passage holds these
        return [f"{line.text} {line.url or ''}".strip() for line in answer.about_story.lines()]

    assert "Published on 2026-03-02." in said("when was this published")
    assert "Published by The Valley Courier." in said("what outlet is this from")
    assert "Its link: https://courier.example/mill-street-bridge" in said("wheres the link")
    assert "Its title is “Mill Street bridge to be rebuilt”." in said("whats the headline")
    both = bridge.ask("who wrote this piece and when?").about_story
    assert both is not None and both.asked == ("byline", "published")


def test_an_empty_header_is_said_plainly(market: Searcher) -> None:
    answer = market.ask("where's the link to the article")
    assert answer.answered and answer.about_story is not None
    assert [line.text for line in answer.about_story.lines()] == [
        "About the story market-move:",
        "There is no link to it in the story's details.",
    ]
    author = market.ask("who wrote this").about_story
    assert author is not None
    assert author.lines()[1].text == "No author is named in the story or its details."
    json = market.ask("what outlet published this").public_json()
    assert json["about_story"] == {
        "asked": ["outlet"],
        "document": "market-move",
        "title": None,
        "outlet": None,
        "url": None,
        "published": None,
        "authors": [],
        "contributors": [],
        "quoted": [],
        "reported": [],
    }


@pytest.mark.parametrize(
    "question",
    [
        "who else worked on this story",
        "who contributed to the article",
        "who helped with this piece",
    ],
)
def test_who_worked_on_it_names_the_byline(bridge: Searcher, question: str) -> None:
    answer = bridge.ask(question)
    assert answer.about_story is not None and answer.about_story.asked == ("byline",)
    assert [p.text for p in answer.passages] == ["Lee Okafor contributed to this story"]


@pytest.mark.parametrize(
    "question",
    [
        "who else helped put this story together?",
        "who helped write the article",
        "who put this piece together",
        "who else wrote this story",
    ],
)
def test_who_helped_write_it_or_put_it_together_names_the_byline(
    bridge: Searcher, question: str
) -> None:
    # before: searched ("who helped write this article" found a passage, high)
    answer = bridge.ask(question)
    assert answer.about_story is not None and answer.about_story.asked == ("byline",)
    assert [p.text for p in answer.passages] == ["Lee Okafor contributed to this story"]


def test_who_put_a_thing_of_the_story_together_is_searched(bridge: Searcher) -> None:
    answer = bridge.ask("who put the report about the piers together")
    assert answer.about_story is None


def test_who_worked_on_a_thing_the_story_tells_of_is_searched(bridge: Searcher) -> None:
    answer = bridge.ask("who worked on the report about the piers")
    assert answer.about_story is None
    assert "Engineer Rosa Tamm wrote the report" in answer.passages[0].text


def test_questions_about_something_else_the_story_wrote_are_searched(bridge: Searcher) -> None:
    """ "who wrote the report" asks about the story's text: Rosa Tamm wrote it."""
    answer = bridge.ask("who wrote the report on the cracks")
    assert answer.about_story is None
    assert "Engineer Rosa Tamm wrote the report" in answer.passages[0].text
    for question in ("whats the link between the cracks and the rebuild", "when was it built"):
        assert bridge.ask(question).about_story is None, question


def test_which_story_among_several() -> None:
    stories = [
        _story("mill-street-bridge", BRIDGE, authors=["Jo Park"]),
        _story("market-move", MARKET, authors=["Sam Reyes"]),
    ]
    searcher = Searcher(build_snapshot(stories, "test"))  # type: ignore[arg-type]
    named = searcher.ask("who wrote the farmers market article").about_story
    assert named is not None and named.story.id == "market-move"
    # a follow-up to an answer from a story is about that story
    follow_up = FollowUp(
        question="why rebuild it", asked_speaker_id=None, shown=(("mill-street-bridge", 4),)
    )
    after = searcher.ask("who wrote this", follow_up=follow_up).about_story
    assert after is not None and after.story.authors == ("Jo Park",)
    unclear = searcher.ask("who wrote this")
    assert not unclear.answered and "Which story do you mean?" in (unclear.reason or "")


def test_a_message_asking_about_the_story_and_its_text_gets_both(bridge: Searcher) -> None:
    answer = bridge.ask("who wrote this? and why is the bridge being rebuilt")
    assert answer.about_story is not None and answer.about_story.asked == ("byline",)
    texts = [p.text for p in answer.passages]
    assert texts[0] == "Lee Okafor contributed to this story"
    assert any("cracks in two of its piers" in text for text in texts[1:])
    assert [p.rank for p in answer.passages] == list(range(1, len(texts) + 1))


def test_in_a_follow_up_it_is_what_was_asked_before_not_the_story(bridge: Searcher) -> None:
    """Replying "when was it built?" to an answer on the bridge asks about the bridge; "this"
    still names the story, and so does a question of its own."""
    follow_up = FollowUp(
        question="what will the new bridge have",
        asked_speaker_id=None,
        shown=(("mill-street-bridge", 4),),
    )
    for question in ("when was it written?", "who wrote it"):
        answer = bridge.ask(question, follow_up=follow_up)
        assert answer.about_story is None, question
        alone = bridge.ask(question).about_story
        assert alone is not None, question
    this = bridge.ask("who wrote this", follow_up=follow_up).about_story
    assert this is not None and this.story.authors == ("Jo Park",)


def test_a_later_part_s_it_is_what_the_part_before_asked_of(bridge: Searcher) -> None:
    """ "what did the report find? and who wrote it?": "it" is the report, searched (before: the
    story's byline, or "Which story do you mean?" among several); after a part asking of the
    story, "it" is still the story."""
    answer = bridge.ask("what did the report find? and who wrote it?")
    assert answer.about_story is None
    assert "Engineer Rosa Tamm wrote the report" in answer.passages[0].text
    both = bridge.ask("who wrote this? when was it published?").about_story
    assert both is not None and set(both.asked) == {"byline", "published"}


def test_the_outlet_publishing_and_the_story_s_headline_are_asked_of_the_story() -> None:
    """ "when did the valley courier publish the bridge story" (before: refused, "The story
    doesn't quote the valley courier."), "what's the bridge story's headline" (before: searched,
    a passage low)."""
    stories = [
        _story(
            "mill-street-bridge",
            BRIDGE,
            title="Mill Street bridge to be rebuilt",
            outlet="The Valley Courier",
            published=dt.date(2026, 3, 2),
        ),
        _story("market-move", MARKET, title="Market moves"),
    ]
    searcher = Searcher(build_snapshot(stories, "test"))  # type: ignore[arg-type]
    when = searcher.ask("when did the valley courier publish the bridge story").about_story
    assert when is not None and when.asked == ("published",)
    assert when.story.id == "mill-street-bridge"
    title = searcher.ask("what's the bridge story's headline").about_story
    assert title is not None and title.asked == ("title",)
    assert title.story.id == "mill-street-bridge"
    assert searcher.ask("when did the council publish the report").about_story is None


@pytest.mark.parametrize("fact", list(StoryFact))
def test_a_fact_s_pattern_is_tried_wherever_it_could_match(fact: StoryFact) -> None:
    """A fact's pattern is compiled and tried only where a cheap test of the starts of its
    alternatives passes: that test passes on every message the pattern matches (messages
    made from the pattern itself)."""
    pattern = story_facts._pattern(fact, "this|it")

    @settings(max_examples=60, deadline=None)
    @given(message=st.from_regex(pattern))
    def passes(message: str) -> None:
        assume(pattern.search(message))  # the generator overlooks lookaheads
        assert story_facts._MAY_ASK_FOR[fact].search(message)

    passes()


@pytest.mark.parametrize(
    "question",
    ["what's this article about?", "tldr", "tl;dr pls", "summary of the story", "gist?"],
)
def test_what_the_story_is_about_is_its_opening_paragraphs(bridge: Searcher, question: str) -> None:
    # Before: "what's this article about" was refused ("doesn't say anything about that") and
    # "tldr" got a passage sharing no word with it, as if it answered
    answer = bridge.ask(question)
    assert answer.answered and answer.confidence == "high"
    assert answer.about_story is not None and answer.about_story.asked == ("gist",)
    assert answer.about_story.lines()[1].text == "What it is about, in its opening paragraphs:"
    assert [p.paragraph for p in answer.passages] == [1, 2]
    assert answer.passages[0].text == BRIDGE.splitlines()[0]  # verbatim


@pytest.mark.parametrize(
    "question",
    [
        "who is quoted in the story?",
        "whos quoted",
        "who does this article quote",
        "who was interviewed",
    ],
)
def test_who_the_story_quotes_names_them_and_shows_no_passage(
    bridge: Searcher, question: str
) -> None:
    # Before: a passage quoting one of them was shown with high confidence, as if it answered
    answer = bridge.ask(question)
    assert answer.answered and answer.confidence == "high"
    assert answer.about_story is not None and answer.about_story.asked == ("quoted",)
    # named as her quotes are attributed wherever they are shown
    tamm = bridge.ask("what did Tamm say").passages[0].quotes[0].speaker
    assert tamm is not None and "Rosa Tamm" in tamm
    assert answer.about_story.lines()[1].text == f"It quotes {tamm}."
    assert answer.passages == ()
    assert answer.public_json()["about_story"]["quoted"] == [tamm]  # type: ignore[index]


def test_a_story_quoting_no_one_says_so(market: Searcher) -> None:
    answer = market.ask("who is quoted in this article")
    assert answer.about_story is not None
    assert answer.about_story.lines()[1].text == "It quotes no one by name."


@pytest.mark.parametrize(
    "question", ["who is quoted saying they cannot wait", "tldr on what Tamm said"]
)
def test_questions_on_what_is_said_are_still_searched(bridge: Searcher, question: str) -> None:
    answer = bridge.ask(question)
    assert answer.about_story is None and answer.answered
    assert "We cannot wait another winter" in answer.passages[0].text


def test_what_a_thing_in_the_story_is_about_is_searched(bridge: Searcher) -> None:
    answer = bridge.ask("what is the report about")
    assert answer.about_story is None and answer.answered
    assert "found cracks" in answer.passages[0].text
