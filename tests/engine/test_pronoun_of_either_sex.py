""" "what did she say about the jail", asked with no conversation telling who "she" is: a
passage quoting someone "she" may be (a woman, or someone whose sex the story does not tell)
comes first, not a man's words ranked closer to the topic. On the base the sheriff, whom the
story tells is a man ("Porter said, adding that he ..."), was first (9first; the Bukele story's
"what did she say about the prison" put Bukele first, not Leavitt on "their supermax
prison"). Still low: no passage is vouched for as the words of whoever "she" is."""

from __future__ import annotations

import pytest

from bot.engine.attribution.gender import told_gender
from bot.engine.models import Person
from tests.engine.stories import searcher_for

JAIL_STORY = "\n".join(
    [
        "The county approved a new jail on Wednesday after a long debate.",
        "“The jail is too small, the jail is too old, and the jail is dangerous,” Sheriff Dale"
        " Porter said, adding that he had asked for money for years.",
        "Commissioner Helen Marsh voted for the plan. “A new jail will cost less than fixing the"
        " old one,” she said.",
        "Resident Pat Okafor said the county should spend the money on schools instead.",
    ]
)
SHERIFF = "“The jail is too small"
MARSH = "Commissioner Helen Marsh"


@pytest.fixture(scope="module")
def jail():  # type: ignore[no-untyped-def]
    return searcher_for("jail", JAIL_STORY)


@pytest.mark.parametrize(
    "typed",
    [
        # on the base: the sheriff's words first
        "what did she say about the jail",
        "so what did she say on the new jail",
        "what were her words about the jail",
    ],
)
def test_she_is_no_man(jail, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = jail.ask(typed)
    assert answer.passages[0].text.startswith(MARSH)
    assert answer.confidence == "low"


def test_he_may_be_the_sheriff(jail) -> None:  # type: ignore[no-untyped-def]
    # a guard, as on the base
    answer = jail.ask("what did he say about the jail")
    assert answer.passages[0].text.startswith(SHERIFF)


def test_someone_of_no_told_sex_may_be_she(jail) -> None:  # type: ignore[no-untyped-def]
    # a guard, as on the base: "Pat" tells no sex, so she may be Okafor
    answer = jail.ask("what did she say about the money")
    assert answer.passages[0].text.startswith("Resident Pat Okafor")


def test_told_gender() -> None:
    porter = Person(id="p", name="Dale Porter", aliases=("Porter", "Dale Porter"))
    lee = Person(id="l", name="Jo Lee", aliases=("Lee", "Jo Lee"))
    kim = Person(id="k", name="Sam Kim", aliases=("Kim",), roles=("spokeswoman",))
    assert told_gender(lee, ["Lee told reporters she would stay."]) == "female"
    assert told_gender(lee, ["Lee described herself as tired."]) == "female"
    assert told_gender(lee, ["Mrs. Lee left early."]) == "female"
    assert told_gender(lee, ["Lee left early."]) is None
    assert told_gender(kim, []) == "female"
    # a pronoun alone against the first name tells nothing
    assert told_gender(porter, ["Porter said she was wrong."]) is None
    assert told_gender(porter, ["Porter said he was wrong."]) == "male"
