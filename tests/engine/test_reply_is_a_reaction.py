""" "What was POTUS's reply to Bukele's flattery?": a reply is a reaction, as a response is: the
words of whom it asks that the story gives after what they reply to ("“It’s an honor to have
you,” Trump said in return", after Bukele's praise). "reply" was no word of reacting, so the
passage of his holding more of the question's words ("[President Bukele] can take these
horrible criminals") came first, his reply second (fresh-79 s04)."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

MATCH_STORY = "\n".join(
    [
        "Coach Mara Fields praised striker Tom Adu after Sunday's 3-1 win over Redport.",
        "“Tom was magnificent today, the best player on the pitch by a distance,” Fields said.",
        "“Thank you, it means a lot,” Adu said in return. “I owe it to the lads around me.”",
        "Adu, who has scored nine goals this season, said the coach's tactics in the first half"
        " had been too cautious.",
        "The club's owner, Dev Sharma, said a new contract for Adu was being drafted.",
    ]
)


@pytest.fixture(scope="module")
def match():  # type: ignore[no-untyped-def]
    return searcher_for("match", MATCH_STORY)


@pytest.mark.parametrize(
    "typed",
    [
        # on main: his passage on the coach's tactics first, the reply second
        "What was Adu's reply to the coach's praise?",
        "how did adu reply to the coach's compliments?",
        # guards, first on main too
        "How did Adu respond to the coach's praise?",
        "what was Adu's reply to Fields?",
    ],
)
def test_a_reply_is_the_words_after_those_replied_to(match, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = match.ask(typed)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith("“Thank you")


def test_words_on_a_topic_are_no_reply(match) -> None:  # type: ignore[no-untyped-def]
    # a guard, as on main
    answer = match.ask("what did adu say about the coach's tactics?")
    assert answer.passages[0].text.startswith("Adu, who has scored")
