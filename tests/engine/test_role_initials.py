"""Where a question asks what someone said, a word that is the initials of a role someone in
the story holds ("the da", "the hm": the story's "District Attorney", "Harbour master") is that
role, in any case: in that place no other word is meant (before: "the da" in lower case and
"the hm" named no one, "trumps ag" was refused as someone the story does not quote). Initials
of no role in the story are no one it quotes."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

PORT_STORY = "\n".join(
    [
        "District Attorney Maria Chen charged two port officials on Tuesday with taking bribes "
        "to clear cargo at the Dunmore docks.",
        "“Nobody is above the law at this port,” Chen said.",
        "Harbour master Tom Reyes said the port would cooperate with the inquiry.",
        "The two officials deny the charges and will appear in court next month.",
    ]
)


@pytest.mark.parametrize(
    ("question", "speaker", "words"),
    [
        ("what did the da say about the law", "Maria Chen", "Nobody is above the law"),
        ("what did the hm say", "Tom Reyes", "would cooperate with the inquiry"),
        ("what did the HM say about the inquiry", "Tom Reyes", "would cooperate with the inquiry"),
    ],
)
def test_a_roles_initials_name_whoever_holds_it(question: str, speaker: str, words: str) -> None:
    searcher = searcher_for("dunmore-port", PORT_STORY)
    answer = searcher.ask(question)
    assert answer.asked_speaker == speaker
    assert words in answer.passages[0].text


def test_initials_of_no_role_in_the_story_are_no_one_quoted() -> None:
    searcher = searcher_for("dunmore-port", PORT_STORY)
    answer = searcher.ask("what did the PM say")
    assert not answer.answered
