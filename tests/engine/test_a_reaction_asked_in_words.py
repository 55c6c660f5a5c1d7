""" "Did Biden respond at all to Bukele's WH visit? what did he say": how someone the story never
quotes reacted is searched, what it tells they did answering it ("which Biden rebuffed"); but a
question after it asking only for their words ("what did he say") asks for what they said,
and the story quotes none: "Joe Biden is mentioned in the story but not quoted.", as "what did
biden say about the visit" is. On main the later question was dropped as asking again for what
the one before asked, and the passage on Bukele's 2021 visit was shown, low (fresh-67 u03)."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

VISIT_STORY = "\n".join(
    [
        "Governor Dana Pruitt visited the flooded town of Linden on Friday.",
        "“We will rebuild every bridge,” Pruitt said at the fire station.",
        "Pruitt had asked Senator Mark Hollis to join her, a request Hollis turned down.",
        "Mayor Ed Ruiz thanked her for coming. “Linden will not forget this,” Ruiz said.",
    ]
)


@pytest.fixture(scope="module")
def visit():  # type: ignore[no-untyped-def]
    return searcher_for("visit", VISIT_STORY)


@pytest.mark.parametrize(
    "typed",
    [
        # on main: the passage on his turning her down, low
        "Did Hollis respond at all to the governor's visit? what did he say",
        "how did hollis react to the trip?? what did he say exactly",
    ],
)
def test_their_words_asked_after_a_reaction_of_someone_never_quoted(visit, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = visit.ask(typed)
    assert not answer.answered
    assert answer.reason == "Mark Hollis is mentioned in the story but not quoted."


def test_a_reaction_alone_is_searched(visit) -> None:  # type: ignore[no-untyped-def]
    # a guard, as on main: what the story tells he did
    answer = visit.ask("Did Hollis respond at all to the governor's visit?")
    assert answer.answered
    assert "turned down" in answer.passages[0].text


def test_the_reaction_of_someone_quoted_is_their_words(visit) -> None:  # type: ignore[no-untyped-def]
    # a guard, as on main
    answer = visit.ask("how did ruiz react to the visit? what did he say")
    assert answer.answered
    assert "Linden will not forget this" in answer.passages[0].text
