"""How students doing homework ask about a story, on a story of its own: a question put in
other words that points back at the one before it ("... called a lifeline? like how do both of
them benefit"), a question restated after a comma ("what's the plant thing, like where even is
it"), "which other country", and the writer's own work ("for my school essay"). Each showed a
passage that does not answer first, or one about what the writer's words name."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

# A town's desalination plant, two officials' partnership, a foreign firm's gift.
PLANT_STORY = "\n".join(
    [
        "Mayor Dana Whitlock of Port Selwyn met Governor Ellis Crane on Monday to open the"
        " town's new desalination plant.",
        "Whitlock and Crane have formed what Harlow College economist Joan Ferris calls a"
        " “lifeline partnership.”",
        "Pupils at the island school wrote essays about the plant for a county prize.",
        "Local fishermen said both towns benefit from the cleaner harbor, and shop owners said"
        " their sales had risen all summer.",
        "Council members discussed the plant's costs again on Monday night.",
        "The plant sits just outside the village of Gull Cove.",
        "Whitlock has been criticized for her close ties to Norway at the expense of Denmark,"
        " after a Norwegian firm built the intake pipes as a gift to the country.",
        "Crane said the partnership with Whitlock has given the island a new face and a chance"
        " to draw investment to the small Atlantic country.",
        "Port Selwyn has a population of just 4,000 people, most of them in the old harbor"
        " district.",
    ]
)


@pytest.fixture(scope="module")
def plant() -> Searcher:
    return searcher_for("selwyn-plant", PLANT_STORY)


def test_a_restated_question_pointing_back_is_read_with_the_one_before_it(
    plant: Searcher,
) -> None:
    # "like how do both of them benefit" was read in place of the question before it, as
    # "like, what's the population?" is: who "them" are, and the "lifeline" asked about, were
    # lost, and the fishermen's passage shown first, rated high
    answer = plant.ask(
        'what\'s the point of their deal being called a "lifeline"? like how do both of them'
        " benefit"
    )
    assert "lifeline partnership" in answer.passages[0].text


def test_the_kind_of_answer_is_read_of_a_question_restated_after_a_comma(
    plant: Searcher,
) -> None:
    # "like where even is it" asks where: the passage placing the plant, not the council's
    # talk of it (shown first, rated high)
    answer = plant.ask("whats the plant thing everyone keeps talking abt, like where even is it")
    assert "just outside the village of Gull Cove" in answer.passages[0].text
    assert plant.ask("where even is the plant").passages[0].text.startswith("The plant sits")


@pytest.mark.parametrize(
    "question",
    ["which other country is whitlock too friendly with", "which country is whitlock close to"],
)
def test_which_country_is_answered_by_a_passage_naming_one(plant: Searcher, question: str) -> None:
    # "the small Atlantic country" names no country; "other" before the kind word is no kind
    assert "close ties to Norway" in plant.ask(question).passages[0].text


@pytest.mark.parametrize(
    "question",
    [
        "for my school essay, how many people live in port selwyn",
        "how many people live in port selwyn, for context in my essay",
        # a part asking only what the writer is to do with the answer asks nothing of the story
        "how many people live in port selwyn? whats the main thing i should put in my essay",
    ],
)
def test_the_writers_own_work_is_no_topic(plant: Searcher, question: str) -> None:
    # the pupils' essays are not what the writer's essay asks about
    answer = plant.ask(question)
    assert "population of just 4,000" in answer.passages[0].text
    assert answer.confidence == "high"
    assert not any("essays" in passage.text for passage in answer.passages)


# A footbridge whose engineer is named Pike: "like" is one letter from her name.
BRIDGE_STORY = "\n".join(
    [
        "The county opened a new footbridge over the Lune on Saturday.",
        "The bridge cost 3 million pounds, most of it from a national fund.",
        "“It will change how people get to work,” said engineer Ruth Pike, who designed it.",
        "Shops on the east bank said trade rose in the first week.",
    ]
)


@pytest.mark.parametrize(
    "question",
    [
        "the new bridge thing, like how much did it cost",
        "how much did the bridge cost? like was it a lot",
    ],
)
def test_an_english_word_typed_in_lower_case_is_no_name_misspelt(question: str) -> None:
    # "like" was read as "Pike", and the engineer's quote shown first
    bridge = searcher_for("lune-bridge", BRIDGE_STORY)
    assert "3 million pounds" in bridge.ask(question).passages[0].text


# A pier: what it does for the town, and a mayor's words about it.
PIER_STORY = "\n".join(
    [
        "The harbor town of Kessock held a ribbon cutting on Friday.",
        "The pier lets the fishing fleet unload at low tide, which is expected to bring more"
        " trade to the town's market.",
        "“It is a gift to all of us,” Mayor Iona Rae said of the pier, and the council said it"
        " would hold a fair there in May.",
        "Work on the pier took two years and cost 4 million pounds.",
        "Some residents said the noise from the building work kept them awake.",
    ]
)


@pytest.mark.parametrize(
    "question",
    [
        "how is the pier supposed to help the local economy",
        "what is the pier supposed to do for the town",
    ],
)
def test_a_semi_auxiliary_is_no_topic(question: str) -> None:
    # "supposed" reached "say" by WordNet, and the passage of "said" came first
    pier = searcher_for("kessock-pier", PIER_STORY)
    assert "unload at low tide" in pier.ask(question).passages[0].text
