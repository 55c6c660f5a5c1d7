""" "holt quote re: getting ppl around cheaper": someone's words asked in words the story never
uses, but for one ("ppl": people) that passages of theirs on something else hold. The ranking
keeps only their passages holding a topic word, so their words on what is asked, said in
other words ("for less money than it costs us"), were not shown, and the reading of meaning
that vouches for a passage among rivals of theirs (the sentence closest in meaning of the
passages ranked) compared only the passages holding "people": it picked the greeting, rated
high (fresh-64 s05, "trump quote re: jailing ppl down there cheaper": Trump's "It's an honor
to have you ... the people of El Salvador" high, his "for less money than it costs us, I'm
in" not returned). Now, among rivals of theirs, the sentence reading compares their passages
closest in meaning of all too (`Searcher._theirs_closest`)."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

BUS_STORY = "\n".join(
    [
        "Mayor Dana Holt met with the county transit board on Tuesday to talk about the new"
        " bus routes.",
        "“It’s a pleasure to have you here,” Holt said in return. “I want to say hello to the"
        " people who ride with us across Riverton. They deserve a great service.”",
        "“These are hardworking people,” the mayor said of the drivers. Members of the"
        " council, including Treasurer Amy Cole, called the plan a good start.",
        "The county has offered to run the routes itself, which the council sees as a way to"
        " save money on fuel and repairs.",
        "“If the county can run these buses for less money than it costs us, I’m in, but only"
        " if the riders are served,” Holt said on March 3.",
        "Riders have complained for years about late buses on the east side.",
    ]
)


@pytest.fixture(scope="module")
def buses():  # type: ignore[no-untyped-def]
    return searcher_for("buses", BUS_STORY)


def test_a_passage_of_theirs_closer_in_meaning_keeps_another_from_being_vouched(buses) -> None:  # type: ignore[no-untyped-def]
    # on main: high on her greeting ("the people who ride with us"), her terms not shown
    answer = buses.ask("holt quote re: getting ppl around cheaper")
    assert answer.answered, answer.reason
    assert answer.asked_speaker == "Dana Holt"
    assert answer.confidence == "low"


def test_a_passage_holding_the_topic_is_shown_alone_when_vouched_for(buses) -> None:  # type: ignore[no-untyped-def]
    # a guard (as on main): the one passage of hers on the drivers, high, nothing added
    answer = buses.ask("holt quote on the drivers")
    assert answer.confidence == "high"
    assert [p.text.startswith("“These are hardworking people") for p in answer.passages] == [True]
