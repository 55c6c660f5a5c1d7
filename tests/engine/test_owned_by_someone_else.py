"""A question about something a person owns ("when is Ruiz's term up") is not answered with
confidence by a passage holding that thing's words only as someone else's ("during Hale's
first term"): it tells of theirs, not of the one asked."""

from __future__ import annotations

import pytest

from bot.engine.owners import held_only_as_others, owned_spans, owned_terms
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

FERRY_STORY = "\n".join(
    [
        "Mayor Dana Ruiz of Port Alden opened the new ferry terminal on Friday, a project she"
        " first proposed six years ago.",
        "“This terminal belongs to every family in this town,” Ruiz said at the ribbon cutting.",
        "The terminal cost $48 million, most of it paid by the state.",
        "Governor Tom Hale, who spoke after her, has backed the harbour plan since 2018. Ruiz"
        " and Hale met in 2016, during Hale’s first term, when Ruiz asked the state for"
        " dredging money.",
        "Hale said the state would fund a second terminal if ridership doubles.",
        "Critics say the ferry schedule still leaves the island’s night-shift workers stranded.",
    ]
)


@pytest.fixture(scope="module")
def ferry() -> Searcher:
    return searcher_for("ferry", FERRY_STORY)


def test_someone_elses_term_is_not_the_answer(ferry: Searcher) -> None:
    answer = ferry.ask("when is ruiz's term up")
    assert answer.answered
    assert answer.passages[0].text.startswith("Governor Tom Hale")
    assert answer.confidence == "low"


def test_the_owners_own_term_still_answers(ferry: Searcher) -> None:
    answer = ferry.ask("when did hale's first term start")
    assert answer.passages[0].text.startswith("Governor Tom Hale")
    assert answer.confidence == "high"


def test_what_each_name_owns() -> None:
    text = "They met during Hale’s first term, when Ruiz‘s plan was new."
    mentions = [("hale", text.index("Hale"), text.index("Hale") + 4)]
    mentions.append(("ruiz", text.index("Ruiz"), text.index("Ruiz") + 4))
    spans = owned_spans(text, mentions)
    # the thing owned ends at punctuation or a word of a closed class
    assert owned_terms(text, spans) == {"hale": {"first", "term"}, "ruiz": {"plan"}}
    assert held_only_as_others(text, "term", "ruiz", spans)
    assert not held_only_as_others(text, "term", "hale", spans)
    assert not held_only_as_others(text, "new", "ruiz", spans)
