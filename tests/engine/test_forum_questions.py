"""Long questions as members write them in a forum, on a story of its own: a sentence or two
of context before the ask ("I read somewhere that ... How much is it actually?"), the writer
speaking of themselves ("I read", "I vaguely remember", "correct me if I'm wrong"), hedges and
opinions ("seems steep to me either way", "or is it just politics?"), a follow-up pointing
back at the question before it ("Did she really say ...?"). None of it is what is asked: read
as topic, it held the right passage low or put another first."""

from __future__ import annotations

import pytest

from bot.engine.chat import asking_sentence, conversational_spans
from bot.engine.search import Searcher
from bot.engine.search.reading import question_parts
from tests.engine.stories import searcher_for

# A harbour bridge opens: its toll, its cost, who praised and who warned, a delay.
BRIDGE_STORY = "\n".join(
    [
        "The town of Norvale opened its new harbour bridge on Friday after six years of work.",
        "Drivers will pay a toll of 4 dollars a crossing, which the council says will repay the"
        " loan that built it.",
        "“This bridge ends the ferry queues for good,” Mayor Ines Calder said at the opening.",
        "Councillor Tomas Reef warned that the toll would push lorries onto the old coast road.",
        "About 40,000 vehicles are expected to cross each day, the transport office said.",
        "The ferry service across the harbour will stop running in June.",
        "Engineers found cracks in two support piers last year, which delayed the opening by"
        " eight months.",
        "Calder has called the bridge “the pride of the harbour” and thanked the builders.",
    ]
)


@pytest.fixture(scope="module")
def bridge() -> Searcher:
    return searcher_for("bridge", BRIDGE_STORY)


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        # context first, then a question pointing back at it: the amount is asked of the
        # sentence that asks, and the writer's "I read somewhere that", "seems steep to me
        # either way" are no topic
        (
            "I read somewhere that drivers have to pay to use the new bridge. How much is it"
            " actually? Seems steep to me either way.",
            "a toll of 4 dollars",
        ),
        # a follow-up asking yes or no of the same thing ("is it really that many?") is read
        # with the question before it, not rated as a question of its own
        (
            "My cousin drove over the old coast road last weekend and hated it. How many"
            " vehicles cross the bridge each day? Is it really that many?",
            "About 40,000 vehicles",
        ),
        # a question run on after a statement and a comma: its kind of answer read there,
        # and "i had no idea" no topic
        (
            "tbh i had no idea the bridge was that busy, how many vehicles cross it?",
            "About 40,000 vehicles",
        ),
        # a clause set before the question ("When the reporters asked ..., what did she say")
        # times the words asked for: no date is asked
        (
            "When the reporters asked about the ferry queues, what did Calder say?",
            "ends the ferry queues",
        ),
        # a clause set before the question ("When the reporters asked ..., what did she say")
        # times the words asked for: no date is asked; and a follow-up pointing back ("did she
        # really ...") points at the question, so the sentence before it is no part of it
        (
            "I watched part of the opening on TV but the sound was bad. When the reporters"
            " asked about the ferry queues, what did Calder actually say? Did she really say"
            " they are over?",
            "ends the ferry queues",
        ),
    ],
)
def test_a_long_forum_question_is_answered(bridge: Searcher, question: str, shown: str) -> None:
    answer = bridge.ask(question)
    assert shown in answer.passages[0].text
    assert answer.confidence == "high"


def test_a_question_naming_whom_its_pronouns_mean_needs_no_statement_before_it(
    bridge: Searcher,
) -> None:
    # "she" is Calder, named in the question: the opinion before it is left out, and the
    # question is read as asking for Calder's words
    answer = bridge.ask(
        "The whole opening was basically a party from what I can tell lol. What did Calder"
        " say about the ferry queues when she opened the bridge?"
    )
    assert answer.asked_speaker == "Ines Calder"
    assert "ends the ferry queues" in answer.passages[0].text


def test_whose_words_a_question_after_a_statement_asks_for_are_read_of_the_question(
    bridge: Searcher,
) -> None:
    # the question points back at the statement ("about it"), and asks for someone's words:
    # read as a whole, the statement's words hid whom it asks for
    absent = bridge.ask(
        "I read that the lorry drivers are angry about the toll, though I might be mixing"
        " things up. What did the transport minister say about it?"
    )
    assert not absent.answered
    assert absent.reason == "The story doesn't quote the transport minister."
    quoted = bridge.ask("I read that lorry drivers hate the toll. What did Reef say about it?")
    assert quoted.asked_speaker == "Tomas Reef"
    assert "push lorries onto the old coast road" in quoted.passages[0].text
    assert quoted.confidence == "high"


