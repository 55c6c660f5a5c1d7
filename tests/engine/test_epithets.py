"""A label the story gives someone ("Lindqvist has called herself “the loudest librarian in the
north”", "Adeyemi, dubbed “the tide tsar” by the fishing crews") lets a question describe them
by it, in another degree ("the loud librarian lady") or with a word for anyone after it ("the
tide tsar guy"): read as asking for that person's words, not refused as someone the story
does not quote (`epithets.py`). On a story of its own (a harbour festival)."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import asked_for_words, searcher_for

FESTIVAL_STORY = "\n".join(
    [
        "The harbour festival opened on Saturday with a record crowd on the quay.",
        "Festival director Petra Lindqvist said the fireworks would start an hour later this year.",
        "“We moved them for the families with small children,” Lindqvist said.",
        "Lindqvist has called herself “the loudest librarian in the north” and once “a "
        "reluctant showwoman.”",
        "Harbour master Olu Adeyemi, dubbed “the tide tsar” by the fishing crews, said boats "
        "must leave the inner basin by noon.",
        "“Nobody moors there on Saturday, not even me,” Adeyemi said.",
    ]
)


@pytest.fixture(scope="module")
def festival() -> Searcher:
    return searcher_for("festival", FESTIVAL_STORY)


@pytest.mark.parametrize(
    ("question", "speaker", "words"),
    [
        (
            "what did the loud librarian lady say about the fireworks",
            "Petra Lindqvist",
            "fireworks",
        ),
        ("what did the reluctant showwoman say about the families", "Petra Lindqvist", "families"),
        ("the tide tsar guy, what did he say about mooring", "Olu Adeyemi", "Nobody moors"),
    ],
)
def test_a_label_the_story_gives_names_the_person(
    festival: Searcher, question: str, speaker: str, words: str
) -> None:
    answer = asked_for_words(festival, question, speaker)
    assert words in answer.passages[0].text


def test_a_description_no_label_holds_is_still_no_one(festival: Searcher) -> None:
    # "tsar" is a word of Adeyemi's label, "pier" none: the description fits nobody
    answer = festival.ask("what did the pier tsar say about mooring")
    assert answer.asked_speaker is None
