"""A question asking why is answered by a passage giving a reason: on a story of its own, a
passage that only tells of the matter asked about ("The council also moved the Saturday market
... in May") is shown as the closest the story comes, not vouched for, while one giving the
reason in the sentence on the topic ("The ferry ... stopped running in 2019 because too few
people used it") still is. The words asking for the reason ("what's the reason", "excuse for")
are no topic a passage must hold. What reads a reason is English's closed class of cause,
purpose and result constructions (`reasons.gives_reason`), never the story's words."""

from __future__ import annotations

import pytest

from bot.engine.reasons import (
    _GAIN_FOR,
    _GAIN_OF,
    asks_reason,
    gain_asked_of,
    gives_reason,
    reason_form_spans,
)
from bot.engine.search import Searcher
from bot.engine.text import terms
from tests.engine.stories import searcher_for

TOWN_STORY = "\n".join(
    [
        "The city council of Marlow closed the Elm Street library on Monday, after eighty years.",
        "The library closed because its roof had been leaking for years and the repairs would "
        "cost more than a new building, council leader Dana Price said.",
        # the move told, its reason never given
        "The council also moved the Saturday market from the harbour to Kings Square in May.",
        "Traders at the harbour market sold fish, bread and flowers for decades, and many of them "
        "now drive to Kings Square on Saturdays.",
        "Price has refused to reopen the old swimming pool at Fenwick Park.",
        "“How can we pay for a pool nobody swims in?” Price said. “We don't have the money to "
        "run it.”",
        # a reason, but in the sentence on the ferry, not on the signatures
        "Residents of Fenwick collected 3,000 signatures for the pool. The ferry to Fenwick "
        "stopped running in 2019 because too few people used it.",
        "The bakery on Kings Square opened in 1990, and its owner says the market has doubled "
        "her Saturday trade.",
        "The council's deputy leader, Omar Haddad, met the harbour traders on Friday.",
        "Haddad visited the Fenwick Park pool last week with the residents.",
    ]
)


@pytest.fixture(scope="module")
def town() -> Searcher:
    return searcher_for("marlow", TOWN_STORY)


@pytest.mark.parametrize(
    ("question", "first"),
    [
        # the story never says why the market moved: the passage telling of the move is the
        # closest it comes
        ("why did the council shift the market", "moved the Saturday market"),
        # the passage telling of the closure is first, the one giving its reason after it
        ("why did marlow shut the library on elm street", "closed the Elm Street library"),
    ],
)
def test_a_passage_giving_no_reason_is_shown_as_the_closest_not_as_the_answer(
    town: Searcher, question: str, first: str
) -> None:
    answer = town.ask(question)
    assert answer.answered and first in answer.passages[0].text
    assert answer.confidence == "low"


def test_the_reason_is_among_the_closest_passages_shown(town: Searcher) -> None:
    answer = town.ask("why did marlow shut the library on elm street")
    assert any("because its roof had been leaking" in p.text for p in answer.passages)


@pytest.mark.parametrize(
    "question",
    [
        "why did the ferry stop",
        "why did the ferry to fenwick stop running in 2019",
        "how come the fenwick ferry stopped",
        "what's the reason the ferry stopped",
    ],
)
def test_a_passage_giving_the_reason_is_the_answer(town: Searcher, question: str) -> None:
    answer = town.ask(question)
    assert answer.confidence == "high"
    assert "because too few people used it" in answer.passages[0].text


def test_the_words_asking_for_the_reason_are_no_topic(town: Searcher) -> None:
    # "reason" is nowhere in the story: read as a topic word it halved what the passage holds
    reading = town.confidence_reading("what's the reason the ferry stopped")
    assert reading is not None and "ferry to Fenwick" in reading[1]
    assert reading[0].coverage == 1.0


def test_a_reason_in_another_sentence_of_the_passage_is_not_the_reason_asked(
    town: Searcher,
) -> None:
    # the "because" of the passage is the ferry's, in the sentence after the signatures
    signatures = town.confidence_reading("why did residents collect signatures for the pool")
    ferry = town.confidence_reading("why did the ferry stop running")
    assert signatures is not None and ferry is not None and signatures[1] == ferry[1]
    assert signatures[0].answer_type == -1.0 and ferry[0].answer_type == 1.0


