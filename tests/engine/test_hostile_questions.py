"""Any text a member can type: the engine answers or explains, and quotes only the story."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.engine.search import Searcher
from bot.engine.snapshot import IndexSnapshot
from bot.errors import QuestionError

STORY_WORDS = ["Bukele", "Trump", "Garcia", "said", "prison", "human", "rights", "what", "did"]
HOSTILE = [
    "@everyone",
    "@here",
    "<@123456789>",
    "<@&987654321>",
    "<#555>",
    "```",
    "**",
    "__",
    "||",
    "> ",
    "# ",
    "[x](https://evil.example)",
    "\u200b",
    "\u202e",
    "\u2066",
    "\ufeff",
    "\x00",
    "'; DROP TABLE quotes; --",
    '" OR 1=1',
    "NEAR(",
    "bukele*",
    "^",
    "\\",
    "%s",
    "{0}",
]
questions = st.one_of(
    st.text(max_size=10_000),
    st.lists(st.sampled_from(STORY_WORDS + HOSTILE), max_size=40).map(" ".join),
    st.lists(
        st.one_of(st.sampled_from(STORY_WORDS + HOSTILE), st.text(max_size=8)), max_size=30
    ).map("".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(question=questions)
@example(question="WHT:0:S:SAID")  # found by this test: an empty word looked up in WordNet
def test_any_question_gets_an_answer_or_a_clear_message(
    searcher: Searcher, story_snapshot: IndexSnapshot, question: str
) -> None:
    try:
        answer = searcher.ask(question)
    except QuestionError as exc:
        assert str(exc)
        return
    [story] = story_snapshot.stories
    if not answer.answered:
        assert answer.reason and not answer.passages
    for passage in answer.passages:
        start = story.body.find(passage.text)
        assert start >= 0, "a passage that is not verbatim in the story"
        for quote in passage.quotes:
            assert passage.text[quote.start : quote.end] == quote.text
