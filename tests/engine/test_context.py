"""A paragraph that carries on from the one before (it opens with a quotation or a word pointing
back) is ranked with the question's words that paragraph holds, on stories of their own."""

from __future__ import annotations

import pytest

from bot.engine.passage_terms import PassageTerms, continues_previous
from bot.engine.search import Searcher
from bot.engine.search.settings import SearchSettings
from bot.engine.text import tokens
from tests.engine.stories import first_passage, searcher_for

RESERVOIR_STORY = "\n".join(
    [
        (
            "The Milltown water board voted on Thursday to shut the Cedar Creek reservoir after "
            "inspectors found lead in the old pipes that feed it."
        ),
        (
            "Those results worried parents at the two primary schools nearby, who now send "
            "their children with bottled water every morning."
        ),
        "Board chair Priya Natarajan said the reservoir would stay closed until the summer.",
        "“Every household will get a free filter until the work is done,” she said.",
        "Parents at the schools also asked the board for longer playground hours last year.",
        "The reservoir opened in 1962 and serves about 40,000 households.",
        "A neighbouring town replaced its pipes in 2015.",
        "Shops near the creek report more customers buying bottled water and filters.",
        "The board meets again in June.",
        "Cedar Creek is also a popular fishing spot in the autumn.",
        "Local farmers draw irrigation water from a separate canal.",
        "The town library will extend its opening hours in the autumn.",
        "A new bus route to the hospital starts in May.",
        "The football club won its third match in a row on Saturday.",
        "Road works on the high street are due to finish by Easter.",
        "The council plans a bicycle lane along the river path.",
    ]
)

BAY_STORY = "\n".join(
    [
        (
            "The Gull Bay port authority has been fined for a decade of dumping, a report by "
            "the Harbour Watch group found."
        ),
        "“The dumping poisoned the oyster beds and nobody was told,” the report reads.",
        "Oyster farmers in the bay have also struggled with storms this year.",
        "The port handles about 300 ships a month.",
        "Fishing boats were moved to a new dock in March.",
        "The authority's director, Sam Okoye, resigned on Friday.",
        "Tourism in the town has grown since the new ferry opened.",
        "The bay's beaches will stay open over the summer.",
        "A public meeting on the fine is set for next week.",
    ]
)


@pytest.fixture(scope="module")
def reservoir() -> Searcher:
    return searcher_for("reservoir", RESERVOIR_STORY)


@pytest.fixture(scope="module")
def bay() -> Searcher:
    return searcher_for("bay", BAY_STORY)


@pytest.mark.parametrize(
    "question",
    [
        # the lead and the reservoir are named in the paragraph before: "Those results ..."
        "how did parents at the schools react to the lead in the reservoir pipes?",
        "how are parents at the schools coping with the lead in the reservoir",
    ],
)
def test_a_paragraph_pointing_back_is_found_with_what_it_points_at(
    reservoir: Searcher, question: str
) -> None:
    assert first_passage(reservoir, question).startswith("Those results worried parents")
    # without the paragraph before, the passage naming the lead (or the other one on the
    # schools' parents) comes first
    unaware = Searcher(reservoir.snapshot, SearchSettings(context_weight=0))
    assert not first_passage(unaware, question).startswith("Those results")


def test_a_quotation_is_found_with_what_the_paragraph_before_says_it_is_about(
    bay: Searcher,
) -> None:
    question = "did the port authority's dumping hurt the oysters?"
    assert first_passage(bay, question).startswith("“The dumping poisoned the oyster beds")
    unaware = Searcher(bay.snapshot, SearchSettings(context_weight=0))
    assert first_passage(unaware, question).startswith("The Gull Bay port authority")


@pytest.mark.parametrize(
    ("text", "continues"),
    [
        ("Those concerns don't seem to be top of mind for the council.", True),
        ("He has been criticized for his ties to the mayor.", True),
        ("None of that appears to bother the board.", True),
        ("“It’s an honor to be here,” the mayor said.", True),
        ('"We will fix it," she said.', True),
        ("The council voted on Tuesday.", False),
        ("Theresa May visited the town.", False),  # a name, not "these"
        ("Board chair Priya Natarajan said the work would start soon.", False),
        ("", False),
    ],
)
def test_which_paragraphs_carry_on_from_the_one_before(text: str, continues: bool) -> None:
    assert continues_previous(text) is continues


def test_the_first_passage_of_a_story_continues_nothing_and_the_flags_are_stored() -> None:
    texts = ["“Our crews will work all winter,” she said.", "Those roads stay shut.", "A ferry."]
    built = PassageTerms.build(
        [(tokens(t), False) for t in texts], [continues_previous(t) for t in texts]
    )
    assert [built.continues(i) for i in range(3)] == [False, True, False]
    loaded = PassageTerms.from_bytes(built.to_bytes())
    assert [loaded.continues(i) for i in range(3)] == [False, True, False]
    # two stories side by side: the second's first passage does not continue the first's last
    joined = PassageTerms.join([built, built])
    assert [joined.continues(i) for i in range(6)] == [False, True, False, False, True, False]
