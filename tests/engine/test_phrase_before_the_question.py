""" "for my essay what does the librarian say about the fines": a phrase a preposition opens,
typed before the question with no comma, says what the question is for ("for my essay", "for
the quiz", "in the article"), not what it asks. With a comma it was read past (`question.
_SET_OFF_QUESTION`: "for my essay, what does ..."); without one the speaker went unread,
the question was searched as a plain one and the librarian's words rated low (fresh-60 s03
"for my essay what does the cornell professor guy (flores something??) say trump gets out of
this whole deal"). Now such a phrase of a few words before a question word and its verb
(`question._UNMARKED_OPENING`) is read as the comma-set one is: the question after it is
read for whose words it asks, and the phrase's words stay in what is searched ("about the
budget what did the library collect"); "for my X" before a question is the writer's own
thing, framing, as it is before a comma (`chat._FRAMING`)."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

LIBRARY_STORY = "\n".join(
    [
        "The Eastbrook library will stop charging late fines on March 1, the town board"
        " decided on Monday.",
        "“Fines keep the families who need us most away from the library,” head librarian"
        " Marta Olsen said.",
        "Board member Victor Hale voted against the change. “The fines paid for new books"
        " every year,” Hale said.",
        "The library collected $18,000 in fines last year, about 4% of its budget.",
        "Other libraries in the county dropped their fines in 2021.",
    ]
)


@pytest.fixture(scope="module")
def library():  # type: ignore[no-untyped-def]
    return searcher_for("library", LIBRARY_STORY)


@pytest.mark.parametrize(
    ("typed", "speaker", "words"),
    [
        (
            "for my essay what does the librarian say about the fines",
            "Marta Olsen",
            "keep the families",
        ),
        ("for my report what did hale say about the fines", "Victor Hale", "paid for new books"),
        ("in the article what did the librarian say", "Marta Olsen", "keep the families"),
    ],
)
def test_a_phrase_before_the_question_leaves_whose_words_it_asks(
    library,  # type: ignore[no-untyped-def]
    typed: str,
    speaker: str,
    words: str,
) -> None:
    answer = library.ask(typed)
    assert answer.asked_speaker == speaker
    assert answer.confidence == "high"
    assert words in answer.passages[0].text


def test_it_reads_as_the_phrase_set_off_by_a_comma(library) -> None:  # type: ignore[no-untyped-def]
    unmarked = library.ask("for the quiz what did hale say about the fines")
    marked = library.ask("for the quiz, what did hale say about the fines")
    assert unmarked.asked_speaker == "Victor Hale"
    assert (unmarked.asked_speaker, unmarked.confidence) == (
        marked.asked_speaker,
        marked.confidence,
    )
    assert [p.text for p in unmarked.passages] == [p.text for p in marked.passages]


def test_the_phrase_still_tells_what_is_asked_about(library) -> None:  # type: ignore[no-untyped-def]
    answer = library.ask("about the budget what did the library collect")
    assert "$18,000" in answer.passages[0].text
