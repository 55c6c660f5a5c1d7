"""The people holding a role, by its last word (`NameSpeller._role_holders`, which "senator
web" reads), found once each without testing each person against every holder before: a role
2,573 people share was a million comparisons of two people (~1 s, the first question after a
role word in a process, at 100,000 passages)."""

from __future__ import annotations

from typing import Any

import pytest

from bot.engine.models import Person
from bot.engine.spelling import NameSpeller


def _senators(count: int) -> list[Person]:
    return [
        Person(
            id=f"senator-{n}",
            name=f"Carla Webb{n}",
            roles=("State Senator", "senator", "Mayor of Halvern"),
        )
        for n in range(count)
    ]


def test_each_holder_once_in_the_order_of_the_people() -> None:
    people = _senators(3)
    # the same person twice (an equal copy), and one of the same id told apart by a field
    people += [people[0].model_copy(), people[1].model_copy(update={"name": "Carl Webb"})]
    holders = NameSpeller(people, index=None)._role_holders()  # type: ignore[arg-type]
    assert holders["senator"] == (people[0], people[1], people[2], people[4])
    assert holders["halvern"] == holders["senator"]
    assert set(holders) == {"senator", "halvern"}


def test_holders_are_not_each_compared_with_every_other(monkeypatch: pytest.MonkeyPatch) -> None:
    compared = 0
    equal = Person.__eq__

    def counted(self: Person, other: Any) -> bool:
        nonlocal compared
        compared += 1
        return equal(self, other)

    monkeypatch.setattr(Person, "__eq__", counted)
    people = _senators(300)
    holders = NameSpeller(people, index=None)._role_holders()  # type: ignore[arg-type]
    assert len(holders["senator"]) == 300
    # why: before, each of 300 senators was compared with every one before it, for each role
    assert compared < 1000
