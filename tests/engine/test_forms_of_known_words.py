"""A topic word the story uses may stand in the right passage in another of its forms, on a
story of its own: "how many detainees" is answered by "police detained 140 protesters" though
the story says "detainees" elsewhere (bridges are looked for only from words a story never
uses). The passage holds the thing counted, in the shape of its verb, and as much of the
topic: the answer, rated so. A count of something else is still none."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

# A march in a river town: who was held, what their lawyers said, what the march was about.
MARCH_STORY = "\n".join(
    [
        "Police in Velden detained 140 protesters after Saturday's march against the new "
        "toll bridge.",
        "Lawyers for the detainees said they had not been allowed to call their families.",
        "The toll bridge will charge drivers four euros a crossing from next spring.",
        "Organisers said 3,000 people joined the march, twice as many as the police counted.",
        "The town council approved the bridge in a vote of nine to four last year.",
        "Mayor Ruth Ebner said the council would review the tolls after a year.",
        "Shops along the river closed early on Saturday, and two buses were rerouted.",
        "The bridge's builder, Halden Works, expects to finish the deck by March.",
    ]
)


@pytest.fixture(scope="module")
def march() -> Searcher:
    return searcher_for("march", MARCH_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "how many detainees did police take in velden after the march",
        "how many detainees after saturday's march",
    ],
)
def test_a_count_held_in_another_form_of_its_word_is_the_answer(
    march: Searcher, question: str
) -> None:
    answer = march.ask(question)
    assert "detained 140 protesters" in answer.passages[0].text
    assert answer.confidence == "high"


# A border station's week: a plural the dictionary of forms does not know ("deportees"), looked
# up singular.
BORDER_STORY = "\n".join(
    [
        "Officers at the Kessel crossing deported 35 travellers who arrived without visas.",
        "The deportees were put on a night train to the coast on Friday.",
        "Queues at the crossing reached four hours during the holiday weekend.",
        "A new scanner for lorries was installed in the spring at a cost of two million euros.",
        "The station chief, Anton Weiss, said staff numbers had not changed in ten years.",
        "Local hotels reported more guests stranded overnight than in any year before.",
    ]
)


def test_a_plural_of_a_form_the_dictionary_lacks() -> None:
    border = searcher_for("border", BORDER_STORY)
    answer = border.ask("how many deportees did officers at the crossing have")
    assert "deported 35 travellers" in answer.passages[0].text
    assert answer.confidence == "high"


def test_a_count_of_something_else_is_still_none(march: Searcher) -> None:
    # the passage holding a number has no form of "buses"; the shops' passage has no number
    answer = march.ask("how many buses did the police detain")
    assert answer.confidence == "low"


# A harbour's new pier, opened by its former mayor: "ex-mayor" is the story's "former mayor".
PIER_STORY = "\n".join(
    [
        "Former mayor Lars Viken cut the ribbon on the new pier at Brekke harbour on Sunday.",
        "The pier cost 4 million kroner and took two years to build.",
        "Fishing boats will moor on its north side; ferries on the south.",
        "Mayor Hanne Dahl thanked the crews who worked through the winter.",
        "A cafe and a fish market will open on the pier in May.",
        "The old wooden jetty it replaces was built in 1952.",
    ]
)


def test_ex_before_a_word_is_the_story_s_former() -> None:
    pier = searcher_for("pier", PIER_STORY)
    answer = pier.ask("who is the ex-mayor")
    assert "Former mayor Lars Viken" in answer.passages[0].text  # not the mayor
    assert answer.confidence == "high"
