"""Words of a question that are not its topic, for the confidence model, on a story of its own:
prepositions a passage says in other words ("inside", "per"), what a date question asks of the
date ("what day of the week"), semi-auxiliaries ("used to", "ended up", "able to") and "what
kind of". Without these rules each such word the story never uses weighed as its rarest word
and halved the right passage's share of the topic."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

# A lakeside town's school closure: who decided, when, what the audit found, and the
# superintendent's past; nothing is said "inside", "per", "within" or "via" anything.
SCHOOL_STORY = "\n".join(
    [
        "The Tarnby school board voted on Thursday to close the Marsh Lane primary school.",
        "Parents plan to protest outside the town hall next week.",
        (
            "An audit by the county found the board had moved spending decisions from the "
            "elected trustees to the superintendent's office."
        ),
        "Superintendent Olga Brandt worked as a ferry pilot for twenty years before teaching.",
        "Brandt later ran the district's transport department, which manages the school buses.",
        "The building's roof leaks and its boiler failed twice last winter.",
        "Pupils will move to the Harbour Road school, a mile away, in September.",
        "The board said repairs would cost more than a new wing at Harbour Road.",
        "Teachers' unions asked for a delay of one year.",
        "The town's mayor has not commented on the closure.",
        "Marsh Lane opened in 1911 and once had 300 pupils; it now has 84.",
        "A local bakery has offered to host an after-school club.",
    ]
)


@pytest.fixture(scope="module")
def school() -> Searcher:
    return searcher_for("school", SCHOOL_STORY)


def _coverage(searcher: Searcher, question: str) -> float:
    signals = searcher.confidence_signals(question)
    assert signals is not None
    return signals.coverage


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        (
            "How did the board move spending decisions inside the county, per the audit?",
            "How did the board move spending decisions, the audit found?",
        ),
        (
            "How were spending decisions moved toward the superintendent's office?",
            "How were spending decisions moved to the superintendent's office?",
        ),
    ],
)
def test_a_preposition_the_passage_lacks_is_not_asked_of_it(
    school: Searcher, question: str, plainly: str
) -> None:
    assert _coverage(school, question) == pytest.approx(_coverage(school, plainly))


def test_what_a_date_question_asks_of_the_date_is_no_topic(school: Searcher) -> None:
    # "next week" is in another passage: the week is what is asked, not what the answer holds
    assert _coverage(school, "What day of the week did the board vote to close the school?") == 1.0


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("Did Brandt use to pilot ferries?", "Did Brandt pilot ferries?"),
        (
            "Did Brandt end up running the transport department?",
            "Did Brandt run the transport department?",
        ),
        ("Are the pupils able to move to Harbour Road?", "Are the pupils moving to Harbour Road?"),
        ("What kind of school did the board close?", "What school did the board close?"),
    ],
)
def test_a_semi_auxiliary_or_what_kind_of_is_no_topic(
    school: Searcher, question: str, plainly: str
) -> None:
    assert _coverage(school, question) == pytest.approx(_coverage(school, plainly))


def test_a_passive_use_is_what_something_is_used_for(school: Searcher) -> None:
    # what the buses are used for is the question: "used" is asked of the passage
    passive = _coverage(school, "What are the buses used to do?")
    assert passive < _coverage(school, "What are the buses to do?")
