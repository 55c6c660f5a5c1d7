""" "Which word does he use for their relation?" (fresh-84 r01's second question, typed with its
auxiliary): words someone uses are their words, and "what word does the professor use" was
read with "does the professor" as the speaker, never quoted: refused. And the professor's
words on the relation are the passage relaying them ("the pair have formed a symbiotic
relationship, according to ... professor Gustavo Flores-Macias"), not the quotation carrying
on from it, which never names the relation: the relaying passage holding a word of the
question the quotation lacks stays first (`_own_words_beside`), and a word the question says
in another form ("relation": "relationship", a bridge) is that word."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

RAIL_STORY = "\n".join(
    [
        "The port of Kestrel and the inland town of Marrow signed a new rail deal on Monday.",
        "While a town of 3,000 people would seem an odd partner for a port, the two have formed"
        " a lopsided relationship, according to Durham University professor Alan Reece.",
        "“For the port, the line to Marrow brings a steady flow of grain that keeps its cranes"
        " busy all winter,” Reece said.",
        "“For Marrow, the port has opened the markets of the coast,” he added.",
        "The mayor of Marrow, Jo Pike, said the first train would run in June.",
    ]
)


@pytest.fixture(scope="module")
def rail():  # type: ignore[no-untyped-def]
    return searcher_for("rail", RAIL_STORY)


@pytest.mark.parametrize(
    "typed",
    [
        # on main: refused ("The story doesn't quote does the professor.")
        "what word does the professor use for their relation",
        # guard: a name after the auxiliary was read as his on main too
        "Which word did Reece use for the relation between the towns?",
        # on main: his quotation after it first, which never names the relation
        "the words the professor used for their relation",
    ],
)
def test_the_words_used_are_the_passage_naming_the_relation(  # type: ignore[no-untyped-def]
    rail, typed: str
) -> None:
    answer = rail.ask(typed)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith("While a town")


def test_his_own_words_on_what_they_name_still_come_first(rail) -> None:  # type: ignore[no-untyped-def]
    # guard: the quotation holding what is asked is first
    answer = rail.ask("what did the professor say about the grain?")
    assert answer.passages[0].text.startswith("“For the port")
