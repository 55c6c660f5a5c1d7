"""A question asking how someone assessed, judged, rated, evaluated, viewed or sized up a thing
("how did Professor Okafor assess the meeting") asks for their view of it, as "what did Okafor
think of the meeting" does: their own words on it, read as asking of them as the speaker, not
a plain question whose verb is a word of the topic. Before, it was read as a plain one, and
on the shipped story the passage merely naming the professor as a source ("... according to
Cornell University professor Gustavo Flores-Macias", the closest in meaning with his name)
came first, rated high; here the words happened to put his view first, but the reading
was the plain one (and four of the six wordings low). On a story of its own.

Only where "how" asks with an auxiliary, after the one asked of: "judge", "rate" and "view"
are nouns as often, and "judge" names someone. A first reading put the verbs among the
verbs asking for someone's words everywhere (`ASKING_VERBS`), and "the judge" became a verb of
saying wherever those are read: "why did the judge side with the mayor" was taken to ask the
reason of someone's view (a wrong high), "who judged the case" who said it, "what did the
judge say" after another question as asking that question's words again, and "how did county
judge ortiz rule" refused as asking the words of "county". A word that also names someone is
the verb only with its object right after it ("how did ortiz judge the notices"); after a
determiner or an owner ("the judge", "the court's judge"), as a title or before a name or a
verb it is the noun (the tests on the eviction story)."""

from __future__ import annotations

import pytest

from bot.engine.chat import asks_again
from bot.engine.question import QuestionKind, read_question
from bot.engine.search import Searcher
from bot.engine.story_facts import story_noun_spans
from tests.engine.stories import searcher_for

SUMMIT_STORY = "\n".join(
    [
        "President Mahama met President Faure Gnassingbe on Friday in Accra, their first"
        " meeting since the border crisis.",
        "The meeting lasted three hours and ended with a joint statement on cocoa smuggling.",
        "While a small coastal nation of 9 million would seem an unlikely partner for Ghana,"
        " the pair have formed a close bond, according to University of Lagos professor Chidi"
        " Okafor.",
        "“For Mahama, a deal with Lome sends a strong message to the smugglers,” Okafor said.",
        "Officials said the meeting covered customs posts, road tolls and a new rail link.",
        "Still, while calling the meeting a “photo opportunity for both presidents,” Okafor"
        " warned that the smuggling disputes should be taken seriously.",
        "The two leaders plan to hold another meeting in Lome in March.",
    ]
)


@pytest.fixture(scope="module")
def summit() -> Searcher:
    return searcher_for("summit", SUMMIT_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "How did Professor Okafor assess the meeting?",
        "how did okafor judge the meeting",
        "how does professor okafor rate the meeting",
        "How did Okafor evaluate the meeting in Accra?",
        "how did the professor view the meeting",
        "how did okafor size up the meeting",
    ],
)
def test_their_view_of_the_thing_comes_first(summit: Searcher, question: str) -> None:
    # before: read as a plain question, the verb a word of the topic (on the shipped story
    # "according to Cornell University professor Gustavo Flores-Macias" came first, high)
    answer = summit.ask(question)
    assert answer.answered, answer.reason
    assert answer.asked_speaker == "Chidi Okafor", question
    assert answer.passages[0].text.startswith("Still, while calling the meeting"), question


@pytest.mark.parametrize(
    "question",
    [
        # not a verb of judging where it is a noun: the thing asked is the rate
        "what rate do the road tolls charge",
        # nor where it asks of no one's view
        "what did the officials say the talks covered",
    ],
)
def test_otherwise_read_as_before(summit: Searcher, question: str) -> None:
    answer = summit.ask(question)
    assert answer.asked_speaker != "Chidi Okafor", question


def test_a_judge_heading_the_subject_is_no_verb(summit: Searcher) -> None:
    # "judge" before a verb names the one asked of, whose words "raise" asks for (as before)
    answer = summit.ask("what concern did the county judge raise")
    assert not answer.answered
    assert answer.reason == "The story doesn't quote the county judge."


