"""First names and the gender they imply (the `gender-guesser` list, which ships inside its
package), and the gender of the personal pronouns: read by attribution (gender as a veto) and
by the question reader ("what did she say" after a statement naming "Maria"), which must not
import the attributor to answer from a stored build."""

from __future__ import annotations

from functools import lru_cache
from typing import Literal, cast

Gender = Literal["female", "male"]

PRONOUN_GENDER: dict[str, Gender] = {
    "he": "male",
    "him": "male",
    "his": "male",
    "himself": "male",
    "she": "female",
    "her": "female",
    "hers": "female",
    "herself": "female",
}


@lru_cache(maxsize=1)
def _first_names() -> dict[str, dict[str, str]]:
    from gender_guesser.detector import Detector  # type: ignore[import-untyped]

    return cast(dict[str, dict[str, str]], Detector(case_sensitive=False).names)


def is_first_name(name: str) -> bool:
    """Whether the `gender-guesser` list has `name` as a first name, of either sex ("Hunter")."""
    return name.lower() in _first_names()


def first_name_gender(name: str) -> Gender | None:
    """The gender a first name implies, from the name list `gender-guesser` ships (first names
    by country): only when every entry the list has for the name is of one sex and at least one
    says so without a "mostly" ("Ann", "Maria"); "Jean" (a man's name in France, a woman's in
    Britain), "Kim", "Jo" and names it lacks are unknown."""
    entries = set(_first_names().get(name.lower(), {}))
    genders: tuple[Gender, ...] = ("female", "male")
    for gender in genders:
        if gender in entries and entries <= {gender, f"mostly_{gender}"}:
            return gender
    return None
