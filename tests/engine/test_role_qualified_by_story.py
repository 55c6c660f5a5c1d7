""" "what did the bus mayor say", "the transit chair", "the school principal": a role qualified
by what the holder's story is about, as members tell two mayors of two stories apart. The
words fit none of the holders' own (the story calls them "Mayor", "the transit board's chair",
"Lindenwood's principal"), so the speaker was refused ("The story doesn't quote the bus
mayor.") though quoted. Now the one quoted holder of the role whose story writes each
qualifying word as a common word (lower case) is asked; not a word only ever written
capitalised (a name: "the Boston mayor"), not a qualifier the story writes with the role
("deputy mayor": another role), and not where two holders' stories both use it. And
"councilman", "councilwoman", "councillor" are the story's "council member". Found sweeping
tests/data/probes-9refuse1 over 9probe11's five stories."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for_stories

LIBRARY_STORY = "\n".join(
    [
        "Ardmore will close two branch libraries in June to save $3 million, the city council"
        " decided on Tuesday.",
        "Mayor Ines Castell said the budget left no other choice. “Nobody ran for office to"
        " close a library,” Castell said.",
        "The deputy mayor skipped the vote.",
        "Council member Rosa Lind said the branches were the only quiet place many students had."
        " “Closing them is a tax on kids who have nowhere else to read,” Lind said.",
    ]
)
SNOW_STORY = "\n".join(
    [
        "Twenty inches of snow fell on Brill County overnight, shutting schools and most city"
        " roads.",
        "Mayor Paul Osgood said plows would run around the clock until the main roads were open."
        " “Stay home unless you have to be out,” Osgood said.",
        "The county road commission's chair, Wen Li, said the salt supply would last a week."
        " “After that we are rationing,” Li said.",
        "The storm also cut power to 9,000 homes.",
    ]
)


@pytest.fixture(scope="module")
def towns():  # type: ignore[no-untyped-def]
    return searcher_for_stories({"library": LIBRARY_STORY, "snow": SNOW_STORY})


@pytest.mark.parametrize(
    ("typed", "speaker"),
    # each refused on main ("The story doesn't quote the snow mayor.") or searched as no one's
    [
        ("what did the snow mayor say", "Paul Osgood"),
        ("what did the storm mayor tell people", "Paul Osgood"),
        ("what did the library mayor say about the budget", "Ines Castell"),
        ("what did the road chair warn about", "Wen Li"),
        ("what did the commission chair say about salt", "Wen Li"),
        ("what did the councilwoman say", "Rosa Lind"),
        ("what did the councillor say about students", "Rosa Lind"),
    ],
)
def test_role_qualified_by_its_story(towns, typed: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    answer = towns.ask(typed)
    assert answer.answered, answer.reason
    assert answer.asked_speaker == speaker


@pytest.mark.parametrize(
    ("typed", "refused"),
    # guards, as on main: a name's word, another role the story names unnamed (its "deputy"
    # is no word of what the library story is about), an absent one
    [
        ("what did the ardmore deputy mayor say", "deputy mayor"),
        ("what did the deputy mayor say", "deputy mayor"),
        ("what did the boston mayor say", "boston mayor"),
        ("what did the snow governor say", "snow governor"),
    ],
)
def test_a_qualifier_of_no_holder_is_still_refused(towns, typed: str, refused: str) -> None:  # type: ignore[no-untyped-def]
    answer = towns.ask(typed)
    assert not answer.answered
    assert answer.reason is not None and refused in answer.reason


def test_a_word_of_both_stories_tells_no_mayor_apart(towns) -> None:  # type: ignore[no-untyped-def]
    # a guard, as on main: both stories write "city", so it tells neither mayor
    answer = towns.ask("what did the city mayor say")
    assert answer.asked_speaker not in {"Ines Castell", "Paul Osgood"}


CLINIC_STORY = "\n".join(
    [
        "Nurses at Dunmore Clinic went on strike on Friday, the first strike at the clinic.",
        "“We are exhausted and nobody listens,” said Lena Ortiz, president of the nurses' union.",
        "The clinic's chief executive, Omar Haddad, said the strike was reckless. “Our door is"
        " open,” Haddad said.",
    ]
)


@pytest.fixture(scope="module")
def clinic():  # type: ignore[no-untyped-def]
    return searcher_for_stories({"clinic": CLINIC_STORY})


def test_a_word_of_another_role_names_not_this_holder(clinic) -> None:  # type: ignore[no-untyped-def]
    # a guard, as on main: the story writes "the clinic's chief executive", so "the clinic
    # president" may be Haddad, not the nurses' union president
    answer = clinic.ask("what did the clinic president say")
    assert answer.asked_speaker != "Lena Ortiz"


def test_a_word_of_the_story_alone_names_the_holder(clinic) -> None:  # type: ignore[no-untyped-def]
    # refused on main ("The story doesn't quote the strike president.")
    answer = clinic.ask("what did the strike president say")
    assert answer.answered, answer.reason
    assert answer.asked_speaker == "Lena Ortiz"