def test_the_storys_own_appraising_verb_stays_a_word_of_the_question() -> None:
    # "how does the article judge ..." asks the story's own view (`asks_the_writers_view`):
    # its verb is not left out as the story's verb of telling is ("does the article mention");
    # as before (a first reading left it out: fresh-84 r05 became a wrong high)
    question = "how does the article judge the mayor's attitude"
    spans = story_noun_spans(question)
    assert [question[a:b] for a, b in spans] == ["article"]
    question = "does the article mention the mayor"
    assert [question[a:b] for a, b in story_noun_spans(question)] == ["article", "mention"]


EVICTION_STORY = "\n".join(
    [
        "Judge Maria Ortiz of the Harlan County court ruled on Monday that Westgate Properties"
        " could not evict the 40 families living in the Birch Street building.",
        "The tenants' lawyer, Sam Reyes, said the ruling was the first of its kind in the county.",
        "In her opinion, Ortiz wrote that the landlord's eviction notices were “careless at"
        " best and deceptive at worst.”",
        "Housing advocate Dana Whitfield, who has followed the case for two years, called the"
        " decision “a line in the sand for every landlord in this county.”",
        "A spokesman for Westgate said the company would appeal.",
        "City inspectors found mould in 12 of the building's units in March.",
        "Rents at the building have risen by 30 percent since 2022.",
    ]
)


@pytest.fixture(scope="module")
def eviction() -> Searcher:
    return searcher_for("eviction", EVICTION_STORY)


@pytest.mark.parametrize(
    ("question", "speaker", "opening"),
    [
        ("so how did dana whitfield rate the decision?", "Dana Whitfield", "Housing advocate"),
        ("how does whitfield view the judge's decision", "Dana Whitfield", "Housing advocate"),
        ("how did judge ortiz assess the landlord's notices", "Maria Ortiz", "In her opinion"),
        ("how did the judge evaluate the eviction notices", "Maria Ortiz", "In her opinion"),
        ("How did Ortiz judge the notices Westgate sent?", "Maria Ortiz", "In her opinion"),
        ("how did the court's judge size up the notices", "Maria Ortiz", "In her opinion"),
    ],
)
def test_the_verb_after_the_one_asked_of_asks_their_view(
    eviction: Searcher, question: str, speaker: str, opening: str
) -> None:
    # before: read as plain questions, no one's words asked (the judge's three low)
    answer = eviction.ask(question)
    assert answer.asked_speaker == speaker, question
    assert answer.passages[0].text.startswith(opening), question


@pytest.mark.parametrize(
    "question",
    ["who judged the case", "who is the judge in the eviction case", "who was the judge"],
)
def test_a_judge_asked_of_by_who_is_no_one_saying(question: str) -> None:
    # the first reading: "who judged the case" asked who said it, high on the advocate's
    # words; "who is the judge" too
    assert read_question(question, []).kind is QuestionKind.PLAIN, question


def test_who_judged_is_not_answered_by_someones_words(eviction: Searcher) -> None:
    answer = eviction.ask("who judged the case")
    assert answer.confidence != "high" or "Judge Maria Ortiz" in answer.passages[0].text


def test_a_judge_named_by_title_after_a_place_is_the_one_asked_of(eviction: Searcher) -> None:
    # the first reading: "judge" the verb, the words of "county" asked and refused
    answer = eviction.ask("how did county judge ortiz rule")
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith("Judge Maria Ortiz of the Harlan County court")


@pytest.mark.parametrize(
    "question",
    ["what did the judge say", "what did he say about the view", "what was the rate"],
)
def test_the_noun_asks_something_of_its_own_after_another_question(question: str) -> None:
    # the first reading: every word a verb of asking or a small word, so it asked again for
    # the words the question before it asked for
    assert not asks_again(question)


def test_the_judges_words_after_a_question_on_the_lawyers(eviction: Searcher) -> None:
    # the first reading: "what did the judge say" asked again for the lawyer's words, and
    # the judge's were not shown
    answer = eviction.ask("did the tenants' lawyer comment? what did the judge say")
    assert [part.question for part in answer.parts] == [
        "did the tenants' lawyer comment",
        "what did the judge say",
    ]
    assert any(p.text.startswith("In her opinion, Ortiz wrote") for p in answer.passages)
