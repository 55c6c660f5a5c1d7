"""A question asking how an act brings something about ("how does locking deportees up abroad
discourage migrants", "how is sending people there supposed to stop illegal immigration") asks
the way it works, a reason, and is read as a why-question is (`reasons.asks_reason`: "how",
an auxiliary, then a verb's -ing form as the subject): a passage telling only that the act is
done ("Bukele has agreed to accept alleged gang member migrants deported from the United
States, having so far locked up more than 250") gives no reason, and the reason signal says
so. Before, such a passage holding the act's words was rated high though it says nothing of
how the act has the effect asked; one giving a reason on the topic ("because officers no
longer patrol the road") is rated as before, and "how much did X-ing cost" is no reason
asked."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

SPEED_CAMERAS = "\n".join(
    [
        "Norwick installed speed cameras along Route 9 in March, the city's transport office said.",
        "The cameras photograph drivers going more than ten miles over the limit, and owners"
        " get fines by mail.",
        "“A ticket in the mailbox is a lesson people remember, which keeps them off the gas next"
        " time,” traffic engineer Dana Pruitt said.",
        "The program cost $400,000, paid for from the parking fund.",
        "Councilor Evan Sato said the cameras saved the city money because officers no longer"
        " patrol the road at night.",
    ]
)
THE_ACT = "The cameras photograph drivers"


@pytest.fixture(scope="module")
def cameras() -> Searcher:
    return searcher_for("cameras", SPEED_CAMERAS)


@pytest.mark.parametrize(
    "question",
    [
        "how does mailing fines to owners slow drivers down",
        "how is photographing speeding drivers supposed to slow them down",
        "how would mailing fines curb speeding",
    ],
)
def test_the_act_told_is_no_way_it_works(cameras: Searcher, question: str) -> None:
    answer = cameras.ask(question)
    assert answer.passages[0].text.startswith(THE_ACT)
    assert answer.confidence == "low"


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # the reason on the topic, in a cause word
        ("how does installing cameras save the city money", "Councilor Evan Sato"),
        ("how did installing the cameras save money", "Councilor Evan Sato"),
        # an amount asked, no reason
        ("how much did installing the cameras cost", "The program cost"),
    ],
)
def test_guards(cameras: Searcher, question: str, opening: str) -> None:
    answer = cameras.ask(question)
    assert answer.passages[0].text.startswith(opening)
    assert answer.confidence == "high"


def test_the_reading() -> None:
    from bot.engine.reasons import asks_reason

    assert asks_reason("how does locking deportees up abroad discourage migrants")
    assert asks_reason("how is sending people there supposed to stop illegal immigration")
    assert asks_reason("how would taking the prisoners help his country")
    # a name or a noun ending in -ing, an adverb of degree: no act
    assert not asks_reason("how does beijing benefit")
    assert not asks_reason("how did spring training go")
    assert not asks_reason("how much did installing the cameras cost")
    assert not asks_reason("how is bukele doing")
