"""Words of a question asking for a figure that say how it is asked, not what of: a passage
need not hold them (`signals.Qualifiers`). A verb of beginning in a date question ("when did
the emergency start") asks the date of the thing itself, which a story gives where it tells it
came about ("A state of emergency enacted in March 2022 remains in effect"), in words of its
own; a word saying the figure may be approximate ("roughly how many people live in El
Salvador", "what's the population, roughly?") says how close it need be, not what it is of
(WordNet's sense of "approximately"). Before, each counted as a topic word the passage missed,
and right passages holding every other word were rated low (over the sets in tests/data:
seven questions, docs/quality-history.md, 9reach9). Both are read for a question asking for a
figure only: "why did the curfew start" asks of the start itself, "did the crew treat the
riders roughly" of the manner."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

CURFEW_STORY = "\n".join(
    [
        "The city of Port Varna will keep its downtown restrictions through the summer, "
        "Mayor Ines Dalca said on Tuesday.",
        'A review of the waterfront program by the Harbor Rights Project reads: "Since '
        '2020 the city has spent heavily on night patrols and cameras."',
        '"A curfew imposed in June 2021 remains in effect. Officers have made hundreds of'
        " stops, searched bags without cause and held teenagers for hours without calling"
        ' their parents, and complaints have gone unanswered."',
        'Shop owners on Quay Street said the rule has cost them evening customers. "We '
        'close at nine now because nobody comes," said baker Tomas Reil.',
        "Police Chief Anya Brook said reported break-ins fell by a third in the first year.",
        "Parents said teenagers have been kept off the waterfront at night ever since the"
        " ban on late-night youth gatherings took hold.",
        '"Teenagers need somewhere to go at night, not a locked gate," said Reverend Paul'
        " Oduya, who runs a youth program.",
        "Dalca said the city would review the rule once the new harbor lights are installed.",
        "The lights, paid for by a state grant, are due by the end of the year.",
        "Fishermen who work the night tides said the ban has not touched them.",
        "The harbor master, Leni Sato, said the docks have been quieter at night since "
        "the patrols started.",
    ]
)

ISLAND_STORY = "\n".join(
    [
        "The county opened a new ferry route between Port Alder and Gull Island on "
        "Saturday, the first since the old pier closed in 2019.",
        "Gull Island, a fishing community with a population of about 2,300, has had no "
        "car ferry for six years.",
        '"We never planned for this many riders," said Nora Pell, who runs the ferry for '
        "the county.",
        "The county paid $2.4 million for the boat, which carries 120 passengers and 30 cars.",
        "Gull Island's mayor, Tom Reyes, said the island's shops had their busiest "
        "weekend in years.",
        "Economist Lena Ruiz of Alder College said the route could lift the island's economy.",
        '"I would not expect the boat to pay for itself for a decade," Ruiz added.',
        "Residents complained that the ferry left travelers waiting in the rain at the dock.",
        "The county will add a second boat by June, Pell said.",
        "Fishermen said the new dock blocks part of the harbor at low tide.",
        "The island school, which has 40 pupils, will run a field trip on the first crossing.",
    ]
)


@pytest.fixture(scope="module")
def curfew() -> Searcher:
    return searcher_for("curfew", CURFEW_STORY)


@pytest.fixture(scope="module")
def island() -> Searcher:
    return searcher_for("island", ISLAND_STORY)


def _coverage(searcher: Searcher, question: str) -> float:
    reading = searcher.confidence_reading(question)
    assert reading is not None
    return reading[0].coverage


@pytest.mark.parametrize(
    "question",
    ["when did the curfew start", "when did the curfew begin", "so when did that curfew start"],
)
def test_a_verb_of_beginning_is_not_asked_of_the_dated_passage(
    curfew: Searcher, question: str
) -> None:
    answer = curfew.ask(question)
    assert answer.answered, answer.reason
    assert "A curfew imposed in June 2021" in answer.passages[0].text
    assert answer.confidence == "high"
    assert _coverage(curfew, question) == 1.0  # 0.5 before: "start" counted missing


def test_a_verb_of_beginning_counts_where_no_date_is_asked(curfew: Searcher) -> None:
    # the start itself is asked of: the passage dating the curfew gives no reason for it
    assert _coverage(curfew, "why did the curfew start") == 0.5
    answer = curfew.ask("why did the curfew start")
    assert not (answer.answered and answer.confidence == "high")


def test_a_beginning_the_story_does_not_date_stays_low(curfew: Searcher) -> None:
    answer = curfew.ask("when did the patrols start")
    assert not (answer.answered and answer.confidence == "high")


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("what's the population of the island, roughly?", "Gull Island, a fishing community"),
        ("roughly how many pupils does the school have", "The island school"),
        ("approximately how many cars does the ferry carry", "The county paid $2.4 million"),
    ],
)
def test_a_word_of_approximation_is_not_asked_of_the_figure(
    island: Searcher, question: str, opening: str
) -> None:
    answer = island.ask(question)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith(opening)
    assert answer.confidence == "high"
    assert _coverage(island, question) == 1.0  # "roughly" counted missing before


def test_a_word_of_approximation_counts_where_no_figure_is_asked(island: Searcher) -> None:
    assert _coverage(island, "did the crew treat the riders roughly") < 1.0


def test_a_figure_the_story_does_not_give_stays_low(island: Searcher) -> None:
    answer = island.ask("roughly how many people drowned")
    assert not (answer.answered and answer.confidence == "high")
