"""What someone said when someone else did or said something ("what did trump even say when
bukele said he can't send garcia back") asks for their reaction to it, as "how did trump react
when ..." does: the passage telling of the event is found on the clause's own words, and their
words are the first of theirs after it, which need not repeat it ("Trump interjected to claim
the media “would love it”" after Bukele's refusal). On main their passage holding the most of
the question's words came first, an earlier one (found reading 9read90's set). Not when the
clause's subject is the speaker ("what did brandt say when he opened the hearing"), nor
someone the question does not name ("when they asked him"), nor a role several hold: their
words at that time."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

PIER_HEARING = "\n".join(
    [
        "The harbour commission met on Thursday to decide the fate of the old ferry pier.",
        "Harbour master Eli Brandt opened the hearing. “Our boats have tied up at this pier for"
        " eighty years, and the pier is not closed to us yet,” Brandt said.",
        "Commissioner Rosa Vance said the pier would be closed by spring because the town cannot"
        " pay to repair it.",
        "Brandt interrupted to say the fishermen “will never forgive you.”",
        "Later, Brandt thanked the staff for their work on the new marina.",
    ]
)


@pytest.fixture(scope="module")
def pier():  # type: ignore[no-untyped-def]
    return searcher_for("pier", PIER_HEARING)


@pytest.mark.parametrize(
    "typed",
    [
        # on main: his words on the pier first, said before Vance spoke
        "what did brandt say when vance said the pier would be closed",
        # (the one commissioner the story names; as on main)
        "so what did the harbour master even say after the commissioner said they'd close the"
        " pier??",
    ],
)
def test_words_said_when_someone_else_spoke_are_those_after_it(pier, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = pier.ask(typed)
    assert answer.asked_speaker == "Eli Brandt"
    assert "will never forgive you" in answer.passages[0].text


def test_words_said_when_the_speaker_did_something_are_theirs_then(pier) -> None:  # type: ignore[no-untyped-def]
    # a guard, as on main: the clause is his own doing, when he said them
    answer = pier.ask("what did brandt say when he opened the hearing")
    assert answer.asked_speaker == "Eli Brandt"
    assert "eighty years" in answer.passages[0].text
