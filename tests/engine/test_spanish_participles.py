""" "¿Cuántos deportados tiene ya Bukele en esa cárcel?": a Spanish past participle of a verb
English shares ("deportados", "arrestados", "evacuadas"), typed into a question Spanish in part,
is read as the English participle ("deported"), which a story writes: Spanish makes it of the
verb's stem and "-ado(s)" / "-ada(s)", English of the stem and "-ed" or "-ated". Read as typed,
"deportados" matched nothing, and the passage telling of "$6 million for taking deportees" came
first, the one of "migrants deported ... locked up more than 250" not returned (fresh-77 n03).
A question in Spanish alone is Spanish in part too: its interrogative left as typed marks it
("cuántos deportados hay en la cárcel de Ruiz"), and is no topic."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

JAIL_STORY = "\n".join(
    [
        "Governor Ana Ruiz visited the county jail on Monday.",
        "For Ruiz, the deal is lucrative: the county has received $3 million for taking deportees.",
        "Ruiz has agreed to hold migrants deported from Texas, having so far jailed more than 90"
        " in the county jail.",
        "Ruiz said the jail has 400 beds and 60 guards.",
        "Sheriff Tom Alvarez said his deputies arrested 25 protesters outside the jail on Friday.",
        "Ruiz said 300 families were evacuated from the river district after the flood.",
        "The county has 200,000 residents.",
    ]
)


@pytest.fixture(scope="module")
def jail():  # type: ignore[no-untyped-def]
    return searcher_for("jail", JAIL_STORY)


@pytest.mark.parametrize(
    "typed",
    [
        # on main: the passage of "$3 million for taking deportees" first
        "cuántos deportados hay en la cárcel de Ruiz?",
        "cuantos deportados hay en la carcel de ruiz",
    ],
)
def test_a_spanish_participle_is_read_as_the_english_one(jail, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = jail.ask(typed)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith("Ruiz has agreed to hold migrants deported")


@pytest.mark.parametrize(
    "typed",
    [
        # on main: first, low
        "¿cuántos deportados tiene ya Ruiz en esa cárcel?",
        "cuantos migrantes deportados tiene ruiz en la carcel",
    ],
)
def test_the_count_asked_in_spanish_is_answered_high(jail, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = jail.ask(typed)
    assert answer.confidence == "high"
    assert answer.passages[0].text.startswith("Ruiz has agreed to hold migrants deported")


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("cuántos deportados hay", "cuántos deported hay"),
        ("y que dijo sobre los evacuados", "y que dijo sobre los evacuated"),
        ("cuantos arrestados tiene el sheriff", "cuantos arrested tiene el sheriff"),
        # an English word, a name after the first word, no English verb: kept
        ("que dijo sobre los tornados en Colorado", "que dijo sobre los tornados en Colorado"),
        ("que dijo sobre los abogados y el estado", "que dijo sobre los abogados y el estado"),
        # English alone: kept
        ("the deportados are where", "the deportados are where"),
    ],
)
def test_the_participles_read(typed: str, read: str) -> None:
    from bot.engine.chat import spanish_participles_in_english  # new: main collects

    assert spanish_participles_in_english(typed) == read
