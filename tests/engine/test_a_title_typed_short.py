"""A title the story abbreviates before a name ("Gov. Irene Vasquez", "state Sen. Omar
Flint") typed short in a question, after "the" and before no name ("what did the gov say",
"the sen on tolls"), is the person holding it: on the branch's base "the gov" was chat
shorthand for the government, and the answer a passage of some government's, no speaker read.
Where a noun follows ("the gov officials") it stays the government's."""

from __future__ import annotations

from .stories import searcher_for

TOLLS = "\n".join(
    [
        "Drivers crossing the Mersey Gap bridge will pay a $4 toll from July under a plan the"
        " state government approved on Thursday.",
        "Gov. Irene Vasquez said the toll would pay for repairs the bridge has needed for a"
        " decade. “A bridge that falls down costs more than any toll,” Vasquez said.",
        "State Sen. Omar Flint, whose district holds the bridge, called the toll a tax on"
        " commuters. “My neighbors did not break this bridge,” Flint said.",
        "Transportation officials said the toll booths would be replaced by cameras in 2028.",
    ]
)


def test_the_gov_and_the_sen_are_the_titled_people() -> None:
    searcher = searcher_for("tolls", TOLLS)
    for question, speaker in [
        ("what did the gov say", "Irene Vasquez"),
        ("did the gov say anything about repairs", "Irene Vasquez"),
        ("what's the gov's reason for the toll", "Irene Vasquez"),
        ("what did the Sen. say about commuters", "Omar Flint"),
        ("the sen on the toll?", "Omar Flint"),
    ]:
        answer = searcher.ask(question)
        assert answer.answered, (question, answer.reason)
        assert speaker.split()[-1] in answer.passages[0].text, (question, answer.passages[0])


def test_the_gov_before_a_noun_stays_the_government() -> None:
    """A guard (passes on the base too): "gov" describing a noun is the government's."""
    searcher = searcher_for("tolls", TOLLS)
    answer = searcher.ask("what did the gov officials say")
    assert answer.asked_speaker is None
    assert "Vasquez" not in answer.passages[0].text
