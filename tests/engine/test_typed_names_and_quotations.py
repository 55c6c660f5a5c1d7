"""What a member types in capitals or in quotation marks that names no one the story does not
know (bot/engine/search/reading.py, `_described_in_capitals` and `_PLURAL_OF_INITIALS` in
`Reading._unknown_name`; bot/engine/search/searcher.py, `Searcher._typed_words_first`):

- "the Big Man", "the Big Boss": someone described, capitalised as a nickname is, who may be
  anyone the story names; the question was refused as naming something the story never
  mentions ("The story doesn't mention Big Man"). A role ("the Prime Minister"), a thing's
  name ("the Grand Prix") and a run WordNet has as one noun ("the First Lady", "the Iron
  Lady") still are.
- "NGOs", "CEOs": initials made plural are a kind of thing or person, a common noun the story
  may write out, no name whose absence is evidence; the question was refused for it.
- "what did the old man say ... when he had Tolley at the quay": the words of someone the
  question describes, who is not whom it names beside them: a passage quoting only them (or
  no one) is not put first over one quoting someone else.
- words in quotation marks ("did she really say "we're out"") are the words the member heard:
  the passage whose quotation holds them comes first, though they are words no index term
  holds.
"""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

HARBOUR_STORY = "\n".join(
    [
        "Harbour master Ada Quill met the fishing fleet at Kestrel Quay on Friday.",
        "“It’s a pleasure to welcome you all,” Quill said at the quay. “The people of Kestrel"
        " have one fine fleet.”",
        "Union organiser Bram Tolley asked Quill to keep the night berths open for the trawlers.",
        "“It’s an honour to be here on the quay with the harbour master,” Tolley said at the quay.",
        "“If the council can dredge the channel for less than it charges us, we’re out of the"
        " old lease,” Quill said on March 3.",
        "The Kestrel Harbour Trust said the dredging had damaged the seagrass beds.",
    ]
)


@pytest.fixture(scope="module")
def harbour() -> Searcher:
    return searcher_for("harbour", HARBOUR_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "What did the Big Man say about the people of Kestrel when he had Tolley at the quay?",
        "What did the Big Boss tell the fleet at the quay?",
    ],
)
def test_someone_described_in_capitals_is_searched(harbour: Searcher, question: str) -> None:
    # before: "The story doesn't mention Old Man." / "... Big Boss."
    answer = harbour.ask(question)
    assert answer.answered, answer.reason
    assert answer.confidence == "low"  # no one is credited with the words


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        (
            "When did the Prime Minister visit the quay?",
            "The story doesn't mention Prime Minister.",
        ),
        ("Did the Grand Prix come past the quay?", "The story doesn't mention Grand Prix."),
        # one noun in WordNet: a title, or one person's epithet
        ("What did the First Lady say about the quay?", "The story doesn't mention First Lady."),
        ("What did the Iron Lady say about the quay?", "The story doesn't mention Iron Lady."),
    ],
)
def test_a_role_or_a_things_name_is_still_refused(
    harbour: Searcher, question: str, reason: str
) -> None:
    answer = harbour.ask(question)
    assert not answer.answered
    assert answer.reason == reason


def test_initials_made_plural_are_no_name(harbour: Searcher) -> None:
    # before: "The story doesn't mention NGOs."
    answer = harbour.ask(
        "Spent years hearing NGOs moan about every port, so grain of salt, but what does the"
        " Kestrel Harbour Trust say the dredging did?"
    )
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith("The Kestrel Harbour Trust said")


def test_initials_not_made_plural_are_still_a_name(harbour: Searcher) -> None:
    answer = harbour.ask(
        "Spent years hearing IFAD moan about every port, but what does the Kestrel Harbour"
        " Trust say the dredging did?"
    )
    assert not answer.answered
    assert answer.reason == "The story doesn't mention IFAD."


@pytest.mark.parametrize(
    "question",
    [
        'Did Quill actually say "we\'re out" to the fleet? What was the rest of it?',
        "did quill rly say “we’re out” lol",
        'Quill said "we’re out"?? about what',
    ],
)
def test_words_typed_in_quotation_marks_find_their_quotation(
    harbour: Searcher, question: str
) -> None:
    # before: her welcome at the quay first ("It's a pleasure to welcome you all")
    answer = harbour.ask(question)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith("“If the council can dredge")
    assert any(q.speaker == "Ada Quill" for q in answer.passages[0].quotes)


def test_typed_words_of_someone_elses_quotation_move_nothing(harbour: Searcher) -> None:
    # the typed words are no quotation of hers: the order is the ranking's
    answer = harbour.ask('Did Quill actually say "seagrass beds" about the dredging?')
    assert answer.answered, answer.reason
    assert not answer.passages[0].text.startswith("The Kestrel Harbour Trust")


@pytest.mark.parametrize(
    "question",
    [
        "What did the old man say about the people of Kestrel when he had Tolley at the quay?",
        "what did the big boss say when tolley came to the quay",
        "so what did the old boy tell Tolley's lot at the quay",
    ],
)
def test_words_asked_of_someone_described_are_not_of_whom_it_names(
    harbour: Searcher, question: str
) -> None:
    # before: Tolley's "It's an honour to be here on the quay" first
    answer = harbour.ask(question)
    assert answer.answered, answer.reason
    assert answer.confidence == "low"
    assert {q.speaker for q in answer.passages[0].quotes} == {"Ada Quill"}


def test_words_asked_of_someone_named_are_theirs(harbour: Searcher) -> None:
    answer = harbour.ask("What did Tolley say at the quay?")
    assert answer.passages[0].text.startswith("“It’s an honour to be here on the quay")
