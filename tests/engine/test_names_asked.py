"""A question asking "which <thing>" asks for the names of things of that kind: on a story of
its own, the passage naming the company that built a bridge ("the construction company Hollen
Bouw") comes before the one telling of "the company" in general, in the order shown. The
confidence model reads the ranking it was fitted on, so an answer reordered this way is not
rated high. Questions choosing among people ("which one of them", "which of them"), asking for
someone of a role ("which lawyer") or for a place ("where") keep their answers."""

from __future__ import annotations

import pytest

from bot.engine.answer_types import names_a_thing_of, names_asked_of
from bot.engine.search import Searcher
from bot.engine.text import terms
from tests.engine.stories import searcher_for

BRIDGE_STORY = "\n".join(
    [
        # the company in general, more often than anywhere else: BM25's best
        "The new bridge over the Vale river opened on Saturday, two years after the town chose "
        "a construction company to build it. The company built the bridge in record time, the "
        "town council said, and the company's crews worked through the winter.",
        "Mayor Ines Calder cut the ribbon at the bridge. It was built by the Dutch construction "
        "company Hollen Bouw, which also built the harbour wall.",
        "Residents of Marsh End had asked for a bridge for decades. Their councillor, Tom Reyes, "
        "said the company kept its promises.",
        "Lawyer Ana Ortiz represented the town in the tender.",
        # a name right by "lawyer": were "which lawyer" read as asking names, this would
        # come first
        "A Rotterdam lawyer, who has worked for many towns along the coast over the years, "
        "represented the losing bidder against the town in the tender.",
        "Traffic on the old ferry has fallen by half since the opening.",
        "The company has its offices in Rotterdam, near the old port.",
    ]
)


@pytest.fixture(scope="module")
def bridge() -> Searcher:
    return searcher_for("bridge", BRIDGE_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "which company built the bridge",
        "what company built the bridge?",
        "which construction company built the bridge",
        "ok so which company built that bridge",
    ],
)
def test_the_passage_naming_the_thing_asked_comes_first(bridge: Searcher, question: str) -> None:
    answer = bridge.ask(question)
    assert "company Hollen Bouw" in answer.passages[0].text
    # the passage on the company in general is still shown, after it
    assert "chose a construction company" in answer.passages[1].text
    # the confidence model reads the ranking it was fitted on, which puts the other first:
    # the answer is not vouched for
    reading = bridge.confidence_reading(question)
    assert reading is not None and "chose a construction company" in reading[1]
    assert answer.confidence == "low"


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("which one of them cut the ribbon at the bridge", "Mayor Ines Calder"),
        ("which of them said the company kept its promises", "Tom Reyes"),
        ("which lawyer represented the town in the tender", "Lawyer Ana Ortiz"),
        ("where does the company have its offices", "in Rotterdam"),
    ],
)
def test_questions_choosing_among_people_or_asking_someone_or_somewhere_keep_their_answer(
    bridge: Searcher, question: str, shown: str
) -> None:
    answer = bridge.ask(question)
    assert answer.confidence == "high" and shown in answer.passages[0].text


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("which gangs are they putting in that prison", ["gangs", "are"]),
        ("ok so what court ruled on it", ["court", "ruled"]),
        ("which one of them said it", []),
        ("which two met in 2019", []),
        ("which of them said it", ["of", "them"]),  # stop words: the searcher stops there
        ("what did he say", ["did", "he"]),
        # read where the question opens only: "did" is no kind of thing
        ("what did trump say about which gangs are held", ["did", "trump"]),
    ],
)
def test_the_words_saying_the_kind_asked_stand_after_the_asking_word(
    question: str, kind: list[str]
) -> None:
    found = names_asked_of(question)
    assert [question[at:].split()[0] for at in found] == kind


@pytest.mark.parametrize(
    ("text", "kind", "named"),
    [
        ("alleged Tren de Aragua and MS-13 gang members being locked up", "gang", True),
        ("a unanimous Supreme Court ruling", "court", True),
        ("located just outside the capital city of San Salvador", "city", True),
        ("the company Hollen Bouw built it", "company", True),
        ("alleged gang member migrants", "gang", False),
        # a name in the possessive owns the thing: it does not name it
        ("to El Salvador’s maximum-security prison", "prison", False),
        ("Members of Trump’s Cabinet", "cabinet", False),
        ("the most dangerous countries in the world", "countries", False),
    ],
)
def test_a_name_names_a_thing_of_the_kind_standing_right_by_its_word(
    text: str, kind: str, named: bool
) -> None:
    assert names_a_thing_of(text, frozenset(terms(kind)), frozenset()) is named


def test_a_name_of_only_the_questions_own_words_names_nothing_new() -> None:
    text = "the gang Tren de Aragua"
    assert names_a_thing_of(text, frozenset(terms("gang")), frozenset())
    asked = frozenset(terms("which gang is tren de aragua"))
    assert not names_a_thing_of(text, frozenset(terms("gang")), asked)
