"""`Councilman Derek Osei posted on X: "..."`, `Late Saturday he posted on Instagram: "..."`:
words a person posted are theirs, when "posted" (on a site) and a colon introduce the
quotation; "posted" is no cue otherwise ("the team posted its best record"). On a story of its
own (a music festival called off)."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import quoted, searcher_for

FESTIVAL_STORY = "\n".join(
    [
        "The Riverbend Music Festival was called off on Friday after storms flooded its grounds.",
        "Headliner Nora Vance, who had flown in from Lisbon, did not speak to reporters. Late "
        "Friday she posted on Instagram: “Heartbroken. We will come back and play twice as "
        "long.”",
        "After the announcement, Councilman Theo Brandt, who chairs the parks committee, posted "
        "on X: “Refunds by Monday, or we will ask why.”",
        "The festival posted record ticket sales this spring, and organizers called the "
        "weekend “a total loss.”",
    ]
)


@pytest.fixture(scope="module")
def festival() -> Searcher:
    return searcher_for("riverbend", FESTIVAL_STORY)


def test_words_posted_on_a_site_are_the_posters(festival: Searcher) -> None:
    assert quoted(festival, "Heartbroken") == ["Nora Vance"]
    assert quoted(festival, "Refunds by Monday") == ["Theo Brandt"]
    # organizers the story does not name: nobody, "posted" no cue of the festival's
    assert quoted(festival, "a total loss") == [None]
