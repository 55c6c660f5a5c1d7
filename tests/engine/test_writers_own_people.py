"""Someone of the writer's own life as the subject of a clause ("my 12yo asked", "A friend is
thinking about", "My husband swears") tells why the writer asks, nothing of the story
(bot/engine/chat.py, `_told_by_someone_of_theirs` in `writer_spans`): their noun and verb are
no topic words ("friend" found a passage on a "friendship", "asked" one where someone asked),
their verb only when it says, thinks, wants or perceives ("my aunt is visiting X" may ask
about visiting); what they said or think of is kept."""

from __future__ import annotations

import pytest

from bot.engine.chat import writer_spans
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

# A mayor's town: a passage on a friendship and one where she asked, beside the answers.
TOWN_STORY = "\n".join(
    [
        "The long friendship between Brindle and its sister city Haldorf began when Haldorf"
        " was thinking of building a harbour.",
        "Mayor Ines Varga asked the county for money for the harbour wall, and asked again in"
        " 2021.",
        "Varga, who took office in 2019 after a close race against the harbour master, has"
        " called herself “the benevolent tyrant of Brindle” in speeches to the council.",
        "The county has lowered its travel warning for Brindle to the lowest level, and the"
        " ferry to the islands runs again after the storms of last winter.",
        "Critics say Varga has packed the town council with her allies.",
        "Brindle has about 12,000 residents.",
    ]
)


@pytest.fixture(scope="module")
def town() -> Searcher:
    return searcher_for("town", TOWN_STORY)


def test_a_friend_of_the_writer_is_no_word_of_the_question(town: Searcher) -> None:
    # before, "friend" found "The long friendship ...", first
    answer = town.ask("Is it actually ok to travel there now? A friend is thinking about a trip")
    assert answer.passages[0].text.startswith("The county has lowered its travel warning")


def test_the_writers_child_asking_is_no_word_of_the_question(town: Searcher) -> None:
    # before, "asked" found "Mayor Ines Varga asked the county ...", first
    answer = town.ask("is varga basically a tyrant?? my 12yo asked and i had no answer 😅")
    assert answer.passages[0].text.startswith("Varga, who took office")


@pytest.mark.parametrize(
    ("message", "spans"),
    [
        ("did he say it? My husband swears he did.", ["My husband swears"]),
        ("what was the video? my cousin said it was a parade", ["my cousin said"]),
        ("is it safe? A friend is thinking about a trip", ["A friend is thinking"]),
        ("how old is she? my 12 year old wants to know", ["my 12 year old wants"]),
        # what they do may be what is asked: only who they are is left out
        ("my aunt is visiting Brindle, is the ferry running?", ["my aunt"]),
        # within a clause, or "a" before anyone but someone of the writer's own
        ("what did the mayor tell my kids", []),
        ("is she a friend of the mayor? a judge said so", []),
        ("what did our president say about it", []),
    ],
)
def test_what_counts_as_someone_of_the_writers_own(message: str, spans: list[str]) -> None:
    assert [message[start:end] for start, end in writer_spans(message)] == spans
