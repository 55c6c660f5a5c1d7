"""9desc3: a plain question naming someone by a description ("the Ventanian leader", "the
president" of a story with one) is searched by their name too, in the order shown: the passage
telling of them by name ("Arbelo has called himself ...") comes before one that merely holds
the description's words ("Ventanian trawler crews ... applied"). The confidence model reads the
words as typed. A story of its own: fishing talks between a visiting president and a prime
minister, a biologist quoted."""

from __future__ import annotations

import pytest

from bot.engine.question import people_described, read_question
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

FISHING_TALKS = "\n".join(
    [
        "Ventanian President Tomas Arbelo arrived in Oslo on Monday for two days of talks on"
        " fishing rights with Prime Minister Ingrid Halvorsen.",
        "Arbelo has called himself “the captain of the coast” and even “the last honest"
        " fisherman.” Both leaders have promised to end the dispute over the northern banks"
        " before winter.",
        "Ventanian trawler crews have long described the northern banks as their grandfathers'"
        " waters, and the crews applied for new licences last spring.",
        "“We did not come here to beg,” Arbelo told reporters outside the palace.",
        "Halvorsen said Norway would not sign any deal that emptied the banks of cod.",
        "Marine biologist Petra Lund of the University of Bergen, who studies the banks, warned"
        " that cod stocks there had fallen by a third since 2015.",
        "“Nobody at that table is talking about the fish,” Lund said.",
        "Arbelo, 51, won a second term last year after changing the constitution's limit on terms.",
    ]
)


@pytest.fixture(scope="module")
def talks() -> Searcher:
    return searcher_for("fishing-talks", FISHING_TALKS)


@pytest.mark.parametrize(
    "question",
    [
        "What grand titles has the Ventanian leader applied to himself?",
        "what grand titles has the ventanian president applied to himself",
    ],
)
def test_the_passage_telling_of_the_described_by_name_comes_first(
    talks: Searcher, question: str
) -> None:
    shown = talks.ask(question)
    assert shown.answered, shown.reason
    assert shown.passages[0].text.startswith("Arbelo has called himself")
    # as it does when the question names him
    named = talks.ask("What grand titles has Arbelo applied to himself?")
    assert named.passages[0].paragraph == shown.passages[0].paragraph


@pytest.mark.parametrize(
    ("question", "described"),
    [
        ("what titles has the ventanian leader given himself", "the ventanian leader"),
        ("how old is the president", "the president"),  # the story's one president
        ("who are the ventanian leader's crews", "the ventanian leader"),
        ("is the prime minister's deal done", "the prime minister"),
    ],
)
def test_a_description_of_one_person_is_read_as_them(
    talks: Searcher, question: str, described: str
) -> None:
    read = read_question(question, talks._mentions)
    found = people_described(question, talks._mentions, read)
    assert [question[g.start : g.end] for g in found] == [described]
    assert len(found[0].people) == 1


@pytest.mark.parametrize(
    "question",
    [
        "did the two leaders agree",  # both of them
        "what has the leader of norway said",  # of a country: not the story's one leader
        "what did President Arbelo say",  # named by name
        "did the mexican president come",  # no one the story tells of
    ],
)
def test_no_one_person_is_read_of_a_description_several_or_none_fit(
    talks: Searcher, question: str
) -> None:
    read = read_question(question, talks._mentions)
    assert people_described(question, talks._mentions, read) == []


def test_a_description_in_a_statement_before_the_question_is_not_searched_by_name(
    talks: Searcher,
) -> None:
    """Whom a statement before the question describes is what it says, not whom the question
    asks of: searched by Halvorsen's name, her "Norway would not sign" came first."""
    shown = talks.ask(
        "Maybe a dumb question, but I thought the prime minister wanted a deal too. Why are "
        "the crews fishing the banks then?"
    )
    assert shown.answered, shown.reason
    assert shown.passages[0].text.startswith("Ventanian trawler crews")


# 9desc4: `people_described` remembers each story's readings (the head words, the one person
# each description names): a description read again, or in another story, reads as it did
# the first time in that story
MINING_TALKS = "\n".join(
    [
        "Corvalian President Lidia Sorn visited the copper mine at Ebrol on Tuesday.",
        "Sorn, 58, promised the miners a new hospital before the election.",
    ]
)


def test_a_description_read_again_or_in_another_story_reads_as_the_first_time(
    talks: Searcher,
) -> None:
    mine = searcher_for("mining-talks", MINING_TALKS)
    for _ in range(2):
        for searcher, president in ((talks, "Tomas Arbelo"), (mine, "Lidia Sorn")):
            for question in ("how old is the president", "how old is the president?"):
                read = read_question(question, searcher._mentions)
                found = people_described(question, searcher._mentions, read)
                assert [[p.name for p in g.people] for g in found] == [[president]]
        # and words that describe no one stay no one's
        for question in ("what has the leader of norway said", "did the two leaders agree"):
            read = read_question(question, talks._mentions)
            assert people_described(question, talks._mentions, read) == []
