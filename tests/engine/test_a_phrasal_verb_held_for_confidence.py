"""A phrasal verb whose verb the story never uses ("put out", "let them out") is held, for the
confidence model, where the passage holds the story's word for the phrase as a verb ("released
a list"), as a bridge of any word the story never uses is: the verb alone ("put") says nothing
of the phrase. Not where the passage holds that word only as a noun ("the return of the boat"
for "give the boat back"): another deed, the one demanded. On stories of their own."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

COUNCIL_STORY = "\n".join(
    [
        "The Harlow city council voted on Tuesday to repair forty roads across the city this"
        " summer.",
        "Council members said the repairs would start in June and cost about $4 million.",
        "The council released a list on Friday naming every road it plans to repair.",
        "Mayor Dana Pruitt said the city had waited too long to fix its roads.",
        "“We owe it to every driver in Harlow,” Pruitt said.",
        "The council also raised parking fees downtown for the second time in two years.",
        "Residents asked the council for the return of the old night bus route, which was cut"
        " in 2021.",
        "Police released two protesters from custody on Saturday after a sit-in at city hall.",
        "The protesters had opposed the parking fees since the spring.",
        "Council member Ray Ostrander said the city would review the bus routes in the fall.",
        "The council will meet again on July 8.",
        "Harlow has about 60,000 residents.",
    ]
)

HARBOUR_STORY = "\n".join(
    [
        "The Port Ellis harbour master seized a fishing boat from Norway on Tuesday.",
        "The boat had crossed into closed waters twice this month, the harbour master said.",
        "The boat's owners demanded the return of the boat at a hearing on Wednesday.",
        "A judge will decide in May whether the boat can leave the harbour.",
        "The crew of the boat was back at sea by Thursday on a second vessel.",
        "Port police released two deckhands from the boat after six hours of questioning.",
        "Fishing groups in Port Ellis have complained about the closed waters for years.",
        "The board said the boat would stay in the harbour until the hearing.",
        "Port Ellis has about 12,000 residents.",
        "The harbour master has held the post since 2019.",
    ]
)


@pytest.fixture(scope="module")
def council() -> Searcher:
    return searcher_for("harlow", COUNCIL_STORY)


@pytest.fixture(scope="module")
def harbour() -> Searcher:
    return searcher_for("harbour", HARBOUR_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "did the council put out a list of the roads",
        "did the council put out a list",
        "what did the council put out on friday",
    ],
)
def test_a_phrase_the_passage_tells_in_the_storys_verb_is_held(
    council: Searcher, question: str
) -> None:
    # before: "put" counted as a word of the topic the passage lacks, the rarest the story
    # could have, and the passage telling the council "released a list" was shown low
    answer = council.ask(question)
    assert answer.answered, answer.reason
    assert "released a list" in answer.passages[0].text
    assert answer.confidence == "high"


def test_a_phrase_around_its_object_is_held_too(harbour: Searcher) -> None:
    # "let them out": WordNet's "release", which the passage holds as its verb
    answer = harbour.ask("did the cops let them out")
    assert answer.answered, answer.reason
    assert "released two deckhands" in answer.passages[0].text
    assert answer.confidence == "high"


@pytest.mark.parametrize(
    "question", ["did they give the boat back", "have they given the boat back yet"]
)
def test_the_storys_word_only_as_a_noun_is_not_held(harbour: Searcher, question: str) -> None:
    # "give back" is WordNet's "return", which the passage holds only in "the return of the
    # boat" the owners demanded: no one gave it back there (counted, 0.7: rated high)
    answer = harbour.ask(question)
    assert answer.answered, answer.reason
    assert "demanded the return of the boat" in answer.passages[0].text
    assert answer.confidence == "low"
