""" "What did the judges say the White House had to do about Abrego Garcia?": someone the story
does not quote, asked of by their work ("the judges", "the accountant"), is searched as a plain
question (no passage vouched for as theirs); the verb asking their words ("say", "according
to") was then a topic word, which every passage of "said" holds, and put someone else's words
before the passage telling what was asked ("Bukele said ..." over "the White House was ordered
to facilitate the return of ..."; own-9w w043, which the full name's second word held first
until a name was read as its person, `test_a_name_typed_whole`)."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

PORT_STORY = "\n".join(
    [
        "A court on Friday ordered the port board to reopen the northern fishing zone to"
        " Kessel's trawlers within a week.",
        "Mayor Ines Kale said the port board would appeal, and that the zone was closed to"
        " protect spawning grounds.",
        "The fishermen's union welcomed the order.",
    ]
)


@pytest.fixture(scope="module")
def port():  # type: ignore[no-untyped-def]
    return searcher_for("port", PORT_STORY)


@pytest.mark.parametrize(
    "typed",
    [
        # on main: the mayor's "said" passage first
        "what did the judges say the port board had to do?",
        "according to the judges, what must the port board do?",
    ],
)
def test_the_verb_asking_the_unquoted_is_no_topic(port, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = port.ask(typed)
    assert answer.answered, answer.reason
    assert answer.confidence == "low"
    assert answer.passages[0].text.startswith("A court on Friday")


def test_a_speaker_quoted_is_asked_as_before(port) -> None:  # type: ignore[no-untyped-def]
    # guards, as on main
    answer = port.ask("what did the mayor say about the fishing zone?")
    assert answer.confidence == "high"
    assert answer.passages[0].text.startswith("Mayor Ines Kale")
    assert not port.ask("what did the senator say about the port board?").answered
