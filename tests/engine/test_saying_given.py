""" "what shout-out did Trump give to the Salvadoran public about their leader?": something said
asked for as the thing someone gave, sent or paid (a shout-out, a message, a compliment, a
warning), as "what reason did he give" asks for the reason he gave in his words. Only reasons,
excuses and answers were read so; a shout-out was searched as a plain question, and the
passage holding most of its words, another man's ("leaders", "Salvadoran"), was shown first,
the greeting third (fresh-66 s02, the set's one wrong speaker). And a phrase a preposition
opens, set off before the question by a dash ("For the points - what did ..."), was read as
part of it (without the dash it was not): "For the points - what did Trump say about Bukele?"
asked no one's words. Now both ask the named person's words; a thing giving or sending a
message ("what message did the festival send") is no one's. Only such a phrase is set off by
a dash: "Bukele's opening remarks in the Oval Office — what did he tell Trump?" says whose
words before it (measured: setting off any words before a dash lost that question's high
answer and three others', and refused "bukele & trump — what did they say to each other")."""

from __future__ import annotations

import pytest

from tests.engine.stories import asked_for_words, searcher_for

FESTIVAL_STORY = "\n".join(
    [
        "Mayor Dana Whitlock opened the Port Ellis harbour festival on Saturday.",
        "“I want to thank every volunteer in Port Ellis. You have one terrific town,” Whitlock"
        " said.",
        "Still, while calling the festival a “win for every shop on the waterfront,” historian"
        " Omar Baptiste warned that the town's volunteers were stretched thin and its leaders"
        " should hire help.",
        "“The crowds were the biggest in a decade,” Baptiste said.",
        "The festival ran for three days and drew visitors from across the state.",
    ]
)


@pytest.fixture(scope="module")
def festival():  # type: ignore[no-untyped-def]
    return searcher_for("festival", FESTIVAL_STORY)


@pytest.mark.parametrize(
    "typed",
    [
        "what shout-out did the mayor give to the town's volunteers about their leaders?",
        "what compliment did Whitlock pay the volunteers?",
        "What message did Whitlock send to the town's volunteers?",
        "for the quiz - what did the mayor say about the volunteers and the leaders?",
        "in short – what did the mayor say about the volunteers and the leaders?",
        "for the points — what did the mayor say about the volunteers?",
    ],
)
def test_a_saying_given_or_set_off_by_a_dash_asks_their_words(festival, typed: str) -> None:  # type: ignore[no-untyped-def]
    # on main: each read as asking no one's words (the first and the fourth showing the
    # historian's passage first); "Quick one — what did Whitlock tell ..." was read right
    answer = asked_for_words(festival, typed, "Dana Whitlock")
    assert "thank every volunteer" in answer.passages[0].text


@pytest.mark.parametrize(
    "typed",
    [
        # guards: no one gives these (searched as on main)
        "what message did the festival send to visitors?",
        "what warning does the crowd size give the town?",
    ],
)
def test_a_thing_sending_a_message_is_no_ones_words(festival, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = festival.ask(typed)
    assert answer.answered, answer.reason
    assert answer.asked_speaker is None


def test_a_hyphenated_word_is_no_dash(festival) -> None:  # type: ignore[no-untyped-def]
    # a guard: "shout-out" sets nothing off (as on main, the historian's words asked)
    answer = asked_for_words(
        festival, "what did baptiste say about the sell-out crowds?", "Omar Baptiste"
    )
    assert "biggest in a decade" in answer.passages[0].text
