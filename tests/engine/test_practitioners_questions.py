"""How practitioners write to the bot (fresh-44, read whole at the twentieth session): a
number with the letter of its order of magnitude ("a country of 6M", "85k"), "does the
article say where ..." asking for a place, "who from X's circle met ..." where a passage names
someone only by a role several people share, and "who is X to Y". Each on a story of its own."""

from __future__ import annotations

import pytest

from bot.engine.chat import expand_shorthand
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

HARBOR_STORY = "\n".join(
    [
        "The Haverton port authority approved a new cargo terminal on Tuesday, the biggest "
        "project the harbor has seen in decades.",
        "Mayor Ruth Alder has courted shipping firms for years. Most recently, her deputy Tom"
        " Reyes met with the governor over the weekend ahead of her visit to the assembly.",
        "After arriving in the capital on Sunday, Alder became the first mayor of a small "
        "harbor town to address the state assembly, where the governor spoke before her.",
        "Former mayor Dan Price called the terminal a gamble for a town that size.",
        "The town of 40,000 residents has struggled since the cannery closed, and the "
        "terminal promises 900 jobs.",
        "The terminal will stand outside Eastmoor, on old cannery land that the port bought "
        "in 2015.",
        "Critics say the terminal will bring heavy trucks through the harbor district and the"
        " town center.",
        "The port handled 2 million tons of cargo last year, most of it frozen fish.",
        "The project is expected to cost $300 million, paid mostly by the state.",
    ]
)


@pytest.fixture(scope="module")
def harbor() -> Searcher:
    return searcher_for("harbor", HARBOR_STORY)


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("a country of 6M", "a country of 6 million"),
        ("the $6m fee", "the $6 million fee"),
        ("85k people", "85,000 people"),
        ("1.5k", "1,500"),
        ("2bn", "2 billion"),
        ("1.5B?", "1.5 billion?"),
        # not a number's magnitude
        ("4k4", "4k4"),
        ("M4", "M4"),
    ],
)
def test_a_number_with_its_magnitude_letter_is_read_as_a_story_writes_it(
    typed: str, read: str
) -> None:
    assert expand_shorthand(typed) == read


def test_a_count_typed_with_k_finds_the_passage_giving_it(harbor: Searcher) -> None:
    # before: "40k" was the terms "40" and "k", and the passage on trucks in town came first
    answer = harbor.ask("why would a harbor town of 40k want a terminal")
    assert answer.answered, answer.reason
    assert "40,000" in answer.passages[0].text


@pytest.mark.parametrize(
    "question",
    [
        # before: no kind of answer read, and the passage approving the new terminal came
        # first, rated high
        "Does the article say where the new terminal is going to be?",
        "do they say where the new terminal will go",
        "do we know where the new terminal will be",
    ],
)
def test_where_after_a_verb_of_telling_asks_for_a_place(harbor: Searcher, question: str) -> None:
    answer = harbor.ask(question)
    assert answer.answered, answer.reason
    assert "Eastmoor" in answer.passages[0].text


def test_a_role_several_people_share_names_no_one_a_who_question_asks_for(
    harbor: Searcher,
) -> None:
    # "the first mayor of a small harbor town" is Alder or Price: before, it counted as naming
    # someone other than Alder, and that passage came first, rated high
    answer = harbor.ask(
        "Who from Alder's circle sat down with the governor right before the capital trip?"
    )
    assert answer.answered, answer.reason
    assert "Tom Reyes" in answer.passages[0].text


def test_who_is_x_is_answered_by_a_role_of_theirs(harbor: Searcher) -> None:
    # before: rated low, the passage naming no one else ("Former mayor Dan Price")
    answer = harbor.ask("who is dan price to alder")
    assert "Former mayor Dan Price" in answer.passages[0].text
    assert answer.confidence == "high"


def test_who_the_role_is_in_a_clauses_order_asks_as_who_is_the_role(harbor: Searcher) -> None:
    # before: rated low, "the former mayor" not read as the role asked
    plain = harbor.ask("who is the former mayor")
    clause = harbor.ask("do they say who the former mayor was")
    assert [p.paragraph for p in clause.passages] == [p.paragraph for p in plain.passages]
    assert "Former mayor Dan Price" in clause.passages[0].text
    assert clause.confidence == plain.confidence == "high"


CLINIC_STORY = "\n".join(
    [
        "The county opened a walk-in clinic in Lowell on Monday, the first in the valley.",
        "“For families without a car, a clinic in town means a doctor is finally within reach "
        "of people who need one,” said public health professor Irene Marsh of Dale University.",
        "“People here have waited years for this,” she added.",
        "Still, while calling the opening “a good start,” Marsh warned that reports of long "
        "waits at the county's other clinics should be taken seriously.",
        "County officials said the clinic will open six days a week.",
        "“The valley deserves the same care as the city,” Marsh said.",
        "Nurses at the clinic said they expect 200 patients a day.",
    ]
)


@pytest.fixture(scope="module")
def clinic() -> Searcher:
    return searcher_for("clinic", CLINIC_STORY)


@pytest.mark.parametrize(
    "question",
    [
        # before: her own quotations (x1.5 as her words) came first, though the question says
        # what she warned
        "Why does the professor say people shouldn't shrug off the reports about waits at clinics?",
        "why does the professor think people should take the reports about the other clinics "
        "seriously",
    ],
)
def test_why_someone_says_something_is_not_asked_of_their_quotations_first(
    clinic: Searcher, question: str
) -> None:
    answer = clinic.ask(question)
    assert answer.answered, answer.reason
    assert answer.asked_speaker == "Irene Marsh"
    assert "warned that reports of long waits" in answer.passages[0].text


def test_what_someone_said_still_asks_for_their_quotations_first(clinic: Searcher) -> None:
    answer = clinic.ask("what did marsh say about waits")
    assert answer.passages[0].text.startswith("“People here have waited years")
