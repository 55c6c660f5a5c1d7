"""A question asking the labels someone gave themselves ("what nicknames has solano given
herself") is answered by the story's construction for one ("Solano ... has called herself “the
queen of stew”": a labelling verb, a reflexive, a quotation), not by its words: the label's noun
and the verb of giving it count as held by such a passage, and the label is the kind of answer
asked (answer type +1, as a number is of "how many"), where the sentence telling it holds a
word of the question's topic besides them. Not for someone else's label ("what nicknames has
pike given himself") nor a label given by another ("what nickname did pike give solano")."""

from __future__ import annotations

import pytest

from bot.engine.epithets import gives_own_label, own_label_spans
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

FESTIVAL_STORY = "\n".join(
    [
        "The Dunmore food festival opened on Saturday with forty stalls along the harbour.",
        "Chef Marta Solano, who runs the stew tent, has called herself “the queen of stew” and"
        " even “a general in an apron.”",
        "Mayor Owen Pike opened the festival and praised the volunteers. “This town knows how to"
        " feed people,” Pike said.",
        "Solano has cooked at the festival since 2015, and her tent sold out by noon.",
        "Tickets cost $12, and children under ten got in free.",
    ]
)
LABELLED = "Chef Marta Solano, who runs the stew tent"
PIKE = "Mayor Owen Pike opened the festival"


@pytest.fixture(scope="module")
def festival() -> Searcher:
    return searcher_for("festival", FESTIVAL_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "what nicknames has solano given herself",
        "what titles did marta solano give herself",
        "solano's nickname for herself?",
        "what grand titles has the chef given herself",
    ],
)
def test_the_label_told_by_its_construction_answers(festival: Searcher, question: str) -> None:
    answer = festival.ask(question)
    assert answer.passages[0].text.startswith(LABELLED)
    signals = festival.confidence_signals(question)
    assert signals is not None
    assert signals.answer_type == 1.0
    assert answer.confidence == "high"


@pytest.mark.parametrize(
    "question", ["what nicknames has pike given himself", "what nickname did pike give solano"]
)
def test_no_label_of_whom_is_asked(festival: Searcher, question: str) -> None:
    answer = festival.ask(question)
    assert answer.passages[0].text.startswith(PIKE)
    signals = festival.confidence_signals(question)
    assert signals is not None
    assert signals.answer_type == 0.0
    assert answer.confidence == "low"


def test_what_asks_and_what_tells_an_own_label() -> None:
    question = "what nicknames has solano given herself"
    assert [question[a:b] for a, b in own_label_spans(question)] == ["nicknames", "given"]
    assert own_label_spans("what nickname did pike give solano") == []
    assert own_label_spans("what did solano call herself") == []
    assert gives_own_label("Solano has called herself “the queen of stew.”")
    assert not gives_own_label("Solano called the stew “the best in town.”")
    assert not gives_own_label("Solano has called herself lucky. “I love it,” she said.")
