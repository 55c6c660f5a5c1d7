"""Whose words a question asks for, on a story of its own: a writing or a speech named by its
owner ("the Parents Alliance's write-up", "the superintendent's interview") is its owner's
words; "what did X have to say" asks X's words; a country's initials typed in capitals
qualify a role as its name does ("the US president"); a speaker's quotation carrying on from
the paragraph on the topic is on the topic."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import asked_for_words, searcher_for

SCHOOL_STORY = "\n".join(
    [
        "The Riverton school board voted on Tuesday to close Oakdale Elementary in June.",
        (
            "Superintendent Carla Mendes said the closure would save the district money. "
            "“We cannot keep a half-empty building open,” Mendes said."
        ),
        "Mendes said the board would not reopen Oakdale next year.",
        "“We have no money to run it,” Mendes said. “The numbers do not work.”",
        (
            "“The district has neglected Oakdale for a decade and now blames the families,” "
            "a Parents Alliance report on the closure reads."
        ),
        (
            "Parent Tom Reyes warned the board about longer bus rides. “Children will spend "
            "an hour on the bus every morning,” Reyes said."
        ),
        (
            "Mexican President Elena Ruiz praised the school's bilingual program on a visit "
            "in March. “Oakdale taught our children two languages,” Ruiz said."
        ),
        "President Mark Dalton said last week that rural schools needed more federal help.",
        "The building will be sold, and its 300 pupils will move to Hillcrest Elementary.",
        "Oakdale is one of 40 schools in the United States to close this year.",
        "School closures in the U.S. have doubled since 2020.",
    ]
)


@pytest.fixture(scope="module")
def school() -> Searcher:
    return searcher_for("school", SCHOOL_STORY)


@pytest.mark.parametrize(
    ("question", "speaker", "fragment"),
    [
        # before: "The story doesn't quote the Parents Alliance's write-up."
        (
            "according to the Parents Alliance's write-up, who is to blame?",
            "Parents Alliance",
            "The district has neglected Oakdale",
        ),
        (
            "what did the superintendent's interview say about the building",
            "Carla Mendes",
            "half-empty building",
        ),
        # a phrase saying where or when may follow the writing
        (
            "what did Mendes's statement on Tuesday say about the building?",
            "Carla Mendes",
            "half-empty building",
        ),
    ],
)
def test_a_writing_or_a_speech_is_its_owners_words(
    school: Searcher, question: str, speaker: str, fragment: str
) -> None:
    answer = asked_for_words(school, question, speaker)
    assert fragment in answer.passages[0].text


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # the owner is someone the story never quotes: refused, naming them
        ("what did Amnesty's report say about the closure", "The story doesn't quote Amnesty."),
        # someone of the owner's is not the owner
        ("what did Mendes's spokesman say", "The story doesn't quote Mendes's spokesman."),
    ],
)
def test_a_possessive_before_anything_else_still_says_whose(
    school: Searcher, question: str, reason: str
) -> None:
    answer = school.ask(question)
    assert not answer.answered
    assert answer.reason == reason


@pytest.mark.parametrize(
    ("question", "speaker", "fragment"),
    [
        # before: "The story doesn't quote the superintendent have to."
        (
            "what did the superintendent have to say about the building",
            "Carla Mendes",
            "half-empty building",
        ),
        ("what has the parent got to say about the buses", "Tom Reyes", "longer bus rides"),
        ("What does Reyes have to say about the bus?", "Tom Reyes", "longer bus rides"),
    ],
)
def test_have_to_say_asks_the_speakers_words(
    school: Searcher, question: str, speaker: str, fragment: str
) -> None:
    answer = asked_for_words(school, question, speaker)
    assert fragment in answer.passages[0].text


def test_have_to_say_of_someone_the_story_does_not_quote_names_them_alone(
    school: Searcher,
) -> None:
    answer = school.ask("what did the mayor have to say about the closure")
    assert not answer.answered
    assert answer.reason == "The story doesn't quote the mayor."


@pytest.mark.parametrize("who", ["the US president", "the U.S. president"])
def test_a_countrys_initials_in_capitals_qualify_a_role(school: Searcher, who: str) -> None:
    # before: "the US president" was any president (the Mexican one's words shown too)
    answer = school.ask(f"what did {who} say about schools?")
    assert answer.answered, answer.reason
    assert answer.asked_speaker == "Mark Dalton"
    assert all("Elena Ruiz" not in p.text for p in answer.passages)


def test_initials_of_no_country_the_story_names_are_an_absent_speaker(school: Searcher) -> None:
    answer = school.ask("what did the UK president say about schools?")
    assert not answer.answered
    assert answer.reason == "The story doesn't quote the UK president."


def test_a_quotation_carrying_on_from_the_paragraph_on_the_topic_is_shown(
    school: Searcher,
) -> None:
    # "“We have no money to run it,” Mendes said" names neither the school nor reopening:
    # the paragraph before does. Before: only that one was shown.
    answer = school.ask("what did mendes say about reopening oakdale?")
    assert answer.answered, answer.reason
    assert answer.asked_speaker == "Carla Mendes"
    texts = [p.text for p in answer.passages]
    assert "would not reopen Oakdale" in texts[0]
    assert any("We have no money to run it" in t for t in texts)


def test_the_quotation_of_someone_a_plain_question_names_carries_on_too(
    school: Searcher,
) -> None:
    # "why won't mendes ...": no speech verb, but her words carrying on from the paragraph on
    # the topic are on it; before, only that paragraph was shown of hers
    texts = [p.text for p in school.ask("why won't mendes reopen oakdale?").passages]
    assert "would not reopen Oakdale" in texts[0]
    assert any("We have no money to run it" in t for t in texts)
    # a question naming no one of hers is not given them
    texts = [p.text for p in school.ask("why is oakdale not reopening next year?").passages]
    assert not any("We have no money to run it" in t for t in texts)
