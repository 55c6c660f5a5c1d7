"""A phrasal verb with its object between the verb and the particle ("send the boat back",
"turn them down", "let the deckhands out") is read as the one verb WordNet has: its particle
says nothing alone ("back at sea" is no sending back), and the verb reaches the story's word for
the phrase ("return", "reject", "release"). On a story of its own."""

from __future__ import annotations

import pytest

from bot.engine.lexicon import shared_wordnet
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

HARBOUR_STORY = "\n".join(
    [
        "The Port Ellis harbour master seized a fishing boat from Norway on Tuesday after it"
        " crossed into closed waters.",
        "The harbour master said the boat would not be returned until a court hearing in May.",
        "The Norwegian crew was back at sea by Thursday, fishing from a second vessel.",
        "Port police questioned the two deckhands from the boat for six hours on Tuesday night.",
        "Both were released from the holding cells on Wednesday.",
        "The harbour board met the boat's owners on Friday.",
        "The board rejected their request for an early hearing.",
        "Fishing groups in Port Ellis have complained about the closed waters for years.",
    ]
)


@pytest.fixture(scope="module")
def harbour() -> Searcher:
    return searcher_for("harbour", HARBOUR_STORY)


def shown(searcher: Searcher, question: str) -> list[str]:
    answer = searcher.ask(question)
    assert answer.answered, answer.reason
    return [p.text for p in answer.passages]


@pytest.mark.parametrize(
    "question", ["will they send the boat back", "when will the boat be sent back"]
)
def test_a_particle_alone_is_no_answer_and_the_phrase_reaches_the_storys_word(
    harbour: Searcher, question: str
) -> None:
    # before: "back" alone put "The Norwegian crew was back at sea" first
    passages = shown(harbour, question)
    assert "would not be returned" in passages[0]
    assert "back at sea" not in passages[0]


@pytest.mark.parametrize(
    "question", ["did the board turn them down", "why did the board turn them down"]
)
def test_a_phrasal_verb_around_a_pronoun_reaches_its_synonyms(
    harbour: Searcher, question: str
) -> None:
    # "turn down" is WordNet's "reject", "refuse", "decline"; before: "turn" alone, and the
    # board meeting the owners came first
    assert "rejected their request" in shown(harbour, question)[0]


def test_a_sense_the_particle_picks_reaches_the_storys_word(harbour: Searcher) -> None:
    # "let out" is first "utter", then "disclose"; its third sense ("bring out of a specific
    # state") is a way to "release", which the particle brings the phrase close to in meaning
    passages = shown(harbour, "did police let the two deckhands out")
    assert any("were released from the holding cells" in p for p in passages)


def test_wordnet_gives_a_phrasal_verb_the_words_of_every_sense() -> None:
    wordnet = shared_wordnet()
    assert wordnet is not None
    assert "release" in wordnet.phrasal_verb_words("let", "out")
    assert "release" in wordnet.phrasal_verb_words("letting", "out")
    assert not {"let", "out"} & wordnet.phrasal_verb_words("let", "out")