@pytest.mark.parametrize(
    ("question", "framing"),
    [
        ("I read somewhere that the toll is 4 dollars", ["i read somewhere that"]),
        ("correct me if I'm wrong, did the ferry stop?", ["correct me", "i'm wrong"]),
        ("I vaguely remember cracks in the piers", ["i vaguely remember"]),
        ("I saw Calder quoted on the toll", ["i saw"]),  # what was seen is asked about
        ("how much are we paying for the bridge", []),  # "we": the writer's town
        ("it sounds exaggerated tbh", ["sounds exaggerated"]),
        ("why does the mayor seem bothered by it", []),  # her impression: asked about
        ("the toll seems to matter a lot", []),  # "seem to": a verb, no opinion
        ("did they publish some kind of list", []),  # a noun after a determiner
        ("the delay was kind of awkward", ["kind of"]),
        ("did the toll go up, or is it just politics?", [", or is it just politics"]),
        ("did the toll go up, or was it Reef?", []),  # another answer offered
        ("Not trying to start a fight, but why the toll?", ["not trying to start a fight,"]),
        ("Putting the politics aside, why the toll?", ["putting the politics aside,"]),
        ("out of curiosity, how long is the bridge, if true", ["out of curiosity", "if true"]),
        ("weird question maybe, but why the toll", ["weird question"]),
        ("any idea why the toll is 4 dollars", ["any idea"]),
        ("ignoring the toll for a second, why the delay?", ["for a second"]),
        ("will calder run for a second term", []),  # a second term, no moment
        ("this is wild. why is the toll so high?", ["this is wild."]),
        ("this is the toll. why is it so high?", []),  # no adjective: it tells something
        ("the 'it saves money' thing sounds made up", ["sounds made"]),
        # hearsay and habit: who is heard and how often, not what
        ("people keep saying the toll is steep", ["people keep saying"]),
        ("everyone says the ferry is gone", ["everyone says"]),
        ("what do the council folks say about the toll", []),  # whose folks: asked for
        ("why do they keep raising the toll", ["keep"]),
        ("is the council keeping the ferry", []),
    ],
)
def test_the_writers_own_words_are_told_from_what_they_ask(
    question: str, framing: list[str]
) -> None:
    assert [question[a:b].lower() for a, b in conversational_spans(question)] == framing


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        (
            "I read the town pays for it. How much is it? Seems steep.",
            "How much is it? Seems steep.",
        ),
        ("When the reporters asked, what did Calder say", "what did Calder say"),
        ("When did the ferry stop, and why?", "When did the ferry stop, and why?"),
        ("i had no idea it was busy, how many cross?", "how many cross?"),
        ("the toll is steep, is it not", "the toll is steep, is it not"),
        ("how much is the toll", "how much is the toll"),
        ("the toll is steep. bridges cost money", "the toll is steep. bridges cost money"),
    ],
)
def test_the_sentence_that_asks_is_where_the_kind_of_answer_is_read(
    message: str, asked: str
) -> None:
    assert asking_sentence(message) == asked


@pytest.mark.parametrize(
    ("message", "parts"),
    [
        (
            "How many vehicles cross each day? Is it really that many?",
            ["How many vehicles cross each day? Is it really that many?"],
        ),
        # a question put in other words ("like, what's ..."): what was meant
        (
            "How busy will it get? Like how many vehicles cross each day?",
            ["Like how many vehicles cross each day?"],
        ),
        # "like" before a yes-no question asks whether, of the same thing
        (
            "How is the bridge paid for? Like, do drivers pay for it?",
            ["How is the bridge paid for? Like, do drivers pay for it?"],
        ),
        # a question naming someone else asks of them: a question of its own
        (
            "What did Calder say about the queues? Did Reef agree with her?",
            ["What did Calder say about the queues", "Did Reef agree with her?"],
        ),
        # not pointing back: a question of its own
        (
            "What did Calder say about the queues? Did the ferry stop in June?",
            ["What did Calder say about the queues", "Did the ferry stop in June?"],
        ),
    ],
)
def test_a_yes_no_follow_up_pointing_back_is_read_with_the_question_before_it(
    message: str, parts: list[str]
) -> None:
    assert question_parts(message) == parts


@pytest.mark.parametrize(
    ("message", "confidence"),
    [
        # the second part finds the passage the first is answered by with high confidence:
        # two readings agree on it
        ("how many vehicles will cross each day? and who said so?", "high"),
        # ... but not when the story never uses a word of it: a hospital it never names is
        # not answered by the passage the question before it found
        ("how many vehicles will cross each day? and is the hospital far?", "low"),
    ],
)
def test_a_part_finding_the_passage_another_is_answered_by_is_answered_with_it(
    bridge: Searcher, message: str, confidence: str
) -> None:
    answer = bridge.ask(message)
    assert "About 40,000 vehicles" in answer.passages[0].text
    assert answer.confidence == confidence


def test_a_later_part_naming_no_one_asks_for_no_ones_words(bridge: Searcher) -> None:
    # "What was it?" after a part only mentioning Calder asks what the problem was: read as
    # asking for her words, her quote was shown as the answer
    answer = bridge.ask(
        "Before Calder opened it, engineers found a problem in the piers, right? What was it?"
    )
    assert answer.asked_speaker is None
    assert "Engineers found cracks" in answer.passages[0].text
    other = bridge.ask(
        "Calder's bridge had a problem in its piers before the opening, right? What was it?"
    )
    assert other.asked_speaker is None
    assert other.confidence == "low"
