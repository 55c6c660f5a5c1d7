"""A quotation whose cue names, between the last speaker and the words, someone else who is
the one speaking: "The mayor, asked whether she would try again, laughed. "...," she said"
after another woman spoke is the mayor's; "She recalled that her late husband used to ... and
tell her, "..."" is the husband's words; "The director said, '...'" inside a volunteer's words
is the director's. Each is the one person the story gives that role or tie, or nobody when the
story names no one there: never the person who spoke last. On a story of its own (a town
council delaying a library)."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import asked_for_words, quoted, searcher_for

LIBRARY_STORY = "\n".join(
    [
        "The town council of Millbrook voted on Thursday to delay a plan for a new library.",
        "“We have waited long enough for this building,” Mayor Alice Granger told the council.",
        "Councilmember Victor Hale opposed the plan. “The numbers do not add up,” Hale said.",
        "Nadia Flores, who runs a bakery on Elm Street, urged the council to act. “My customers "
        "ask about it every week,” said Flores.",
        "The mayor, asked after the meeting whether she would try again, laughed. “Give me a "
        "month,” she said.",
        "Teacher Irene Walsh said her late husband, Peter Walsh, helped raise money for the old "
        "library. She recalled that her husband used to walk the children there on Saturdays "
        "and tell her, “Books are cheaper than regret, Irene.”",
        "Walsh said a neighbor had felt the same. She recalled that the woman would stop her "
        "on the street and say, “Keep the doors open for the little ones.”",
        "Librarian Omar Reyes, the library's director, said the staff were patient. Hale said a "
        "volunteer, Joan Price, told him after the vote, “The director said, ‘We will open by "
        "spring,’ and we believed him.”",
        "The pilot project, Flores said, would open a reading room in the bakery. The coach, "
        "asked whether her team would join, shrugged. “We will see,” she said.",
        "The clerk, Ruth Moreno, read the vote aloud. “Five to four, the motion carries,” she "
        "said.",
    ]
)


@pytest.fixture(scope="module")
def library() -> Searcher:
    return searcher_for("millbrook", LIBRARY_STORY)


def test_she_after_a_role_opening_the_paragraph_is_that_role_not_the_last_speaker(
    library: Searcher,
) -> None:
    # Flores, a woman, spoke last; the paragraph is about the mayor
    assert quoted(library, "Give me a month") == ["Alice Granger"]
    # a coach the story never names: nobody, not Flores who spoke before
    assert quoted(library, "We will see") == [None]
    # a role with its name in apposition is still that person
    assert quoted(library, "Five to four") == ["Ruth Moreno"]


def test_words_a_reported_clause_gives_someone_else_are_theirs(library: Searcher) -> None:
    # "her late husband, Peter Walsh," ties him to her; "her husband ... tell her" is him
    assert quoted(library, "Books are cheaper than regret") == ["Peter Walsh"]
    # an unnamed neighbor: nobody, not Walsh, who only recalls the words
    assert quoted(library, "Keep the doors open") == [None]
    answer = asked_for_words(library, "what did peter walsh tell his wife", "Peter Walsh")
    assert "Books are cheaper than regret" in answer.passages[0].text


def test_the_role_named_inside_a_speakers_words_is_its_holder(library: Searcher) -> None:
    # the outer words stay the volunteer's; the words she relays are the director's
    assert quoted(library, "We will open by spring") == ["Joan Price", "Omar Reyes"]
