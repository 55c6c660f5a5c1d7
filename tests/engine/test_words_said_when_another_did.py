"""Someone's words asked for by what another did just before them, on a story of its own: "what
did Calder say when Hardy said he couldn't cut the towers" asks for her reply, which the story
gives after his words ("Calder interrupted to say ...", "“Nobody voted for a wall of glass,” the
mayor said"), as it gives a reaction, not her words elsewhere on the towers. Not when the clause
tells of her own doing ("when she met Hardy")."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

# A mayor and a developer at a meeting: his refusal, her reply after it, and her words on the
# towers from years before
TOWERS_STORY = "\n".join(
    [
        "Mayor Ines Calder met developer Paul Hardy at city hall on Monday to discuss the harbour"
        " towers.",
        "“I want the towers built, and built well,” Calder said when the plan was first shown in"
        " 2023.",
        "Hardy said it would be “impossible” for him to cut the towers to six floors, despite the"
        " council's vote.",
        "“I cannot build six floors and pay for the sea wall,” Hardy said.",
        "Calder interrupted to say the council “would never accept it.”",
        "“Nobody voted for a wall of glass,” the mayor said.",
        "The towers would be the tallest buildings on the coast.",
    ]
)
REPLY = ("Calder interrupted", "“Nobody voted")


@pytest.fixture(scope="module")
def towers() -> Searcher:
    return searcher_for("towers", TOWERS_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "what did calder say when hardy said he couldnt cut the towers",
        "what did the mayor say after hardy said he couldn't cut the towers",
    ],
)
def test_her_reply_after_his_words_comes_first(towers: Searcher, question: str) -> None:
    # before: her words of 2023 on the towers first, held high
    answer = towers.ask(question)
    assert answer.passages[0].text.startswith(REPLY)


def test_a_clause_of_her_own_doing_is_no_deed_of_another(towers: Searcher) -> None:
    answer = towers.ask("what did calder say when she met hardy")
    assert answer.passages[0].text.startswith("“I want the towers")
