""" "y qué dijo el profesor de Cornell sobre lo que gana Bukele con todo esto?": a question in
Spanish in part holds Spanish's words of function (prepositions, pronouns, conjunctions, the
auxiliaries), which carry no topic, as English's do not. Read as words they were searched for:
"con" reached "convict" and "inmate", and "sobre", "lo", "que", "esto" weighed in the
question's meaning, which put the professor's passage framed "For President Trump," before the
one framed "For President Bukele," (fresh-77 s02). Left out only where a word no English
sentence uses marks the question as Spanish ("were the cons ... paid?" is English)."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

FERRY_STORY = "\n".join(
    [
        "Governor Ana Ruiz signed a ferry deal with the island of Corva on Tuesday.",
        "“For Governor Ruiz, the ferry is a transit win she can run on before the election,”"
        " said Luis Pena, a professor of politics at Tulane University.",
        "“For the island, the ferry is expected to bring tourists and jobs,” Pena added.",
        "Pena said the convicts who built the old dock were never paid.",
        "The ferry will carry 400 passengers a day from the port of Selby.",
    ]
)


@pytest.fixture(scope="module")
def ferry():  # type: ignore[no-untyped-def]
    return searcher_for("ferry", FERRY_STORY)


@pytest.mark.parametrize(
    "typed",
    [
        # on main: each first but low, the convicts' passage second ("con": "convict")
        "y qué dijo pena sobre lo que gana la gobernadora con todo esto?",
        "que dijo el profesor sobre lo que gana ruiz con esto?",
        "y qué dijo pena sobre lo que gana Ruiz con todo esto?",
    ],
)
def test_spanish_words_of_function_are_no_topic(ferry, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = ferry.ask(typed)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith("“For Governor Ruiz,")
    assert not any("convicts" in passage.text for passage in answer.passages)
    assert answer.confidence == "high"


def test_an_english_con_is_a_word(ferry) -> None:  # type: ignore[no-untyped-def]
    # a guard, as on main: no Spanish marks the question
    answer = ferry.ask("were the cons who built the dock paid?")
    assert answer.passages[0].text.startswith("Pena said the convicts")


@pytest.mark.parametrize(
    ("typed", "left_out"),
    [
        (
            "que dijo bukele sobre lo que gana con esto",
            ["que", "sobre", "lo", "que", "con", "esto"],
        ),
        # an interrogative left as typed, in a question in Spanish alone
        ("cuántos deportados tiene ya en esa cárcel", ["cuántos", "tiene", "ya", "en", "esa"]),
        # the articles and "de" of Spanish names are kept: "El Salvador", "Tren de Aragua"
        ("y que dijo sobre el Tren de Aragua", ["y", "que", "sobre"]),
        # English alone: "con", "para", "todo" are chat's words too
        ("the con para in the todo list", []),
    ],
)
def test_the_words_left_out(typed: str, left_out: list[str]) -> None:
    from bot.engine.chat import spanish_function_spans  # new: imported here, so main collects

    assert [typed[start:end].lower() for start, end in spanish_function_spans(typed)] == left_out
