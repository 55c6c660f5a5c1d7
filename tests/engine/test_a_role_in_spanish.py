"""A role typed in Spanish in an English question ("que dijo la presidenta de panama
about the port", "what did el ministro say", "what did la vocera dijo about the ships"): a
member of a bilingual community names the story's people by their role in the language they
speak at home. The common nouns of office are read as the English role (`chat._SPANISH_ROLES`,
with the article and the "de" joining the role to its country), and "dijo" where an English
question's verb stands as "say". On main "ministro" and "portavoz" named no one (the story
"doesn't quote el ministro"), and "presidente de X" was written back by the word speller as
"presideate" (a string one edit away whose stem is the corpus's, first in order), which read as
no one: the question was searched with no speaker, and rated high on someone else's words."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from bot.engine.spelling import WordSpeller
from bot.engine.text import tokens
from tests.engine.stories import searcher_for

PORT_STORY = "\n".join(
    [
        "Dockworkers in Puerto Alba walked off the job on Tuesday, halting cargo at the busiest"
        " port on the coast.",
        "Panamanian President Elena Ortega flew to Puerto Alba on Wednesday to meet the strikers.",
        "“The port is the heart of this country, and it must open again this week,” Ortega said.",
        "“We cannot pay for a raise with fees the shippers will not pay,” Transport Minister Raul"
        " Cienfuegos told reporters.",
        "“Forty ships are waiting outside the breakwater,” said port spokeswoman Ines Calvo.",
        "“Every day the cranes stand still, this city loses jobs,” said Mayor Pablo Reyes.",
        "The harbor fees were last raised in 2019, when the port paid for new cranes.",
    ]
)


@pytest.fixture(scope="module")
def port() -> Searcher:
    return searcher_for("port", PORT_STORY)


@pytest.mark.parametrize(
    ("question", "speaker", "words"),
    [
        ("que dijo la presidenta de panama about the port", "Elena Ortega", "heart"),
        ("what did el presidente de panama dijo about opening the port", "Elena Ortega", "heart"),
        ("que dijo el ministro about the fees", "Raul Cienfuegos", "raise"),
        ("what did la vocera dijo about the ships", "Ines Calvo", "Forty ships"),
        ("y que dijo el alcalde about jobs", "Pablo Reyes", "cranes stand still"),
        # Spanish's opening mark, and the topic in Spanish too
        ("¿qué dijo el alcalde sobre el puerto?", "Pablo Reyes", "cranes stand still"),
    ],
)
def test_a_role_in_spanish_names_whom_the_story_gives_it(
    port: Searcher, question: str, speaker: str, words: str
) -> None:
    answer = port.ask(question)
    assert answer.answered, answer.reason
    assert answer.asked_speaker == speaker
    assert words in answer.passages[0].text


def test_a_role_in_spanish_the_story_gives_no_one_is_refused(port: Searcher) -> None:
    answer = port.ask("que dijo el embajador about the strike")
    assert not answer.answered
    assert "ambassador" in (answer.reason or "")


def test_el_salvador_and_an_english_word_are_left_as_typed() -> None:
    from bot.engine.chat import expand_shorthand

    assert expand_shorthand("what did el salvador agree to") == "what did el salvador agree to"
    assert expand_shorthand("what's the fiscal year") == "what's the fiscal year"
    assert expand_shorthand("que dijo el presidente de el salvador about the US") == (
        "what did the president of el salvador say about the US"
    )


@pytest.mark.parametrize(
    ("question", "meant"),
    [
        ("what did the presidente of panama say", "what did the president of panama say"),
    ],
)
def test_a_word_corrected_is_written_as_the_english_word(
    port: Searcher, question: str, meant: str
) -> None:
    """Of the words one edit from a misspelt one whose stem is the corpus term meant, the
    English word is how it is written back for reading the question ("presidente":
    "president", not "presideate", first in order)."""
    speller = WordSpeller(port.snapshot.index, port._has_prefix)
    words = speller.correct(question, tokens(question))
    assert speller.written_as_meant(question, words) == meant
