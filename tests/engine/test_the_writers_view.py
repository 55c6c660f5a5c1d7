""" "How does the article judge the attitude of the Trump administration in front of the reports
of abuses in the prisons?": what the story itself thinks is asked, its own view, which it
tells in its own words ("Those concerns don't seem to be top of mind for the Trump
administration"), not in a quotation of someone it quotes ("Flores-Macias warned that reports
of human rights abuses ... should be taken seriously", first on main: it holds more of the
question's words; fresh-84 r05, fresh-76 r04). A passage quoting no one has its score doubled
when the question asks what the article, story, writer or author thinks, judges, suggests or
how it characterises something (`search.writers_view_bonus`)."""

from __future__ import annotations

import pytest

from bot.engine.story_facts import asks_the_writers_view
from tests.engine.stories import searcher_for

DAM_STORY = "\n".join(
    [
        "The regional council approved the new dam on the Orla river on Tuesday.",
        "Still, while calling the vote a “big day for the valley,” hydrologist Ines Varga warned"
        " that reports of cracks and leaks in the old dam upstream should be taken seriously.",
        "Those worries don't seem to be on the agenda of the council's majority.",
        "“We have studied the river for ten years,” council leader Piet Aalders said.",
        "The dam is expected to open in 2029.",
    ]
)


@pytest.fixture(scope="module")
def dam():  # type: ignore[no-untyped-def]
    return searcher_for("dam", DAM_STORY)


@pytest.mark.parametrize(
    "typed",
    [
        # on main: Varga's warning first, holding "reports", "cracks", "dam" (high, the first)
        "What does the writer think of the council majority attitude to the reports of leaks"
        " in the old dam?",
        "How does the story characterize the council majority's view of the reports of cracks"
        " and leaks in the old dam?",
    ],
)
def test_the_stories_own_view_comes_first(dam, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = dam.ask(typed)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith("Those worries")


def test_someones_words_asked_are_still_theirs(dam) -> None:  # type: ignore[no-untyped-def]
    # guard: what the hydrologist said is her warning, whatever the story's own words say
    answer = dam.ask("What did the hydrologist say about the reports of cracks in the old dam?")
    assert answer.passages[0].text.startswith("Still, while calling")


@pytest.mark.parametrize(
    ("question", "view"),
    [
        ("How does the article judge the attitude of the council?", True),
        ("why does the article think the same thing is happening here", True),
        ("Why does the story suggest the council is ignoring it?", True),
        ("what does the author make of the vote", True),
        ("How does the story characterize the council's attitude?", True),
        # what someone the story quotes thinks, or what it says: not its view
        ("does the article say what the hydrologist thinks of the dam", False),
        ("what does the story say about the dam", False),
        ("what does Varga think of the dam", False),
    ],
)
def test_asking_the_stories_view(question: str, view: bool) -> None:
    assert asks_the_writers_view(question) is view
