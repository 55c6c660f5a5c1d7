""" "how come the professor thinks this meeting matters beyond just the US and El Salvador?":
what a question sets aside ("beyond (just) X", "besides X", "other than X", "apart from X",
"aside from X") is not what it asks about. Its words were read as the topic, and found the
passage telling what the asker already has ("For President Trump, the ability to send
deportees to El Salvador's maximum-security prison ...", rated high) above the one telling
the rest ("a “PR win for both presidents” that is sure to get the attention of other leaders
in the Latin world"; fresh-74 r07). Now they are left out of the topic, to the clause's end:
a mark that is no part of a word, or "per" ("besides the cash, per the professor")."""

from __future__ import annotations

import pytest

from bot.engine.question import set_aside
from tests.engine.stories import first_passage, searcher_for

ROWING_STORY = "\n".join(
    [
        "The town of Dunmore hosted the national rowing championships on its river this weekend.",
        "Lena Marsh, a tourism researcher at Keele University, has studied the town for years.",
        "“For Dunmore and its rowing club, the championships bring thousands of visitors and"
        " a new boathouse,” Marsh said.",
        "Still, while calling the regatta “a showcase for small river towns” that is sure"
        " to catch the eye of other councils along the coast, Marsh warned that the river needs"
        " cleaning.",
        "The rowing club has 300 members and trains at dawn.",
    ]
)
SHOWCASE = "Still, while calling the regatta"


@pytest.fixture(scope="module")
def rowing():  # type: ignore[no-untyped-def]
    return searcher_for("rowing", ROWING_STORY)


@pytest.mark.parametrize(
    "typed",
    [
        "how come the researcher thinks the regatta matters beyond just Dunmore and its rowing"
        " club?",
        "apart from the visitors and the new boathouse for Dunmore, what does the regatta mean"
        " according to Marsh?",
        "what does the regatta do for anyone other than Dunmore's rowing club and its visitors?",
    ],
)
def test_words_set_aside_are_no_topic(rowing, typed: str) -> None:  # type: ignore[no-untyped-def]
    assert first_passage(rowing, typed).startswith(SHOWCASE)


@pytest.mark.parametrize(
    "typed",
    [
        # guards: nothing set aside, or what is set aside is not what is asked
        "what did Marsh say the regatta brings to Dunmore and its rowing club?",
        "besides the river, what does Dunmore's rowing club get out of the regatta?",
    ],
)
def test_what_is_not_set_aside_is_still_asked(rowing, typed: str) -> None:  # type: ignore[no-untyped-def]
    assert first_passage(rowing, typed).startswith("“For Dunmore")


@pytest.mark.parametrize(
    ("typed", "aside"),
    [
        ("what's in it for el salvador besides the cash, per the professor", "besides the cash"),
        ("besides the cash per the professor what's in it for them", "besides the cash"),
        ("Beyond the optics what does the analyst say he gains?", "Beyond the optics"),
        # nothing set aside but marks: "tourism" is asked
        ("whats he getting besides $$ 🤔 tourism or smth?", None),
        (
            "does it matter beyond just the US and El Salvador?",
            "beyond just the US and El Salvador",
        ),
        ("who else spoke other than the mayor", "other than the mayor"),
        ("what did she say", None),
    ],
)
def test_what_is_set_aside_ends_with_its_clause(typed: str, aside: str | None) -> None:
    spans = set_aside(typed)
    assert [typed[start:end] for start, end in spans] == ([aside] if aside else [])
