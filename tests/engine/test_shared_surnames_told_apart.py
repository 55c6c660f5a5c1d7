"""Two people sharing a surname, and a bare surname that a careful reader can still tell: the
title written before it ("Dr. Kessler" of Sheriff Tom and Dr. Ngaio Kessler) is the one the
story gave that title, and a pronoun after is that one again; in a paragraph naming one of them
as themselves and another only as an owner ("Tom Kessler's son"), the one named as themselves;
"the younger Castell ... said he" of two whose roles do not say who is younger, the one the
bound pronoun fits. A bare "Kessler" the text does not decide stays nobody's. On stories of
their own (a flood in a river town, a tennis final)."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import quoted, searcher_for

FLOOD_STORY = "\n".join(
    [
        "The Cold River crested at 31 feet on Wednesday, flooding about 400 homes in Dunmore.",
        "“We moved everyone out of the low streets by midnight,” Sheriff Tom Kessler said.",
        "Dr. Ngaio Kessler, director of Dunmore General Hospital and the sheriff’s older "
        "sister, said the hospital had moved its patients to the upper floors.",
        "“The generators have fuel for four days, which is more than we had in 2011,” Dr. "
        "Kessler said.",
        "She said the bigger worry was the water supply: “If the treatment plant floods, every "
        "tap in town is suspect.",
        "“So boil your water. Every glass, every pot, every time.”",
        "“The levee held where we rebuilt it,” Sheriff Kessler said.",
        "Ben Kessler, a volunteer firefighter and Tom Kessler’s son, spent the night on the "
        "levee. “We filled sandbags until our hands bled,” Kessler told reporters.",
        "Kessler said the town would need help from the state. “We cannot do this alone,” "
        "Kessler said.",
    ]
)


@pytest.fixture(scope="module")
def flood() -> Searcher:
    return searcher_for("dunmore", FLOOD_STORY)


def test_the_title_before_a_shared_surname_is_the_one_given_that_title(flood: Searcher) -> None:
    assert quoted(flood, "The generators have fuel") == ["Ngaio Kessler"]
    assert quoted(flood, "The levee held") == ["Tom Kessler"]
    # a bare "Kessler" the text does not decide stays nobody's
    assert quoted(flood, "We cannot do this alone") == [None]


def test_a_shared_surname_is_the_one_its_paragraph_names_but_as_an_owner(
    flood: Searcher,
) -> None:
    # "Ben Kessler, ... and Tom Kessler's son, ...": the father is named only as whose son
    # Ben is; "Kessler told reporters" after is Ben
    assert quoted(flood, "We filled sandbags") == ["Ben Kessler"]


def test_a_pronoun_after_the_titled_name_is_that_one_again(flood: Searcher) -> None:
    # "She said ...:" opens the next paragraph, and the quotation runs on into another
    assert quoted(flood, "every tap in town is suspect") == ["Ngaio Kessler"]
    assert quoted(flood, "So boil your water") == ["Ngaio Kessler"]


TENNIS_STORY = "\n".join(
    [
        "Daniel Castell won the state tennis title on Saturday in three sets.",
        "“He never once looked at me for help,” said Coach Maria Castell, who has run the Bayview "
        "program since 2009.",
        "The younger Castell, a junior who has signed with Lakeshore College, said he was never "
        "nervous. “The second set was the hardest, and after that I felt free,” he said.",
    ]
)


def test_the_younger_of_two_is_the_one_a_pronoun_bound_to_the_cue_fits() -> None:
    # neither's role says who is younger; "said he" does, of a man and a woman
    tennis = searcher_for("bayview", TENNIS_STORY)
    assert quoted(tennis, "The second set was the hardest") == ["Daniel Castell"]
