"""A role qualified by a body of people ("the union president") asks for that body's holder
of the role: "union" says whose president, as a noun does, though WordNet has it as an
adjective too ("union shop"), and it is not what another president's story is about. Where the
story quotes no union president (its union is led by a man told by a clause, "who leads the
dockworkers' union", and its president is the harbor board's), the question is refused as
asking for someone the story does not quote. Before, the board's president was read as the
union president (`_qualified_by_story_words`: "union" a common word of her story), high; and
with the president in another story, "union" was a plain adjective describing a president
(`_role_described_in_other_words`), searched with no one asked (9probe14)."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for, searcher_for_stories

PORT = "\n".join(
    [
        "Port Hallam's harbor board voted on Monday to raise docking fees for the first time in"
        " a decade.",
        "Board President Lena Ortiz said the fees had not kept up with costs. “We cannot run a"
        " port on 2015 prices,” Ortiz said.",
        "Tomas Reyes, who leads the dockworkers' union, said members would vote on a strike."
        " “Nobody asked the people who load the ships,” Reyes said.",
        "Shipping agent Dev Mallick said two lines had already threatened to move to Dunmore.",
    ]
)
COLLEGE = "\n".join(
    [
        "Hallam Community College will close its downtown campus in June.",
        "College President Ana Ruiz said enrollment there had halved since 2019. “We are heating"
        " empty rooms,” Ruiz said.",
    ]
)
DOCKS = "\n".join(
    [
        "Dockworkers at Port Hallam will vote next week on a strike over night shifts.",
        "Tomas Reyes, who leads the dockworkers' union, said the shifts were unsafe. “Nobody"
        " asked the people who load the ships,” Reyes said.",
    ]
)


@pytest.fixture(scope="module")
def port() -> Searcher:
    return searcher_for("port", PORT)


@pytest.fixture(scope="module")
def two_stories() -> Searcher:
    return searcher_for_stories({"college": COLLEGE, "docks": DOCKS})


@pytest.mark.parametrize(
    "question",
    [
        "what did the union president say",
        "what did the union president say about the strike",
        "how did the union president react to the fees",
    ],
)
def test_no_union_president_in_the_story(port: Searcher, question: str) -> None:
    answer = port.ask(question)
    assert not answer.answered
    assert answer.reason == "The story doesn't quote the union president."


@pytest.mark.parametrize(
    "question", ["what did the union president say", "what did the union president think"]
)
def test_no_union_president_in_any_story(two_stories: Searcher, question: str) -> None:
    answer = two_stories.ask(question)
    assert not answer.answered
    assert answer.reason == "The story doesn't quote the union president."


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("what did the board president say", "Lena Ortiz"),
        ("what did the harbor board president say", "Lena Ortiz"),
        ("what did the union leader say", "Tomas Reyes"),
        ("what did the union boss say", "Tomas Reyes"),
    ],
)
def test_guards(port: Searcher, question: str, speaker: str) -> None:
    answer = port.ask(question)
    assert answer.answered
    assert answer.asked_speaker == speaker


def test_a_word_that_describes_is_searched_as_before(two_stories: Searcher) -> None:
    # "former" describes: the story may quote whom it means in other words
    answer = two_stories.ask("what did the former president say")
    assert answer.answered
