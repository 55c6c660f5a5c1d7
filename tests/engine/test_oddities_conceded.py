"""A why-question taking what it asks about for odd ("why would X team up with such a tiny
library") is answered by the sentence granting that it seems so and saying why it is not
("Although a library serving a village of just 900 people might seem like an odd partner ...,
the firm has been ..."), whatever words the story tells it in."""

from __future__ import annotations

import pytest

from bot.engine.reasons import asks_about_oddity, conceded_oddities
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

LIBRARY_STORY = "\n".join(
    [
        "Harlow Public Library announced Thursday that it will run a coding program for"
        " teenagers with Vantex, the software company.",
        "Although a hamlet of just 900 people might seem like an odd partner for a firm of"
        " Vantex's size, the company has been looking for rural places to test its lessons,"
        " according to librarian Ruth Abbott.",
        "“We're thrilled,” Abbott said. “Our kids deserve the same tools as anyone.”",
        "Vantex will pay for ten laptops and a part-time instructor for the village, the"
        " company said in a statement.",
        "The program begins in March and is open to students aged 13 to 18. The library"
        " expects about 20 of them to sign up.",
        "The library's small reading room will be turned into a classroom on weekday"
        " afternoons. Vantex staff will visit the village twice a year.",
    ]
)


@pytest.fixture(scope="module")
def library() -> Searcher:
    return searcher_for("library", LIBRARY_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "why would vantex team up with such a tiny village?",
        "Why would a company that big even bother with a village that small",
        # the kind's size set beside its example, no degree word: "a little village like that"
        "why would vantex care about a little village like that",
        "how come a tiny village like this one ended up with a software company's laptops",
        # whether, doubting it for its oddity: the same sentence answers
        "is a village that small really a good partner for vantex",
    ],
)
def test_the_passage_granting_the_oddity_comes_first(library: Searcher, question: str) -> None:
    answer = library.ask(question)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith("Although a hamlet of just 900 people")


def test_a_conceded_oddity_holding_none_of_the_questions_words_is_not_moved(
    library: Searcher,
) -> None:
    answer = library.ask("why is the reading room such a big deal for the kids")
    assert not answer.passages[0].text.startswith("Although")


@pytest.mark.parametrize(
    ("question", "odd"),
    [
        ("why would trump team up with such a tiny country", True),
        ("why would a country that small matter to him", True),
        ("why bother w a country as small as that", True),
        ("why is he buddies with them, makes no sense", True),
        ("why is this so weird", True),
        ("why would they care about a little country like that", True),
        ("how come a tiny town like ours got the fair", True),
        ("why did a teacher like her quit", False),  # no size or standing: no oddity
        ("so is he coming back or nah", False),  # "so" opening a message: no degree word
        ("so why did they close it", False),
        ("is he fine with it as long as it's legal", False),  # "as long as": a condition
        ("why did the board close the school", False),
        ("why does he care so much", False),
    ],
)
def test_which_why_questions_take_something_for_odd(question: str, odd: bool) -> None:
    assert asks_about_oddity(question) is odd


@pytest.mark.parametrize(
    ("text", "conceded"),
    [
        ("While a town of 900 would seem like an unlikely host, the fair drew 10,000.", True),
        ("It may look odd at first, but the plan has a logic.", True),
        ("The pair, unlikely allies, still met twice a year.", True),
        ("The fair would seem to need a bigger field.", False),  # no concession
        ("Those concerns don't seem to be top of mind for the mayor.", False),
    ],
)
def test_which_sentences_grant_an_oddity(text: str, conceded: bool) -> None:
    assert bool(conceded_oddities(text)) is conceded


@pytest.mark.parametrize(
    "question",
    [
        "why does vantex care about a village of 900 people",
        "why is vantex even interested in a village of 900 people",
        "why would vantex partner with a hamlet that small",
    ],
)
def test_the_passage_granting_the_oddity_gives_the_reason(library: Searcher, question: str) -> None:
    """The sentence granting the oddity is the story's reason, though it gives it in no word of
    cause ("because"): rated on it, the answer is high, where before the reason signal read
    none (-1)."""
    answer = library.ask(question)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith("Although a hamlet of just 900 people")
    assert answer.confidence == "high"


AIRPORT_STORY = "\n".join(
    [
        "Copper Ridge Regional Airport will get two daily flights to Denver from Summit Air"
        " starting in May, the county announced Tuesday.",
        "While an airport serving a mountain town of only 4,000 residents might seem like a"
        " strange choice for the country's fifth-largest airline, Summit Air has been chasing"
        " ski traffic that its rivals ignore, airport manager Carla Voss said.",
        "“This puts us on the map,” Voss said. “People have been driving three hours to"
        " catch a plane.”",
        "The county will spend $1.2 million to lengthen the runway and add a second gate before"
        " the first flight.",
        "Summit Air will fly 76-seat jets on the route and has promised to keep it for at least"
        " three years.",
        "Some residents worry about noise over the valley on winter mornings, commissioner Dale"
        " Hughes said.",
    ]
)


@pytest.fixture(scope="module")
def airport() -> Searcher:
    return searcher_for("airport", AIRPORT_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "why would the fifth largest airline serve such a small airport",
        "why is a major airline bothering with an airport this small",
    ],
)
def test_a_conceded_oddity_is_the_reason_asked_for(airport: Searcher, question: str) -> None:
    """The rule of `test_the_passage_granting_the_oddity_gives_the_reason` on a story of its
    own: "While an airport ... might seem like a strange choice ..., Summit Air has been chasing
    ski traffic" is the reason, given in no word of cause."""
    answer = airport.ask(question)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith("While an airport serving a mountain town")
    assert answer.confidence == "high"


def test_a_why_question_the_concession_does_not_answer_stays_low(airport: Searcher) -> None:
    answer = airport.ask("why are residents worried about the flights")
    assert not (answer.answered and answer.confidence == "high")
