"""A question asking what something brings someone ("what's in it for the club", "what does
the club get out of it") is answered by the passage opening a sentence "For X," with whom it
asks of: the story tells the gain in words of its own ("For the club, the move is lucrative as
well"), which the question's need not share, so the passage is rated high for it as a number
is for "how many". Not a passage framed for someone else, nor one only telling of the matter."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

STADIUM_STORY = "\n".join(
    [
        "The Harbour City rugby club will move to the rebuilt Quayside stadium next season, "
        "after the town council approved a thirty-year lease on Wednesday.",
        "Council leader Amir Haddad said the town will spend 12 million pounds on new stands "
        "and a roof over the east terrace.",
        "Neighbours have complained about parking on match days, and the council promised a "
        "new bus route from the station.",
        "The club's chairman, Owen Pryce, thanked the council and said the players were eager "
        "to start.",
        "“We have waited a long time for a home of our own,” Pryce said.",
        "For the club, the move is lucrative as well: it keeps every ticket sold and pays a "
        "rent of one pound a year.",
        "Haddad said the stadium would also host concerts and a Sunday market.",
        "The club finished third in the league last season, its best in a decade.",
        "The old stadium, closed since a fire in 2019, will be turned into housing.",
        "Some residents have asked for a public vote on the lease, which the council refused.",
        "The club's first match at the rebuilt stadium is planned for September.",
        "Tickets for the opening match go on sale in July, the club said.",
    ]
)


@pytest.fixture(scope="module")
def stadium() -> Searcher:
    return searcher_for("stadium", STADIUM_STORY)


def test_the_passage_framed_for_whom_the_gain_is_asked_of_is_the_answer(
    stadium: Searcher,
) -> None:
    answer = stadium.ask("what does the club gain from the move")
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith("For the club")
    assert answer.confidence == "high"


def test_the_passage_put_first_for_its_framing_is_the_one_rated(stadium: Searcher) -> None:
    # "club" is in most passages: the ranking's own first is the shortest holding it
    reading = stadium.confidence_reading("so whats in it for the club lol")
    assert reading is not None
    signals, rated = reading
    assert rated.startswith("For the club")
    assert signals.answer_type == 1.0


def test_the_gain_of_someone_no_passage_is_framed_for_stays_low(stadium: Searcher) -> None:
    answer = stadium.ask("whats in it for the fans")
    assert answer.answered, answer.reason
    assert answer.confidence == "low"


FERRY_STORY = "\n".join(
    [
        "The port of Kelvin signed a ten-year deal with the shipping line Arrow Freight on "
        "Tuesday, according to Marlow University economist Lena Hart.",
        "“The port has waited a long time for a partner like this,” Hart said.",
        "“For Arrow Freight, it opens a northern route that its rivals lack,” Hart said.",
        "“The port will need more cranes before the winter,” she added.",
        "Dock workers at the port have asked for a share of the new revenue.",
        "The port's harbour master said the first Arrow Freight ship is due in March.",
        "“I expect the port to double its traffic within five years,” Hart said.",
        "The town council welcomed the deal at its meeting on Wednesday.",
        "Fishing crews worry the port will have less room for their boats.",
        "The deal was first proposed by the port three years ago.",
        "Hart has studied the port's trade for a decade.",
    ]
)


@pytest.fixture(scope="module")
def ferry() -> Searcher:
    return searcher_for("ferry", FERRY_STORY)


def test_a_speakers_passage_framed_for_whom_the_gain_is_asked_of_is_the_answer(
    ferry: Searcher,
) -> None:
    # Hart's passages: the one framed for Arrow Freight tells what it gets out of the deal,
    # though it gives no reason ("because", "so that") a "what's in it for" could be read for
    answer = ferry.ask("hart on whats in it for arrow freight")
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith("“For Arrow Freight")
    assert answer.confidence == "high"
