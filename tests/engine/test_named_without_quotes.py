"""After a "who ..." question answered by a passage naming the one person who did it without
quoting them ("In March, Soto also voted against the levy."), a follow-up's "he" or "she" is
that person (before: "I can't tell who you mean")."""

from __future__ import annotations

from tests.engine.stories import asked_in_turn, searcher_for

LEVY_STORY = "\n".join(
    [
        "The Ashby school board voted 4-1 on Monday to ask voters for a new building levy in"
        " the fall.",
        "Board member Victor Soto cast the only vote against it. “Families here are already"
        " paying more than they can,” Soto said.",
        "In March, Soto also voted against hiring the architects who drew the plans.",
        "The levy was first proposed by board member Hugo Lind, who was absent on Monday.",
        "Board chair Nell Price said the old school could not be fixed. “The roof, the pipes,"
        " the wiring: all of it is older than the teachers,” Price said.",
    ]
)


def test_he_is_whom_the_passage_named() -> None:
    searcher = searcher_for("levy", LEVY_STORY)
    first = searcher.ask("who voted against hiring the architects")
    assert first.confidence == "high"
    assert first.passages[0].paragraph == 3
    answer = asked_in_turn(searcher, "who voted against hiring the architects", "what did he say")
    assert answer.answered
    assert answer.asked_speaker == "Victor Soto"
    assert {str(q.speaker) for q in answer.passages[0].quotes} == {"Victor Soto"}


def test_he_is_someone_never_quoted() -> None:
    searcher = searcher_for("levy", LEVY_STORY)
    answer = asked_in_turn(searcher, "who first proposed the levy", "what did he say")
    assert not answer.answered
    assert answer.reason == "Hugo Lind is mentioned in the story but not quoted."