def test_other_questions_read_no_reason(town: Searcher) -> None:
    # "what did Price say": the answer is her words, reasons or not
    reading = town.confidence_reading("what did price say about the pool")
    assert reading is not None and reading[0].answer_type == 0.0
    assert town.ask("what did price say about the pool").confidence == "high"


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("why won't he send him back", True),
        ("how come the pool is shut", True),
        ("what for does the white house want the prison", True),
        ("what are they locked up for?", True),
        ("what does TPS stand for", False),  # what it means
        ("what did bukele ask for", False),  # what he asked
        ("whats in it for bukele", True),
        ("what's the reason the ferry stopped", True),
        ("what excuse did the mayor give", True),
        ("what made him change his mind", True),
        ("how does the mayor justify it", True),
        ("how did he get to the white house", False),  # how, not why
        ("what's the deal with the mega prison", False),  # tell me about it
        ("are people locked up for no good reason?", False),  # yes or no
        ("who reopened the pool", False),
    ],
)
def test_which_questions_ask_why(question: str, asks: bool) -> None:
    assert asks_reason(question) is asks


def test_the_words_asking_for_the_reason() -> None:
    question = "what's the reason the ferry stopped, and what was his excuse for it"
    assert [question[a:b] for a, b in reason_form_spans(question)] == [
        "what's the reason",
        "what was his excuse",
    ]


@pytest.mark.parametrize(
    ("text", "gives"),
    [
        ("The ferry stopped because too few people used it.", True),
        ("The ferry stopped due to falling numbers.", True),
        ("It sends a message, which serves as a major deterrent.", True),
        ("He was criticized for his ties to China.", True),
        ("The court has no jurisdiction over a foreign country.", True),
        ("“How can I smuggle a terrorist into the United States?” he said.", True),
        ("“I don't have the power to return him,” he said.", True),
        ("They cut the fee so that more people would come.", True),
        ("He was rebuffed in 2021. Now that Trump is back, so is he.", True),
        # no reason: a time, a legal term, a fact told
        ("Since taking office in 2019, he has dismantled institutions.", False),
        ("The state of emergency brought due process violations.", False),
        ("The ferry is due to begin running in May.", False),
        ("The council moved the market to Kings Square in May.", False),
        ("Crews cause investigators no trouble, and the cause is unknown.", False),
        ("They left 'cause they were tired.", True),
    ],
)
def test_which_passages_give_a_reason(text: str, gives: bool) -> None:
    assert gives_reason(text, frozenset()) is gives


def test_a_reason_counts_in_a_sentence_on_the_topic_only() -> None:
    text = "Residents collected signatures. The ferry stopped because too few people used it."
    assert gives_reason(text, frozenset(terms("ferry")))
    assert not gives_reason(text, frozenset(terms("signatures")))
    # a passage holding none of the topic's words (it carries on from the one before)
    assert gives_reason(text, frozenset(terms("pool")))


POOL_STORY = "\n".join(
    [
        "The Marlow council met on Monday to decide the future of the Fenwick Park pool.",
        "“We will not reopen the Fenwick pool this summer,” council leader Dana Price said.",
        "“We cannot pay for it when nobody swims there,” she added.",
        "Residents collected 3,000 signatures asking for the pool to reopen.",
        "The pool was built in 1962 and last renovated in 1998.",
    ]
)


@pytest.mark.parametrize(
    "question",
    [
        "what was price's excuse for not reopening the pool",
        "how did price justify refusing to reopen the pool",
    ],
)
def test_a_speakers_passage_giving_no_reason_is_not_vouched_for(question: str) -> None:
    # Before: her refusal, which holds the question's words and is hers, was rated high for
    # her excuse; the reason she gives is in the quote carrying on from it
    answer = searcher_for("pool", POOL_STORY).ask(question)
    assert answer.asked_speaker == "Dana Price"
    assert answer.confidence == "low"
    assert "We will not reopen" in answer.passages[0].text
    assert any("We cannot pay for it" in p.text for p in answer.passages)


def test_what_a_speaker_said_of_the_matter_is_still_vouched_for() -> None:
    answer = searcher_for("pool", POOL_STORY).ask("what did price say about reopening the pool")
    assert answer.confidence == "high"
    assert "We will not reopen" in answer.passages[0].text


@pytest.mark.parametrize(
    "question",
    [
        "what's in it for the mayor tho",
        "WHAT'S IN IT FOR THE MAYOR",
        "what does the club get out of the deal",
        "what did the club GET OUT OF it",
        "how did the ferry company benefit",
        "who gained from the closure",
        "what did the harbour traders hope to gain",
        "what did the mayor say about the budget?",  # "get" and "out" in other words
        "what is the pool for",
        "what did the council say about the pool",
        "what does Gökhan gain from it",
        "what does the club gaİn",  # "İ" matches "i" ignoring case; lower case makes "i̇"
        "what does the club gaın",  # so does the dotless "ı"
        "how does the club bEnEfIt",
        "what's in İt for the mayor",
        "",
    ],
)
def test_the_gain_asked_of_is_read_as_the_patterns_read_it(question: str) -> None:
    # the words looked for in lower case before either pattern is tried find every match's
    found = _GAIN_FOR.search(question) or _GAIN_OF.search(question)
    assert gain_asked_of(question) == (found.group("who") if found else None)
